/**
 * A thread kept off the cores by other processes (issue 11: tails). On a shared host — the client
 * and every member on one machine's cores — Linux shares the cores among the processes' threads
 * in slices of milliseconds (CFS: by the time each has run, not in the order work arrived), and
 * Go does not run the goroutines a network poll wakes in arrival order either. The model's pool
 * serves every process's jobs first come, first served, so at 100 clients each request waits for
 * about the same work ahead of it and p99 stays within 1.2× the average, where the real loopback
 * cluster shows 2.9–4.2× (calibrationLoopback.ts, table A).
 *
 * Modelled as a calibrated distribution where a message reaches a process — a request at its
 * member, a response at the client: when the pool has work queued (a job ready then would wait),
 * a share of the threads that take the message up wait first, for an exponentially distributed
 * time whose mean grows with that backlog (more runnable threads, a longer turn). The wait holds
 * no core: the pool serves other work meanwhile, so throughput is kept wherever enough requests
 * are in flight, and a machine of its own (no other process on its cores) never waits here. The
 * raft messages between members are not delayed, only what a request carries: an earlier try that
 * delayed every job that found the cores busy, the loops' included, left the machine 73 % busy at
 * 100 clients where it was 98 % — the ReadIndex rounds, one at a time, gated every read.
 */
import type { Rng } from '../engine/rng.ts';
import type { CostTable } from './costs.ts';

/** What the delay needs of a host's CPU: the work queued on the cores it shares, ms (0 on a machine of its own). */
export interface Contended {
  contention(t: number): number;
}

/** When the thread that takes up a message arriving at `t` on host `cpu` first runs, ms. */
export function whenScheduled(
  w: {
    s: { readonly sharedHost: boolean };
    rng: Rng;
    c: Pick<CostTable, 'deschedShare' | 'deschedBaseMs' | 'deschedPerBacklog'>;
  },
  cpu: Contended,
  t: number,
): number {
  // Machines of their own (the article's, the bench's): no call at all, twice per request.
  if (!w.s.sharedHost) return t;
  const backlog = cpu.contention(t);
  if (!(backlog > 0)) return t;
  const c = w.c;
  if (w.rng.next() >= c.deschedShare) return t;
  return t + w.rng.exponential(c.deschedBaseMs + c.deschedPerBacklog * backlog);
}
