/**
 * A hand-off (Cpu.runUrgent with no wait): the goroutine that made the job runnable blocks at
 * once, so the job runs when it is ready, ahead of whatever the cores have queued, and the
 * queued work moves back by its length — for any bookings before it (issue 11: the read loop's
 * wake-up had waited ≈ 0.5 ms per ReadIndex round on a shared host's busy cores).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Cpu, GO_PREEMPT_WAIT_MS } from '../../../../workers/engine/cpu.ts';
import { readyOf, timing } from './bookings.ts';

const job = fc.record({
  at: timing(['now', 'sliver', 'ahead', 'ahead']),
  service: fc.oneof(fc.constantFrom(0.05, 0.5, 1), fc.double({ min: 0.01, max: 4, noNaN: true })),
});

describe('a hand-off on a CPU', () => {
  test('starts when ready whatever is queued, and keeps every core’s work (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(job, { minLength: 1, maxLength: 200, size: 'max' }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (cores, jobs, service) => {
          const clock = { now: 0 };
          const cpu = new Cpu('cpu', cores, 1, clock);
          for (const j of jobs) {
            clock.now += j.at.advance;
            cpu.run(readyOf(j.at, clock.now, cpu.freeAt), j.service * 1000);
          }
          const busy = cpu.busy;
          const ready = clock.now;
          const end = cpu.runUrgent(ready, service * 1000, 0);
          expect(cpu.lastStart).toBe(ready);
          expect(end).toBeCloseTo(ready + service, 9);
          expect(cpu.busy).toBeCloseTo(busy + service, 9);
        },
      ),
    );
  });

  test('by default the job waits for the queue while it is shorter than half a quantum', () => {
    const cpu = new Cpu('cpu', 1, 1, { now: 0 });
    cpu.run(0, 1000); // 1 ms queued
    expect(cpu.runUrgent(0, 100)).toBeCloseTo(1.1, 12);
    const handOff = new Cpu('cpu', 1, 1, { now: 0 });
    handOff.run(0, 1000);
    expect(handOff.runUrgent(0, 100, 0)).toBeCloseTo(0.1, 12);
    expect(GO_PREEMPT_WAIT_MS).toBeGreaterThan(1);
  });
});
