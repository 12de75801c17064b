/**
 * The login storm: N clients log in at the same instant against one real bcrypt hash, and each
 * waits for its compare. Run once behind one lock (serialised, etcd ≤ 3.4.8) and once over the
 * pool (etcd ≥ 3.4.9). A client's latency is from the storm's start to its compare's answer, as
 * the benchmark measures an Authenticate call; logins/s is clients over the time the last one
 * took. Timing is the caller's clock (the page's performance.now), so tests pass a fake one.
 */
import { rankFor } from '../../workers/contract/percentile.ts';
import type { CompareTiming } from '../../workers/contract/bcrypt.ts';
import type { JobQueue, ScheduleMode } from './jobQueue.ts';

export interface StormStats {
  mode: ScheduleMode;
  clients: number;
  /** Jobs the mode let run at once (1 behind the lock, the pool's size otherwise). */
  parallel: number;
  /** ms from the start until the last client had its answer. */
  makespanMs: number;
  loginsPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

export interface StormProgress {
  mode: ScheduleMode;
  done: number;
  clients: number;
  elapsedMs: number;
}

/** p50, p99 (etcd's pkg/report rank rule, as the simulator uses) and the rate of a storm. */
export function stormStats(
  mode: ScheduleMode,
  parallel: number,
  latenciesMs: readonly number[],
): StormStats {
  if (latenciesMs.length === 0) throw new RangeError('invalid storm: no logins finished');
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const n = sorted.length;
  const makespanMs = sorted[n - 1];
  return {
    mode,
    clients: n,
    parallel,
    makespanMs,
    loginsPerSec: makespanMs > 0 ? (n * 1000) / makespanMs : Infinity,
    p50Ms: sorted[Math.min(n - 1, rankFor(50, n))],
    // Fewer than 100 clients: the rank falls past the last, which is then the p99 (as the
    // simulator's histogram reports it).
    p99Ms: sorted[Math.min(n - 1, rankFor(99, n))],
  };
}

/**
 * Sends `clients` compares of `hash` at once through `queue` and waits for all of them.
 * Rejects with the queue's CancelledError when stopped, or when a compare says the password does
 * not match its own hash (which would mean the worker lost the password).
 */
export async function runStorm(
  queue: JobQueue<string, CompareTiming>,
  mode: ScheduleMode,
  hash: string,
  clients: number,
  now: () => number,
  onProgress: (p: StormProgress) => void = () => {},
): Promise<StormStats> {
  if (!Number.isInteger(clients) || clients < 1)
    throw new RangeError(`invalid clients: ${clients} (allowed: integers ≥ 1)`);
  const start = now();
  const latencies: number[] = [];
  const one = async (): Promise<void> => {
    const answer = await queue.submit(hash);
    if (!answer.ok) throw new Error('a compare did not match its own hash');
    latencies.push(now() - start);
    onProgress({ mode, done: latencies.length, clients, elapsedMs: now() - start });
  };
  await Promise.all(Array.from({ length: clients }, one));
  return stormStats(mode, queue.limit, latencies);
}
