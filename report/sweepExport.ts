/**
 * A sweep as files. CSV: one row per finished point — the series, the swept value, the headline
 * numbers, the bottleneck and both bounds (with whether each bounds the measurement), then every
 * scenario field — ready for a spreadsheet or a notebook. JSON: the plan and, per point, the whole
 * result in the schema `readpath … --json` prints for one run.
 */
import { csvFormatRows } from 'd3-dsv';
import type { SimResult } from '../workers/contract/result.ts';
import { SCENARIO_FIELDS, type Scenario } from '../workers/contract/scenario.ts';
import type { SeriesId, SweepPlan } from '../workers/contract/sweep.ts';
import { resourceKey } from '../workers/contract/resourceId.ts';
import { meanLatencyBound, qpsBound } from './sweepBounds.ts';

/** A finished point: where it sits in the plan, and its result. */
export interface SweepRow {
  series: SeriesId;
  x: number;
  result: SimResult;
}

const ms = (sec: number): number => sec * 1000;

function percentileMs(r: SimResult, p: number): number | string {
  const found = r.summary.percentiles.find((q) => q.p === p);
  return found === undefined ? '' : ms(found.sec);
}

/** The metric columns after `series` and the swept parameter. */
export const SWEEP_METRIC_COLUMNS = [
  'rps',
  'avgMs',
  'p50Ms',
  'p90Ms',
  'p99Ms',
  'p999Ms',
  'slowestMs',
  'succeeded',
  'failed',
  'bottleneck',
  'utilisation',
  'qpsBoundRps',
  'qpsBoundHolds',
  'meanLatencyBoundMs',
  'meanLatencyBoundHolds',
] as const;

function metrics(r: SimResult): (string | number | boolean)[] {
  const q = qpsBound(r);
  const l = meanLatencyBound(r);
  const s = r.summary;
  return [
    s.rps,
    ms(s.averageSec),
    percentileMs(r, 50),
    percentileMs(r, 90),
    percentileMs(r, 99),
    percentileMs(r, 99.9),
    ms(s.slowestSec),
    s.succeeded,
    s.failed,
    r.bottleneck.resource === null ? '' : resourceKey(r.bottleneck.resource),
    r.bottleneck.utilisation,
    q.value ?? '',
    q.holds,
    l.value ?? '',
    l.holds,
  ];
}

/** The header: series, the swept parameter's name, the metrics, then `scenario.<field>`s. */
export function sweepCsvHeader(plan: SweepPlan): string[] {
  return [
    'series',
    plan.spec.param,
    ...SWEEP_METRIC_COLUMNS,
    ...SCENARIO_FIELDS.map((f) => `scenario.${f}`),
  ];
}

/** Finished points in plan order (x, then series), whatever order they finished in. Ends "\n". */
export function sweepCsv(plan: SweepPlan, rows: readonly SweepRow[]): string {
  const order = (r: SweepRow): number =>
    plan.points.findIndex((p) => p.series === r.series && p.x === r.x);
  const body = [...rows]
    .sort((a, b) => order(a) - order(b))
    .map((r) => [
      r.series,
      r.x,
      ...metrics(r.result),
      ...SCENARIO_FIELDS.map((f) => r.result.scenario[f]),
    ]);
  return `${csvFormatRows([sweepCsvHeader(plan), ...body.map((row) => row.map(String))])}\n`;
}

export interface SweepJson {
  kind: 'readpath-sweep';
  version: 1;
  spec: SweepPlan['spec'];
  /** The experiment swept (series A for an A/B sweep). */
  base: Scenario;
  xs: number[];
  series: SeriesId[];
  repairs: SweepPlan['repairs'];
  points: { series: SeriesId; x: number; result: SimResult }[];
}

export function sweepJson(plan: SweepPlan, base: Scenario, rows: readonly SweepRow[]): string {
  const order = (r: SweepRow): number =>
    plan.points.findIndex((p) => p.series === r.series && p.x === r.x);
  const doc: SweepJson = {
    kind: 'readpath-sweep',
    version: 1,
    spec: plan.spec,
    base,
    xs: plan.xs,
    series: plan.series,
    repairs: plan.repairs,
    points: [...rows]
      .sort((a, b) => order(a) - order(b))
      .map((r) => ({ series: r.series, x: r.x, result: r.result })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
