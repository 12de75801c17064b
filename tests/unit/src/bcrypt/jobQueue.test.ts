import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CancelledError, JobQueue, type ScheduleMode } from '../../../../src/lib/jobQueue.ts';
import { fakeLanes, flush } from './fakeLanes.ts';

/** Jobs started, in order. */
const starts = (log: ['start' | 'finish', number, number][]): number[] =>
  log.filter(([k]) => k === 'start').map(([, job]) => job);

describe('the bcrypt pool’s job queue', () => {
  test('serialised mode runs one compare at a time, first come first served, on any free worker', async () => {
    const f = fakeLanes(4);
    const q = new JobQueue(f.lanes, 'serialised');
    const answers = [0, 1, 2].map((j) => q.submit(j));
    await flush();
    expect(q.limit).toBe(1);
    expect(f.running.map((s) => s.job)).toEqual([0]);
    expect(q.waiting).toBe(2);
    f.running[0].finish();
    await flush();
    expect(f.running.map((s) => s.job)).toEqual([1]);
    f.running[0].finish();
    await flush();
    f.running[0].finish();
    expect(await Promise.all(answers)).toEqual([
      'job 0 on lane 0',
      'job 1 on lane 0',
      'job 2 on lane 0',
    ]);
    expect(f.log).toEqual([
      ['start', 0, 0],
      ['finish', 0, 0],
      ['start', 1, 0],
      ['finish', 1, 0],
      ['start', 2, 0],
      ['finish', 2, 0],
    ]);
  });

  test('pool mode runs as many compares as there are workers, and a freed worker takes the oldest waiting one', async () => {
    const f = fakeLanes(2);
    const q = new JobQueue(f.lanes, 'pool');
    const answers = [0, 1, 2, 3].map((j) => q.submit(j));
    await flush();
    expect(f.running.map((s) => [s.job, s.lane])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    f.running[1].finish(); // lane 1 frees first: it takes job 2
    await flush();
    expect(f.running.map((s) => [s.job, s.lane])).toEqual([
      [0, 0],
      [2, 1],
    ]);
    f.running[0].finish();
    await flush();
    expect(f.running.map((s) => [s.job, s.lane])).toEqual([
      [2, 1],
      [3, 0],
    ]);
    while (f.running.length > 0) {
      f.running[0].finish();
      await flush();
    }
    expect(await Promise.all(answers)).toEqual([
      'job 0 on lane 0',
      'job 1 on lane 1',
      'job 2 on lane 1',
      'job 3 on lane 0',
    ]);
  });

  test('a failed compare rejects its own job only, and frees its worker', async () => {
    const f = fakeLanes(1);
    const q = new JobQueue(f.lanes, 'pool');
    const a = q.submit(0);
    const b = q.submit(1);
    await flush();
    f.running[0].fail(new Error('worker crashed'));
    await expect(a).rejects.toThrow('worker crashed');
    await flush();
    f.running[0].finish();
    expect(await b).toBe('job 1 on lane 0');
  });

  test('cancel rejects running and waiting jobs at once and refuses new ones; late answers are dropped', async () => {
    const f = fakeLanes(2);
    const q = new JobQueue(f.lanes, 'pool');
    const jobs = [0, 1, 2].map((j) => q.submit(j));
    await flush();
    q.cancel();
    for (const j of jobs) await expect(j).rejects.toBeInstanceOf(CancelledError);
    await expect(q.submit(9)).rejects.toBeInstanceOf(CancelledError);
    f.running[0].finish(); // a worker answering after the stop starts nothing new
    await flush();
    expect(starts(f.log)).toEqual([0, 1]);
    expect(q.running).toBe(0);
    expect(q.waiting).toBe(0);
  });

  test('needs at least one worker', () => {
    expect(() => new JobQueue([], 'pool')).toThrow('invalid lanes: at least one is needed');
  });

  test('any order of answers: FIFO starts, never more at once than the mode allows, no worker idle while a job waits, every job answered once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom<ScheduleMode>('serialised', 'pool'),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        async (workers, mode, jobs, picks) => {
          const f = fakeLanes(workers);
          const q = new JobQueue(f.lanes, mode);
          const limit = mode === 'serialised' ? 1 : workers;
          const answers = Array.from({ length: jobs }, (_, j) => q.submit(j));
          let step = 0;
          for (;;) {
            await flush();
            expect(q.running).toBe(f.running.length);
            expect(f.running.length).toBeLessThanOrEqual(limit);
            if (q.waiting > 0) expect(f.running.length).toBe(limit);
            // No worker runs two jobs at once.
            const lanes = f.running.map((s) => s.lane);
            expect(new Set(lanes).size).toBe(lanes.length);
            if (f.running.length === 0) break;
            // The test decides which running compare answers next.
            f.running[picks[step++ % picks.length] % f.running.length].finish();
          }
          expect(starts(f.log)).toEqual(Array.from({ length: jobs }, (_, j) => j));
          const got = await Promise.all(answers);
          expect(got.map((a) => Number(a.split(' ')[1]))).toEqual(starts(f.log));
        },
      ),
    );
  });
});
