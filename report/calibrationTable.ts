/**
 * The calibration report: every row of the three-source table (CALIBRATION_ROWS) with the model's
 * value beside the measured one, the error, the tolerance and pass/FAIL; plus the lecture's trend
 * checks. Computed from results the caller already has, so the command, the doc generator, the
 * app's calibration view and the tests share it and none of them hard-codes a model value.
 */
import type {
  CalibrationRowSpec,
  CalibrationSource,
  RowMetric,
  RowTolerance,
} from '../workers/contract/calibrationRows.ts';
import type { SimResult } from '../workers/contract/result.ts';
import { grouped, short } from './numbers.ts';

export interface CalibrationRow {
  id: string;
  source: CalibrationSource;
  metric: RowMetric;
  /** True when the figure is a ratio of two runs' metrics. */
  ratio: boolean;
  /** The source's value (or the bound a lecture note derives from it). */
  measured: number;
  range?: { min: number; max: number };
  model: number;
  /** Signed relative error, (model − measured) / measured. */
  error: number;
  tolerance: RowTolerance;
  pass: boolean;
  from: string;
}

export interface TrendRow {
  id: string;
  sentence: string;
  pass: boolean;
  detail: string;
}

export interface CalibrationReport {
  rows: CalibrationRow[];
  trends: TrendRow[];
}

function percentileMs(result: SimResult, p: number): number {
  const found = result.summary.percentiles.find((x) => x.p === p);
  return found === undefined ? NaN : found.sec * 1000;
}

/**
 * CPU every member spent per successful read, µs of their own cores: the utilisation law's
 * demand (busy time ÷ completions), summed over the members — what the source measured as
 * CPU-seconds of the member processes ÷ reads. Members only: on a shared host the machine's
 * pool of cores is a resource too, and its demand is every process's work (client and members)
 * counted again; adding it made the ratio of two runs a blend of members and client.
 */
export function memberCpuUs(result: SimResult): number {
  let ms = 0;
  for (const r of result.resources)
    if (typeof r.id.host === 'number' && r.id.kind === 'cpu') ms += r.demandMs;
  return ms * 1000;
}

/** The figure a row reads from one run. */
export function metricOf(result: SimResult, metric: RowMetric): number {
  const avgMs = result.summary.averageSec * 1000;
  switch (metric) {
    case 'qps':
      return result.summary.rps;
    case 'avgMs':
      return avgMs;
    case 'p99Ms':
      return percentileMs(result, 99);
    case 'p99OverAvg':
      return avgMs > 0 ? percentileMs(result, 99) / avgMs : NaN;
    case 'memberCpuUs':
      return memberCpuUs(result);
  }
}

/** Does `model` meet `measured` within the tolerance? */
export function withinTolerance(model: number, measured: number, t: RowTolerance): boolean {
  if (!Number.isFinite(model)) return false;
  switch (t.kind) {
    case 'relative':
      return Math.abs(model - measured) / measured <= t.within;
    case 'factor':
      return model > 0 && Math.max(model / measured, measured / model) <= t.within;
    case 'atLeast':
      return model >= measured * t.of;
    case 'below':
      return model < measured * t.of;
  }
}

/** One row from its spec and the results of its run (and of its denominator's, for a ratio). */
export function calibrationRow(
  spec: CalibrationRowSpec,
  run: SimResult,
  over?: SimResult,
): CalibrationRow {
  const value = metricOf(run, spec.metric);
  const model = over === undefined ? value : value / metricOf(over, spec.metric);
  return {
    id: spec.id,
    source: spec.source,
    metric: spec.metric,
    ratio: spec.over !== undefined,
    measured: spec.measured,
    range: spec.range,
    model,
    error: (model - spec.measured) / spec.measured,
    tolerance: spec.tolerance,
    pass: withinTolerance(model, spec.measured, spec.tolerance),
    from: spec.from,
  };
}

export const CALIBRATION_HEADER = [
  'source',
  'row',
  'figure',
  'measured',
  'model',
  'error',
  'tolerance',
  'result',
] as const;

/** The figure a row compares, in words: "qps", "avg ms", "qps ratio", "p99/avg", … */
export function figureText(r: Pick<CalibrationRow, 'metric' | 'ratio'>): string {
  const base: Record<RowMetric, string> = {
    qps: 'qps',
    avgMs: 'avg ms',
    p99Ms: 'p99 ms',
    p99OverAvg: 'p99/avg',
    memberCpuUs: 'member cpu',
  };
  return r.ratio ? `${base[r.metric]} ratio` : base[r.metric];
}

/** A measured value as the source gives it: 320,000 and 2.5, not 2.50. */
export function measuredText(x: number): string {
  if (Number.isInteger(x)) return grouped(x);
  return String(x);
}

/** A model value: three significant digits, or a grouped integer from 100 up. */
export function modelText(x: number): string {
  return short(x);
}

/** Signed percentage with one decimal: "+8.8 %", "−27.9 %"; one that rounds to zero, "0.0 %". */
export function errorText(error: number): string {
  if (!Number.isFinite(error)) return String(error);
  const text = Math.abs(error * 100).toFixed(1);
  if (text === '0.0') return '0.0 %';
  return `${error >= 0 ? '+' : '−'}${text} %`;
}

export function toleranceText(t: RowTolerance): string {
  // toFixed first: 0.15 × 100 is 15.000000000000002 in floating point.
  if (t.kind === 'relative') return `±${Number((t.within * 100).toFixed(1))} %`;
  if (t.kind === 'factor') return `×${t.within} either way`;
  return `${t.kind === 'atLeast' ? 'at least' : 'below'} ${t.of}×`;
}

export function passText(pass: boolean): string {
  return pass ? 'pass' : 'FAIL';
}

/** One row as table cells, in CALIBRATION_HEADER order. */
export function rowCells(r: CalibrationRow): string[] {
  return [
    r.source,
    r.id.slice(r.source.length + 1),
    figureText(r),
    measuredText(r.measured),
    modelText(r.model),
    errorText(r.error),
    toleranceText(r.tolerance),
    passText(r.pass),
  ];
}

/** Columns whose cells are numbers, right-aligned in text and markdown alike. */
export const NUMERIC_COLUMNS: ReadonlySet<number> = new Set([3, 4, 5]);

/** "31 of 47 rows within tolerance (lecture 9 of 10, …); 5 of 5 trends hold." */
export function tally(report: CalibrationReport): string {
  const rows = report.rows.filter((r) => r.pass).length;
  const bySource = [...new Set(report.rows.map((r) => r.source))].map((source) => {
    const of = report.rows.filter((r) => r.source === source);
    return `${source} ${of.filter((r) => r.pass).length} of ${of.length}`;
  });
  const trends = report.trends.filter((t) => t.pass).length;
  return (
    `${rows} of ${report.rows.length} rows within tolerance (${bySource.join(', ')}); ` +
    `${trends} of ${report.trends.length} trends hold.`
  );
}
