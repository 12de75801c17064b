/**
 * The one writer of a request's per-stage times in the world's per-client arrays: when it entered
 * and left each stage, how much of that it spent waiting for a lock, waiting for a server and
 * being served (timeKinds.ts; the rest is flight), and when (up to MAX_SPANS intervals per
 * request, so the chain can count who is where at any instant: one login in service while 199
 * wait for the lock, not all of them waiting). Mechanisms call these rather than index the
 * arrays, so the layout and the `visited` mask stay consistent; the recorder only reads them.
 * Everything here is a few typed-array writes: no allocation per request.
 */
import { STAGE_COUNT } from '../contract/stages.ts';
import { K } from '../contract/timeKinds.ts';
import { MAX_SPANS } from './spans.ts';
import type { World } from './world.ts';

/** Phases of a client's current request (which continuation follows a wait). */
export const PHASE_RANGE = 0;
export const PHASE_AUTH = 1;
export const PHASE_TOKEN = 2;

/** A new request on this client: no stage visited yet (older times are ignored by the mask). */
export function clearStages(w: World, client: number): void {
  w.visited[client] = 0;
  w.spanCount[client] = 0;
}

/** Keeps the interval [from, to) (not empty) of `kind` in `stage`, for the occupancy and journey. */
function span(w: World, client: number, stage: number, kind: number, from: number, to: number) {
  if (w.keepSpans[client] === 0) return;
  const n = w.spanCount[client];
  if (n >= MAX_SPANS) return;
  const i = client * MAX_SPANS + n;
  w.spanStage[i] = stage;
  w.spanKind[i] = kind;
  w.spanFrom[i] = from;
  w.spanTo[i] = to;
  w.spanCount[client] = n + 1;
}

/**
 * The request entered `stage` at `enter` and (for now) leaves at `end`. The first mark of a
 * stage starts its kinds at zero; a later one (a request that comes back to a stage) keeps them.
 */
export function mark(w: World, client: number, stage: number, enter: number, end: number): void {
  const i = client * STAGE_COUNT + stage;
  const bit = 1 << stage;
  if ((w.visited[client] & bit) === 0) {
    w.stLock[i] = 0;
    w.stQueue[i] = 0;
    w.stService[i] = 0;
    w.visited[client] |= bit;
  }
  w.stEnter[i] = enter;
  w.stEnd[i] = end;
}

/** Moves the end of a stage later (work that continues the same stage). */
export function extend(w: World, client: number, stage: number, end: number): void {
  w.stEnd[client * STAGE_COUNT + stage] = end;
}

/** The request joined `stage` earlier than marked, at `enter` (it waited before it). */
export function enterAt(w: World, client: number, stage: number, enter: number): void {
  w.stEnter[client * STAGE_COUNT + stage] = enter;
}

export function stageEnd(w: World, client: number, stage: number): number {
  return w.stEnd[client * STAGE_COUNT + stage];
}

/** From `from` to `to` the request waited for a lock in `stage`. */
export function lockWait(w: World, client: number, stage: number, from: number, to: number): void {
  if (!(to > from)) return;
  w.stLock[client * STAGE_COUNT + stage] += to - from;
  span(w, client, stage, K.lock, from, to);
}

/** From `from` to `to` the request waited for a core, a NIC, a disk or a loop in `stage`. */
export function queueWait(w: World, client: number, stage: number, from: number, to: number): void {
  if (!(to > from)) return;
  w.stQueue[client * STAGE_COUNT + stage] += to - from;
  span(w, client, stage, K.queue, from, to);
}

/** From `from` to `to` a server did the request's own work in `stage`. */
export function served(w: World, client: number, stage: number, from: number, to: number): void {
  if (!(to > from)) return;
  w.stService[client * STAGE_COUNT + stage] += to - from;
  span(w, client, stage, K.service, from, to);
}

/**
 * The request spent [enter, end) in `stage`: waiting for a lock until `locked`, then for a server
 * until `started`, then served (either wait may be empty). mark, lockWait, queueWait and served
 * in that order, in one call: the read path runs three such stages back to back, and each call
 * the compiler does not inline costs its own entry and boxes its times (issue 16).
 */
export function stageTimes(
  w: World,
  client: number,
  stage: number,
  enter: number,
  locked: number,
  started: number,
  end: number,
): void {
  mark(w, client, stage, enter, end);
  lockWait(w, client, stage, enter, locked);
  queueWait(w, client, stage, locked, started);
  served(w, client, stage, started, end);
}

/** A job for the request, ready at `ready`, ran on a server from `start` to `end`. */
export function onServer(
  w: World,
  client: number,
  stage: number,
  ready: number,
  start: number,
  end: number,
): void {
  const i = client * STAGE_COUNT + stage;
  if (start > ready) {
    w.stQueue[i] += start - ready;
    span(w, client, stage, K.queue, ready, start);
  }
  if (end > start) {
    w.stService[i] += end - start;
    span(w, client, stage, K.service, start, end);
  }
}
