/**
 * The per-stage measures the A/B table sets side by side, one column pair (A, B) each. The result
 * has a queue and a service time per stage today; when the queue is split (lock wait, core wait),
 * add a measure here and the table gains its columns — nothing else changes.
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
  { id: 'queue', label: 'compare.stages.col.queue', get: (s) => s.queueMeanMs },
  { id: 'service', label: 'compare.stages.col.service', get: (s) => s.serviceMeanMs },
  { id: 'total', label: 'compare.stages.col.total', get: (s) => s.queueMeanMs + s.serviceMeanMs },
];

/** The measure whose B ÷ A closes each row. */
export const RATIO_MEASURE = 'total';
