/**
 * The waterfall of one request: the stages it spent time in, each split into the four kinds of
 * time (lock, queue, flight, service, laid out in that order), straight from the journey; the
 * stages on its path it passed in zero time, apart from those not on its path at all; and the
 * instants where something changes, for stepping through a followed request.
 */
import type { Journey } from '../../../workers/contract/result.ts';
import type { StageId } from '../../../workers/contract/stages.ts';
import type { ByKind } from '../../../workers/contract/timeKinds.ts';
import { isSkipped } from './journeyPhase.ts';
import { stageBars, type Bar } from './stageBars.ts';

export { stageBars, type Bar } from './stageBars.ts';

export interface WaterfallRow extends ByKind {
  /** Index in STAGES. */
  stage: number;
  id: StageId;
  enterMs: number;
  endMs: number;
  /** The row's time as consecutive pieces of one kind each. */
  bars: Bar[];
}

export interface Waterfall {
  rows: WaterfallRow[];
  /** Stages on the request's path that it passed in zero time. */
  zeroTime: StageId[];
}

export function createWaterfall(journey: Journey): Waterfall {
  const rows: WaterfallRow[] = [];
  const zeroTime: StageId[] = [];
  journey.stages.forEach((s, stage) => {
    if (!s.visited) return;
    if (isSkipped(s)) {
      zeroTime.push(s.id);
      return;
    }
    const { id, enterMs, endMs, lock, queue, flight, service } = s;
    rows.push({ stage, id, enterMs, endMs, lock, queue, flight, service, bars: stageBars(s) });
  });
  return { rows, zeroTime };
}

/** Every instant where the request's phase changes, ascending and without repeats. */
export function boundaries(journey: Journey): number[] {
  const times = [journey.issuedMs, journey.doneMs];
  for (const s of journey.stages) {
    if (isSkipped(s)) continue;
    for (const b of stageBars(s)) times.push(b.fromMs, b.toMs);
  }
  return [...new Set(times)].sort((a, b) => a - b);
}

/**
 * The next boundary after `t` (direction 1) or the previous one before it (−1), wrapping round
 * the request: after the response comes the issue again.
 */
export function nextBoundary(journey: Journey, t: number, direction: 1 | -1): number {
  const times = boundaries(journey);
  const eps = 1e-9;
  if (direction === 1) return times.find((b) => b > t + eps) ?? times[0];
  for (let i = times.length - 1; i >= 0; i--) if (times[i] < t - eps) return times[i];
  return times[times.length - 1];
}

/** The middle of the stage the request spent longest in: its most telling still frame. */
export function telling(journey: Journey): number {
  let best = journey.issuedMs;
  let longest = -1;
  for (const s of journey.stages) {
    const span = s.endMs - s.enterMs;
    if (span > longest) {
      longest = span;
      best = s.enterMs + span / 2;
    }
  }
  return best;
}
