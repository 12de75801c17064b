/**
 * The per-stage measures the A/B table sets side by side, one column pair (A, B) each: the stage's
 * total first — with B ÷ A right after it, what a phone shows before the table scrolls sideways
 * (it showed only the lock columns there) — then the four kinds of time (timeKinds.ts).
 */
import type { StageStat } from '../../../workers/contract/result.ts';
import type { MessageKey } from '../i18n/en.ts';

export interface StageMeasure {
  id: string;
  label: MessageKey;
  /** ms per request that passed through the stage. */
  get: (s: StageStat) => number;
}

export const STAGE_MEASURES: readonly StageMeasure[] = [
  { id: 'total', label: 'compare.stages.col.total', get: (s) => s.meanMs },
  { id: 'lock', label: 'limiter.kindShort.lock', get: (s) => s.lockMeanMs },
  { id: 'queue', label: 'limiter.kindShort.queue', get: (s) => s.queueMeanMs },
  { id: 'flight', label: 'limiter.kindShort.flight', get: (s) => s.flightMeanMs },
  { id: 'service', label: 'limiter.kindShort.service', get: (s) => s.serviceMeanMs },
];

/** The measure whose B ÷ A follows its column pair. */
export const RATIO_MEASURE = 'total';
