/**
 * Queue lengths at the current animation time, read straight from the model's occupancy buckets
 * (the UI draws them; it never estimates them from the sampled dots).
 */
import type { Occupancy } from '../../../workers/contract/result.ts';

export interface StageLoad {
  /** Mean requests waiting for a lock during the bucket. */
  lock: number;
  /** Mean requests waiting for a core, NIC, disk or loop. */
  queued: number;
  /** Mean requests on the wire or waiting for raft. */
  flight: number;
  /** Mean requests being served: never more than the servers. */
  serving: number;
}

/** Number of time buckets the occupancy holds. */
export function bucketCount(occupancy: Occupancy): number {
  return occupancy.queued.reduce((n, row) => Math.max(n, row.length), 0);
}

/** The bucket that simulated time `t` falls in, clamped to the recorded ones; -1 if none. */
export function bucketAt(occupancy: Occupancy, t: number): number {
  const n = bucketCount(occupancy);
  if (n === 0 || !(occupancy.bucketMs > 0)) return -1;
  const i = Math.floor((t - occupancy.fromMs) / occupancy.bucketMs);
  return Math.min(n - 1, Math.max(0, i));
}

/** Each stage's load in bucket `bucket` (stages in STAGES order); zeros for a missing bucket. */
export function loadInBucket(occupancy: Occupancy, bucket: number, stages: number): StageLoad[] {
  const loads: StageLoad[] = [];
  for (let s = 0; s < stages; s++) {
    loads.push({
      lock: occupancy.lock[s]?.[bucket] ?? 0,
      queued: occupancy.queued[s]?.[bucket] ?? 0,
      flight: occupancy.flight[s]?.[bucket] ?? 0,
      serving: occupancy.serving[s]?.[bucket] ?? 0,
    });
  }
  return loads;
}

/** The largest load (all four kinds) of any stage in any bucket: a scale that holds still. */
export function peakLoad(occupancy: Occupancy): number {
  let peak = 0;
  occupancy.queued.forEach((row, s) => {
    row.forEach((q, b) => {
      const total =
        q +
        (occupancy.lock[s]?.[b] ?? 0) +
        (occupancy.flight[s]?.[b] ?? 0) +
        (occupancy.serving[s]?.[b] ?? 0);
      if (total > peak) peak = total;
    });
  });
  return peak;
}
