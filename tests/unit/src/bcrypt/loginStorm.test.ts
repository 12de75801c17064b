import { describe, expect, test } from 'vitest';
import { JobQueue, type Lane, type ScheduleMode } from '../../../../src/lib/jobQueue.ts';
import { runStorm, stormStats, type StormProgress } from '../../../../src/lib/loginStorm.ts';
import type { CompareTiming } from '../../../../workers/contract/bcrypt.ts';
import { flush } from './fakeLanes.ts';

/**
 * Workers on a fake clock: every compare takes `ms`; `drive()` advances the clock to the next
 * answer, one at a time, until nothing runs. No wall clock anywhere.
 */
function fakeClockPool(workers: number, ms: number, matches = true) {
  let now = 0;
  const pending: { at: number; resolve: (t: CompareTiming) => void }[] = [];
  const lanes: Lane<string, CompareTiming>[] = Array.from({ length: workers }, () => ({
    run: () => new Promise<CompareTiming>((resolve) => pending.push({ at: now + ms, resolve })),
  }));
  async function drive(): Promise<void> {
    for (;;) {
      await flush();
      if (pending.length === 0) return;
      pending.sort((a, b) => a.at - b.at);
      const next = pending.shift();
      if (!next) return;
      now = next.at;
      next.resolve({ ok: matches, ms });
    }
  }
  return { lanes, drive, clock: () => now };
}

async function storm(mode: ScheduleMode, workers: number, clients: number, ms: number) {
  const p = fakeClockPool(workers, ms);
  const progress: StormProgress[] = [];
  const result = runStorm(new JobQueue(p.lanes, mode), mode, '$2b$04$hash', clients, p.clock, (x) =>
    progress.push(x),
  );
  await p.drive();
  return { stats: await result, progress };
}

describe('the login storm', () => {
  test('behind one lock, 10 logins of 10 ms finish one after another: 100 logins/s, p50 60 ms, p99 100 ms', async () => {
    const { stats, progress } = await storm('serialised', 2, 10, 10);
    // etcd's rank rule: p50 is the first i (0-based) with i·100/n ≥ 50, i = 5, the 6th answer;
    // p99's rank (10) is past the last answer, so it is the last.
    expect(stats).toEqual({
      mode: 'serialised',
      clients: 10,
      parallel: 1,
      makespanMs: 100,
      loginsPerSec: 100,
      p50Ms: 60,
      p99Ms: 100,
    });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(progress.map((p) => p.elapsedMs)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  test('over a pool of two workers the same storm takes half the time: twice the logins/s', async () => {
    const { stats } = await storm('pool', 2, 10, 10);
    // Answers at 10,10,20,20,…,50,50 ms: p50 is the 6th (30 ms), p99 the last (50 ms).
    expect(stats).toEqual({
      mode: 'pool',
      clients: 10,
      parallel: 2,
      makespanMs: 50,
      loginsPerSec: 200,
      p50Ms: 30,
      p99Ms: 50,
    });
  });

  test('the pool’s speed-up is its number of workers when every compare takes as long', async () => {
    for (const workers of [1, 3, 8]) {
      const one = (await storm('serialised', workers, 48, 7)).stats;
      const many = (await storm('pool', workers, 48, 7)).stats;
      expect(many.loginsPerSec / one.loginsPerSec).toBeCloseTo(workers, 9);
    }
  });

  test('a compare that does not match its own hash fails the storm with a message', async () => {
    const p = fakeClockPool(1, 5, false);
    const result = runStorm(new JobQueue(p.lanes, 'pool'), 'pool', 'h', 3, p.clock);
    await p.drive();
    await expect(result).rejects.toThrow('a compare did not match its own hash');
  });

  test('a client count that is not a positive integer is refused, naming what is allowed', async () => {
    const q = new JobQueue(fakeClockPool(1, 1).lanes, 'pool');
    await expect(runStorm(q, 'pool', 'h', 0, () => 0)).rejects.toThrow(
      'invalid clients: 0 (allowed: integers ≥ 1)',
    );
    expect(() => stormStats('pool', 1, [])).toThrow('invalid storm: no logins finished');
  });
});
