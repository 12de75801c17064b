/**
 * A request waiting for its member's apply loop (a token not yet installed, an Authenticate whose
 * own entry is not yet applied): how the wait splits into lock, queue and flight time, from what
 * the apply loop did meanwhile (clocks.ts). The snapshot at the start is kept per client in the
 * world's typed arrays; the parts are clamped to the wait's length, so a stage's kinds never add
 * up to more than its time.
 */
import { applyLockAt, applyQueueAt } from './clocks.ts';
import { LOCK_BATCH_TX } from './ledger.ts';
import { lockWait, queueWait } from './stageMarks.ts';
import type { Member, World } from './world.ts';

/** `client` starts waiting for member m's apply loop at `from` (now or later). */
export function beginApplyWait(w: World, client: number, m: Member, from: number): void {
  w.waitFrom[client] = from;
  w.waitLock0[client] = applyLockAt(m.applyClock, from);
  w.waitQueue0[client] = applyQueueAt(m.applyClock, from);
}

/** The wait ends at `to`: charge its lock and queue parts to `stage`; the rest is flight. */
export function endApplyWait(w: World, client: number, stage: number, m: Member, to: number): void {
  const len = to - w.waitFrom[client];
  if (!(len > 0)) return;
  const lock = clamp(applyLockAt(m.applyClock, to) - w.waitLock0[client], len);
  const queue = clamp(applyQueueAt(m.applyClock, to) - w.waitQueue0[client], len - lock);
  // When within the wait is not kept: placed at its end, where the apply loop gets to it.
  lockWait(w, client, stage, to - lock - queue, to - queue);
  queueWait(w, client, stage, to - queue, to);
  // The apply loop blocks on the BatchTx lock (applies and backend commits take it).
  m.lockWaits[LOCK_BATCH_TX] += lock;
}

/** `x` within 0..max. */
export function clamp(x: number, max: number): number {
  return x <= 0 ? 0 : x >= max ? max : x;
}
