/**
 * Comparing two results: the headline numbers of each, their ratio, the relative change, and the
 * fields in which their experiments differ. Arithmetic on numbers the results carry — nothing
 * here estimates performance.
 */
import type { SimResult } from '../../../workers/contract/result.ts';
import { changedFields, type Scenario } from '../../../workers/contract/scenario.ts';

export const HEADLINE_METRICS = ['rps', 'avg', 'p50', 'p99', 'p999', 'max'] as const;
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

/** A headline number of a result: requests/sec, or a latency in ms (null when none succeeded). */
export function metric(r: SimResult, m: HeadlineMetric): number | null {
  const s = r.summary;
  if (m === 'rps') return s.rps;
  if (s.succeeded === 0) return null;
  const pct = (p: number): number | null => {
    const found = s.percentiles.find((x) => x.p === p);
    return found === undefined ? null : found.sec * 1000;
  };
  switch (m) {
    case 'avg':
      return s.averageSec * 1000;
    case 'p50':
      return pct(50);
    case 'p99':
      return pct(99);
    case 'p999':
      return pct(99.9);
    case 'max':
      return s.slowestSec * 1000;
  }
}

/** b ÷ a, or null when it means nothing (a missing or zero, either not finite). */
export function ratio(b: number | null, a: number | null): number | null {
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || a === 0)
    return null;
  return b / a;
}

/** The relative change from a to b (0.84 for +84 %), or null. */
export function relativeChange(b: number | null, a: number | null): number | null {
  const r = ratio(b, a);
  return r === null ? null : r - 1;
}

/** Is a change good news? More requests/sec is; more latency is not. */
export function isImprovement(m: HeadlineMetric, change: number): boolean {
  return m === 'rps' ? change > 0 : change < 0;
}

export interface FieldChange {
  field: keyof Scenario;
  from: Scenario[keyof Scenario];
  to: Scenario[keyof Scenario];
}

/** What changed from experiment a to b, field by field, in the parameter table's order. */
export function fieldChanges(a: Scenario, b: Scenario): FieldChange[] {
  return changedFields(a, b).map((field) => ({ field, from: a[field], to: b[field] }));
}
