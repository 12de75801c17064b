/**
 * The one writer of a request's per-stage times in the world's per-client arrays (enter the
 * stage's queue, start of service, end). Mechanisms call these rather than index the arrays, so
 * the layout and the `visited` mask stay consistent; the recorder only reads them.
 */
import { STAGE_COUNT } from '../contract/stages.ts';
import type { World } from './world.ts';

/** Phases of a client's current request (which continuation follows a wait). */
export const PHASE_RANGE = 0;
export const PHASE_AUTH = 1;
export const PHASE_TOKEN = 2;

/** A new request on this client: no stage visited yet (older times are ignored by the mask). */
export function clearStages(w: World, client: number): void {
  w.visited[client] = 0;
}

/** The request entered `stage` at `enter`, began service at `start` and left at `end`. */
export function mark(
  w: World,
  client: number,
  stage: number,
  enter: number,
  start: number,
  end: number,
): void {
  const i = client * STAGE_COUNT + stage;
  w.stEnter[i] = enter;
  w.stStart[i] = start;
  w.stEnd[i] = end;
  w.visited[client] |= 1 << stage;
}

/** Moves the end of a stage later (work that continues the same stage). */
export function extend(w: World, client: number, stage: number, end: number): void {
  w.stEnd[client * STAGE_COUNT + stage] = end;
}

/** The request's service in `stage` ran from `start` to `end` (its queue entry stays as marked). */
export function serve(w: World, client: number, stage: number, start: number, end: number): void {
  const i = client * STAGE_COUNT + stage;
  w.stStart[i] = start;
  w.stEnd[i] = end;
}

/** Service in `stage` began at `start`, found out after the stage was marked. */
export function serviceStart(w: World, client: number, stage: number, start: number): void {
  w.stStart[client * STAGE_COUNT + stage] = start;
}

/** The request joined `stage`'s queue earlier than marked, at `enter` (it waited before it). */
export function enterAt(w: World, client: number, stage: number, enter: number): void {
  w.stEnter[client * STAGE_COUNT + stage] = enter;
}

export function stageEnd(w: World, client: number, stage: number): number {
  return w.stEnd[client * STAGE_COUNT + stage];
}

/** Moves a stage's service start later by `ms`: that time was spent waiting, not served. */
export function queueMore(w: World, client: number, stage: number, ms: number): void {
  if (ms > 0) w.stStart[client * STAGE_COUNT + stage] += ms;
}
