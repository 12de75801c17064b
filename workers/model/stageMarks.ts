/** Writing a request's per-stage times into the world's per-client arrays. */
import { STAGE_COUNT } from '../contract/stages.ts';
import type { World } from './world.ts';

/** Phases of a client's current request (which continuation follows a wait). */
export const PHASE_RANGE = 0;
export const PHASE_AUTH = 1;
export const PHASE_TOKEN = 2;

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

export function stageEnd(w: World, client: number, stage: number): number {
  return w.stEnd[client * STAGE_COUNT + stage];
}

/** Moves a stage's service start later by `ms`: that time was spent waiting, not served. */
export function queueMore(w: World, client: number, stage: number, ms: number): void {
  if (ms > 0) w.stStart[client * STAGE_COUNT + stage] += ms;
}
