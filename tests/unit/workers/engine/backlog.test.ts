/**
 * What a resource says about the wait ahead without booking anything (Server.startFor,
 * Cpu.backlog; CpuShare.contention for descheduling.ts): the start it predicts is the start the
 * booking then gets, for any bookings — ahead of time, behind, with idle intervals kept.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Cpu } from '../../../../workers/engine/cpu.ts';
import { CpuShare } from '../../../../workers/engine/cpuShare.ts';
import { readyOf, timing } from './bookings.ts';

const job = fc.record({
  at: timing(['now', 'sliver', 'ahead', 'ahead']),
  service: fc.oneof(fc.constantFrom(0, 0.05, 0.5, 1), fc.double({ min: 0, max: 4, noNaN: true })),
});

describe('the wait ahead, without booking', () => {
  test('startFor predicts the start the booking gets (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(job, { minLength: 1, maxLength: 300, size: 'max' }),
        (cores, jobs) => {
          const clock = { now: 0 };
          const cpu = new Cpu('cpu', cores, 1, clock);
          for (const j of jobs) {
            clock.now += j.at.advance;
            const ready = readyOf(j.at, clock.now, cpu.freeAt);
            const predicted = cpu.startFor(ready, j.service);
            cpu.run(ready, j.service * 1000);
            expect(cpu.lastStart).toBe(predicted);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('backlog: how long a 50 µs job would wait; 0 with a core free', () => {
    const cpu = new Cpu('cpu', 2, 1, { now: 0 });
    expect(cpu.backlog(0)).toBe(0);
    cpu.run(0, 3000); // core 0 busy until 3 ms
    expect(cpu.backlog(0)).toBe(0);
    cpu.run(0, 1000); // core 1 busy until 1 ms
    expect(cpu.backlog(0)).toBe(1);
    expect(cpu.backlog(0.4)).toBeCloseTo(0.6, 12);
    expect(cpu.backlog(2)).toBe(0);
  });

  test('only a process that shares its cores is held off them by others', () => {
    const pool = new Cpu('machine.cpu', 1, 1, { now: 0 });
    const client = new CpuShare('client.cpu', pool);
    const member = new CpuShare('member0.cpu', pool);
    member.run(0, 2000);
    // The client's thread made runnable at 0.5 ms finds 1.5 ms of the member's work queued.
    expect(client.contention(0.5)).toBeCloseTo(1.5, 12);
    // A machine of its own, however busy: no other process.
    const own = new Cpu('member0.cpu', 1, 1, { now: 0 });
    own.run(0, 2000);
    expect(own.contention()).toBe(0);
  });
});
