/**
 * What a member's apply loop and read loop did with their time, kept as running totals so that
 * a request waiting for either can learn how its wait splits into the kinds of timeKinds.ts: the
 * time the apply loop was blocked on a lock is lock time for whoever waited for it; the time it
 * was waiting for a core or applying earlier entries is queue time (a one-at-a-time loop); the
 * time the read loop spent in rounds for earlier reads is queue time too. The rest of such a
 * wait (nothing committed yet, a round's round trips) is flight.
 *
 * The apply loop applies one thing at a time and knows its segments when it starts (asked for
 * the lock at t0, got it at t1, a core at t2, work done at t3, a second lock done at t4), so the
 * totals at any time up to t4 are exact. Plain objects, no allocation per request.
 */

export interface ApplyClock {
  /** Totals of the applies before the current one, ms: lock-blocked, core-waiting, applying. */
  lock: number;
  queue: number;
  busy: number;
  /** The current (or last) apply's segments. */
  t0: number;
  t1: number;
  t2: number;
  t3: number;
  t4: number;
}

export function newApplyClock(): ApplyClock {
  return { lock: 0, queue: 0, busy: 0, t0: 0, t1: 0, t2: 0, t3: 0, t4: 0 };
}

function span(x: number, from: number, to: number): number {
  return x <= from ? 0 : x >= to ? to - from : x - from;
}

/** Lock-blocked total at time x (x ≥ the current apply's start, or after it). */
export function applyLockAt(c: ApplyClock, x: number): number {
  return c.lock + span(x, c.t0, c.t1) + span(x, c.t3, c.t4);
}

/** Core-waiting plus applying total at time x: a waiter's queue for the apply loop. */
export function applyQueueAt(c: ApplyClock, x: number): number {
  return c.queue + c.busy + span(x, c.t1, c.t2) + span(x, c.t2, c.t3);
}

/** A new apply, asked at t0 (≥ the last one's end), with its segments. */
export function startApply(
  c: ApplyClock,
  t0: number,
  t1: number,
  t2: number,
  t3: number,
  t4: number,
): void {
  c.lock += c.t1 - c.t0 + (c.t4 - c.t3);
  c.queue += c.t2 - c.t1;
  c.busy += c.t3 - c.t2;
  c.t0 = t0;
  c.t1 = t1;
  c.t2 = t2;
  c.t3 = t3;
  c.t4 = t4;
}

/** The read loop: idle, in a ReadIndex round, or waiting for apply before releasing its batch. */
export const RL_IDLE = 0;
export const RL_ROUND = 1;
export const RL_APPLY = 2;

export interface ReadClock {
  /** Closed totals: time in rounds, and the apply waits' lock-blocked and queue parts, ms. */
  round: number;
  awLock: number;
  awQueue: number;
  phase: number;
  since: number;
  /** The apply clock's totals when the current apply wait began. */
  acLock0: number;
  acQueue0: number;
}

export function newReadClock(): ReadClock {
  return { round: 0, awLock: 0, awQueue: 0, phase: RL_IDLE, since: 0, acLock0: 0, acQueue0: 0 };
}

/** Time the read loop spent in rounds, up to x. */
export function readRoundAt(r: ReadClock, x: number): number {
  return r.round + (r.phase === RL_ROUND ? x - r.since : 0);
}

/** Lock-blocked time of the read loop's apply waits, up to x. */
export function readLockAt(r: ReadClock, a: ApplyClock, x: number): number {
  return r.awLock + (r.phase === RL_APPLY ? applyLockAt(a, x) - r.acLock0 : 0);
}

/** Queue time of the read loop's apply waits, up to x. */
export function readQueueAt(r: ReadClock, a: ApplyClock, x: number): number {
  return r.awQueue + (r.phase === RL_APPLY ? applyQueueAt(a, x) - r.acQueue0 : 0);
}

/** The loop enters `phase` at t, closing the phase it was in. */
export function readPhase(r: ReadClock, a: ApplyClock, phase: number, t: number): void {
  if (r.phase === RL_ROUND) r.round += t - r.since;
  else if (r.phase === RL_APPLY) {
    r.awLock += applyLockAt(a, t) - r.acLock0;
    r.awQueue += applyQueueAt(a, t) - r.acQueue0;
  }
  r.phase = phase;
  r.since = t;
  if (phase === RL_APPLY) {
    r.acLock0 = applyLockAt(a, t);
    r.acQueue0 = applyQueueAt(a, t);
  }
}
