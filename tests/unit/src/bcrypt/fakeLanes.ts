/**
 * Fake workers for the bcrypt pool's scheduling: each lane records when a job starts on it and
 * answers only when the test says so, so a test decides the order in which compares finish.
 */
import type { Lane } from '../../../../src/lib/jobQueue.ts';

export interface Started {
  job: number;
  lane: number;
  finish: (answer?: string) => void;
  fail: (e: Error) => void;
}

export interface FakeLanes {
  lanes: Lane<number, string>[];
  /** Jobs started and not yet answered, oldest first. */
  running: Started[];
  /** Every start and finish in order: ['start', job, lane] or ['finish', job, lane]. */
  log: ['start' | 'finish', number, number][];
}

export function fakeLanes(n: number): FakeLanes {
  const f: FakeLanes = { lanes: [], running: [], log: [] };
  for (let lane = 0; lane < n; lane++) {
    f.lanes.push({
      run(job: number): Promise<string> {
        f.log.push(['start', job, lane]);
        return new Promise<string>((resolve, reject) => {
          const s: Started = {
            job,
            lane,
            finish: (answer = `job ${job} on lane ${lane}`) => {
              f.running.splice(f.running.indexOf(s), 1);
              f.log.push(['finish', job, lane]);
              resolve(answer);
            },
            fail: (e) => {
              f.running.splice(f.running.indexOf(s), 1);
              f.log.push(['finish', job, lane]);
              reject(e);
            },
          };
          f.running.push(s);
        });
      },
    });
  }
  return f;
}

/** Lets every settled promise's callbacks run (the queue frees a lane in a `then`). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
