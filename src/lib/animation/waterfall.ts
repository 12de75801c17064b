/**
 * The waterfall of one request: the stages it spent time in, each split into time queued and time
 * served, straight from the journey's timestamps; and the instants where something changes, for
 * stepping through a followed request one boundary at a time.
 */
import type { Journey } from '../../../workers/contract/result.ts';
import type { StageId } from '../../../workers/contract/stages.ts';
import { isSkipped } from './journeyPhase.ts';

export interface WaterfallRow {
  /** Index in STAGES. */
  stage: number;
  id: StageId;
  enterMs: number;
  startMs: number;
  endMs: number;
  queueMs: number;
  serviceMs: number;
}

export interface Waterfall {
  rows: WaterfallRow[];
  /** Stages passed in zero time. */
  skipped: StageId[];
}

export function createWaterfall(journey: Journey): Waterfall {
  const rows: WaterfallRow[] = [];
  const skipped: StageId[] = [];
  journey.stages.forEach((s, stage) => {
    if (isSkipped(s)) {
      skipped.push(s.id);
      return;
    }
    rows.push({
      stage,
      id: s.id,
      enterMs: s.enterMs,
      startMs: s.startMs,
      endMs: s.endMs,
      queueMs: s.startMs - s.enterMs,
      serviceMs: s.endMs - s.startMs,
    });
  });
  return { rows, skipped };
}

/** Every instant where the request's phase changes, ascending and without repeats. */
export function boundaries(journey: Journey): number[] {
  const times = [journey.issuedMs, journey.doneMs];
  for (const s of journey.stages) if (!isSkipped(s)) times.push(s.enterMs, s.startMs, s.endMs);
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
