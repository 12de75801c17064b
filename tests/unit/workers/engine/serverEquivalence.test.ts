/**
 * Server and Cpu after issue 16's speed work (a sorted list of free times, searches that stop at
 * the last idle-interval slot used) against the plain scans they replaced (serverReference.ts):
 * for any sequence of bookings — in time order, ahead of time, behind, with ties and zero-length
 * jobs, urgent wake-ups among them — every finish, start and free time is the same, bit for bit.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Cpu, GO_PREEMPT_WAIT_MS } from '../../../../workers/engine/server.ts';
import { ReferenceServer } from './serverReference.ts';

/** Times from a small grid (many ties) and arbitrary doubles; services include zero. */
const ready = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map((k) => k / 2),
  fc.double({ min: 0, max: 40, noNaN: true }),
);
const service = fc.oneof(fc.constantFrom(0, 0.5, 1, 3), fc.double({ min: 0, max: 8, noNaN: true }));
const booking = fc.record({ ready, service, urgent: fc.boolean() });

describe('Server matches the scanning reference', () => {
  test('same finish, start and free times for any bookings (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(booking, { minLength: 1, maxLength: 120 }),
        fc.boolean(),
        (cores, bookings, inOrder) => {
          // In time order (the model's usual case) or as drawn (bookings ahead and behind).
          const list = inOrder ? [...bookings].sort((a, b) => a.ready - b.ready) : bookings;
          // Speed 1: `us` µs is us / 1000 ms on both sides.
          const cpu = new Cpu('cpu', cores, 1);
          const ref = new ReferenceServer(cores);
          for (const b of list) {
            const us = b.service * 1000;
            const got = b.urgent ? cpu.runUrgent(b.ready, us) : cpu.run(b.ready, us);
            const want = b.urgent
              ? ref.runUrgent(b.ready, us / 1000, GO_PREEMPT_WAIT_MS)
              : ref.reserve(b.ready, us / 1000);
            expect(got).toBe(want);
            expect(cpu.lastStart).toBe(ref.lastStart);
            expect(Array.from(cpu.freeAt)).toEqual(Array.from(ref.freeAt));
          }
          expect(cpu.busy).toBe(ref.busy);
        },
      ),
      { numRuns: 400 },
    );
  });
});
