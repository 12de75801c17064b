/**
 * A process's latest booked end (Cpu.lastEnd, CpuShare.lastEnd): until then it has work of its own
 * on its cores (a machine of its own reads it off its cores' free times), so a goroutine readied before it needs no parked thread woken (wakeUps.ts). On a
 * shared pool only the process's own work counts, never another's.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Cpu } from '../../../../workers/engine/cpu.ts';
import { CpuShare } from '../../../../workers/engine/cpuShare.ts';

const jobs = fc.array(
  fc.record({
    advance: fc.double({ min: 0, max: 2, noNaN: true }),
    us: fc.double({ min: 1, max: 3000, noNaN: true }),
    urgent: fc.boolean(),
    who: fc.integer({ min: 0, max: 1 }),
  }),
  { minLength: 1, maxLength: 100 },
);

describe('the latest end a process booked', () => {
  test('on a machine of its own: the latest end of every run (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), jobs, (cores, list) => {
        const clock = { now: 0 };
        const cpu = new Cpu('cpu', cores, 0.5, clock);
        let latest = 0;
        for (const j of list) {
          clock.now += j.advance;
          latest = Math.max(latest, cpu.run(clock.now, j.us));
          expect(cpu.lastEnd).toBe(latest);
        }
      }),
    );
  });

  test('with runUrgent too: past every end returned, by at most the work it moved back (property)', () => {
    // A goroutine that takes a core ahead of the queue moves the queued work back by its length:
    // the cores are then busy until that work ends, later than any end returned.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), jobs, (cores, list) => {
        const clock = { now: 0 };
        const speed = 0.5;
        const cpu = new Cpu('cpu', cores, speed, clock);
        let latest = 0;
        let moved = 0;
        for (const j of list) {
          clock.now += j.advance;
          const end = j.urgent ? cpu.runUrgent(clock.now, j.us, 0) : cpu.run(clock.now, j.us);
          if (j.urgent) moved += j.us / 1000 / speed;
          latest = Math.max(latest, end);
          expect(cpu.lastEnd).toBeGreaterThanOrEqual(latest);
          expect(cpu.lastEnd).toBeLessThanOrEqual(latest + moved + 1e-9);
        }
      }),
    );
  });

  test('on a shared pool: each process its own, whatever the other booked (property)', () => {
    fc.assert(
      fc.property(jobs, (list) => {
        const clock = { now: 0 };
        const pool = new Cpu('machine', 2, 0.5, clock);
        const procs = [new CpuShare('a', pool), new CpuShare('b', pool)];
        const latest = [0, 0];
        for (const j of list) {
          clock.now += j.advance;
          const p = procs[j.who];
          const end = j.urgent ? p.runUrgent(clock.now, j.us) : p.run(clock.now, j.us);
          latest[j.who] = Math.max(latest[j.who], end);
          expect(procs.map((x) => x.lastEnd)).toEqual(latest);
        }
      }),
    );
  });

  test('a long job of one process leaves the other idle', () => {
    const clock = { now: 0 };
    const pool = new Cpu('machine', 2, 1, clock);
    const a = new CpuShare('a', pool);
    const b = new CpuShare('b', pool);
    a.run(0, 5000); // 5 ms
    b.run(0, 100); // 0.1 ms
    expect(a.lastEnd).toBe(5);
    expect(b.lastEnd).toBeCloseTo(0.1, 12);
  });
});
