/**
 * An A/B comparison as files: CSV with one row per headline number (A, B and B ÷ A) and JSON with
 * both results whole, each in the schema `readpath … --json` prints for one run.
 */
import { csvFormatRows } from 'd3-dsv';
import type { SimResult } from '../../../workers/contract/result.ts';
import { HEADLINE_METRICS, metric, ratio } from './delta.ts';

/** Column names: the metric (rps in req/s, latencies in ms), A, B, B ÷ A. */
export const COMPARE_CSV_COLUMNS = ['metric', 'a', 'b', 'ratioBA'] as const;

const UNITS: Record<(typeof HEADLINE_METRICS)[number], string> = {
  rps: 'rps',
  avg: 'avgMs',
  p50: 'p50Ms',
  p99: 'p99Ms',
  p999: 'p999Ms',
  max: 'slowestMs',
};

export function compareCsv(a: SimResult, b: SimResult): string {
  const rows = HEADLINE_METRICS.map((m) => {
    const va = metric(a, m);
    const vb = metric(b, m);
    return [UNITS[m], va ?? '', vb ?? '', ratio(vb, va) ?? ''].map(String);
  });
  return `${csvFormatRows([[...COMPARE_CSV_COLUMNS], ...rows])}\n`;
}

export function compareJson(a: SimResult, b: SimResult): string {
  return `${JSON.stringify({ kind: 'readpath-comparison', version: 1, a, b }, null, 2)}\n`;
}
