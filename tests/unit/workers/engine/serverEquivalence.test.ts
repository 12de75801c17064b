/**
 * Server and Cpu after issue 16's speed work (a sorted list of free times, searches that stop at
 * the last idle-interval slot used) against the plain scans they replaced (serverReference.ts):
 * for any sequence of bookings — in time order, ahead of time, behind, with ties and zero-length
 * jobs, urgent wake-ups among them — every finish, start and free time is the same, bit for bit.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Cpu, GO_PREEMPT_WAIT_MS } from '../../../../workers/engine/cpu.ts';
import { Nic } from '../../../../workers/engine/nic.ts';
import { ReferenceNic, ReferenceServer } from './serverReference.ts';
import { readyOf, timing } from './bookings.ts';

/** Times from a small grid (many ties) and arbitrary doubles; services include zero. */
const ready = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map((k) => k / 2),
  fc.double({ min: 0, max: 40, noNaN: true }),
);
const service = fc.oneof(fc.constantFrom(0, 0.5, 1, 3), fc.double({ min: 0, max: 8, noNaN: true }));
/** `lag`: how far before its ready time the present is when the job is booked (0: now). */
const lag = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 20, noNaN: true }));
const booking = fc.record({ ready, service, urgent: fc.boolean(), lag });

describe('Server matches the scanning reference', () => {
  test('same finish, start and free times for any bookings (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        // size 'max': fast-check's default size keeps arrays near a dozen bookings, which never
        // fills every idle-interval slot; up to 300 does.
        fc.array(booking, { minLength: 1, maxLength: 300, size: 'max' }),
        fc.boolean(),
        (cores, bookings, inOrder) => {
          // In time order (the model's usual case) or as drawn (bookings ahead and behind).
          const list = inOrder ? [...bookings].sort((a, b) => a.ready - b.ready) : bookings;
          // Speed 1: `us` µs is us / 1000 ms on both sides. One present for both, moving forward
          // (booking ahead of it by up to its lag), so intervals in the past are forgotten.
          const clock = { now: 0 };
          const cpu = new Cpu('cpu', cores, 1, clock);
          const ref = new ReferenceServer(cores, clock);
          for (const b of list) {
            clock.now = Math.max(clock.now, b.ready - b.lag);
            // Never before the present (Clock): a booking drawn behind it is ready now.
            const at = Math.max(b.ready, clock.now);
            const us = b.service * 1000;
            const got = b.urgent ? cpu.runUrgent(at, us) : cpu.run(at, us);
            const want = b.urgent
              ? ref.runUrgent(at, us / 1000, GO_PREEMPT_WAIT_MS)
              : ref.reserve(at, us / 1000);
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

  test('an interval already past when it is left is not kept, even while every job so far took no time', () => {
    // Found in review: zero-length jobs fill a 2-core machine's nine slots; an interval ending
    // exactly at the present, kept, made the slots double (the average job, 0, fits in it) and
    // a later interval then went into a fresh slot instead of evicting the shortest. Neither side
    // keeps it now, so both place the last job alike.
    const clock = { now: 0 };
    const cpu = new Cpu('cpu', 2, 1, clock);
    const ref = new ReferenceServer(2, clock);
    const both = (ready: number, ms: number): number => {
      const got = cpu.reserve(ready, ms);
      expect(got).toBe(ref.reserve(ready, ms));
      expect(cpu.lastStart).toBe(ref.lastStart);
      return got;
    };
    for (let k = 1; k <= 9; k++) both(k, 0);
    expect(cpu.idleSlots).toBe(9);
    clock.now = 0.5;
    both(0.5, 0);
    expect(cpu.idleSlots).toBe(9);
    both(0.5, 8);
    both(20, 1);
    expect(both(0.5, 0.5)).toBe(1.5);
  });

  test('the NIC places every transfer where the old search did, past the 1,024 intervals it keeps (property)', () => {
    // Bookings spread over a long span (gaps between them) so the list fills and drops its
    // oldest quarter; some behind the newest, some touching, some zero-length.
    const transfer = fc.record({
      ready: fc.oneof(
        fc.integer({ min: 0, max: 20_000 }).map((k) => k / 4),
        fc.double({ min: 0, max: 5_000, noNaN: true }),
      ),
      service: fc.oneof(fc.constantFrom(0, 0.25, 1), fc.double({ min: 0, max: 2, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(transfer, { minLength: 1, maxLength: 3_000, size: 'max' }),
        fc.boolean(),
        (list, inOrder) => {
          const bookings = inOrder ? [...list].sort((a, b) => a.ready - b.ready) : list;
          const nic = new Nic('nic', 10);
          const ref = new ReferenceNic();
          for (const b of bookings) {
            expect(nic.reserve(b.ready, b.service)).toBe(ref.reserve(b.ready, b.service));
            expect(nic.lastStart).toBe(ref.lastStart);
          }
          expect(nic.freeAt[0]).toBe(ref.freeAt);
          expect(nic.busy).toBe(ref.busy);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Bookings as the model makes them (bookings.ts), of any length, urgent wake-ups among them. */
const modelJob = fc.record({
  at: timing(['now', 'sliver', 'ahead', 'ahead']),
  service: fc.oneof(fc.constantFrom(0, 0.5, 1, 3), fc.double({ min: 0, max: 4, noNaN: true })),
  urgent: fc.boolean(),
});

describe('with the slots full (issue 11: kept idle intervals, the slots doubling)', () => {
  test('Server matches the reference when bookings fill every slot (property)', () => {
    let doubled = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(modelJob, { minLength: 1, maxLength: 400, size: 'max' }),
        (cores, drawn) => {
          const clock = { now: 0 };
          const cpu = new Cpu('cpu', cores, 1, clock);
          const ref = new ReferenceServer(cores, clock);
          for (const j of drawn) {
            clock.now += j.at.advance;
            const ready = readyOf(j.at, clock.now, cpu.freeAt);
            const us = j.service * 1000;
            const got = j.urgent ? cpu.runUrgent(ready, us) : cpu.run(ready, us);
            const want = j.urgent
              ? ref.runUrgent(ready, us / 1000, GO_PREEMPT_WAIT_MS)
              : ref.reserve(ready, us / 1000);
            expect(got).toBe(want);
            expect(cpu.lastStart).toBe(ref.lastStart);
          }
          expect(cpu.idleSlots).toBe(ref.gapTo.length);
          expect(cpu.idleSlots).toBeLessThanOrEqual(1024);
          if (cpu.idleSlots > cores + 7) doubled++;
        },
      ),
      { numRuns: 300 },
    );
    // The full-slots path ran: in a random check 317 of 400 such runs doubled their slots.
    expect(doubled).toBeGreaterThan(30);
  });

  test('on one core no job booked later runs beside an earlier one, and busy time is the work booked (property)', () => {
    fc.assert(
      fc.property(fc.array(modelJob, { minLength: 1, maxLength: 300, size: 'max' }), (drawn) => {
        const clock = { now: 0 };
        const cpu = new Cpu('loop', 1, 1, clock);
        const jobs: { from: number; to: number; urgent: boolean }[] = [];
        let work = 0;
        for (const j of drawn) {
          clock.now += j.at.advance;
          const ready = readyOf(j.at, clock.now, cpu.freeAt);
          const us = j.service * 1000;
          const end = j.urgent ? cpu.runUrgent(ready, us) : cpu.run(ready, us);
          expect(cpu.lastStart).toBeGreaterThanOrEqual(ready);
          // An urgent job may take the core from work booked before it (runnext: that work
          // moves back); any other overlap is two jobs on one core.
          if (end > cpu.lastStart) {
            for (const o of jobs)
              if (!j.urgent && o.from < end && cpu.lastStart < o.to)
                expect.fail(`[${cpu.lastStart}, ${end}) runs beside [${o.from}, ${o.to})`);
            jobs.push({ from: cpu.lastStart, to: end, urgent: j.urgent });
          }
          work += us / 1000;
        }
        expect(cpu.busy).toBeCloseTo(work, 9);
      }),
      { numRuns: 300 },
    );
  });
});
