/**
 * The figures a fit compares between a real run and the model's: QPS, average, and the 50th, 90th
 * and 99th percentiles (ms). Both a parsed benchmark output and a simulated result give them, so
 * the comparison and the overlay read one shape.
 */
import type { BenchSummary } from '../../workers/contract/result.ts';
import type { ParsedRun } from '../benchmarkOutput.ts';

export interface RunFigures {
  qps: number;
  avgMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  /** Every printed percentile, ms (for the overlay of the distributions). */
  percentiles: { p: number; ms: number }[];
}

type Summary = Pick<BenchSummary, 'rps' | 'averageSec' | 'percentiles'>;

function at(percentiles: { p: number; sec: number }[], p: number): number {
  const found = percentiles.find((x) => x.p === p);
  return found === undefined ? NaN : found.sec * 1000;
}

/** The figures of a simulated run's summary, or of a parsed real one. */
export function runFigures(s: Summary): RunFigures {
  return {
    qps: s.rps,
    avgMs: s.averageSec * 1000,
    p50Ms: at(s.percentiles, 50),
    p90Ms: at(s.percentiles, 90),
    p99Ms: at(s.percentiles, 99),
    percentiles: s.percentiles.filter((x) => x.sec > 0).map((x) => ({ p: x.p, ms: x.sec * 1000 })),
  };
}

/** A parsed real run's figures. */
export function realFigures(run: ParsedRun): RunFigures {
  return runFigures({
    rps: run.summary.rps,
    averageSec: run.summary.averageSec,
    percentiles: run.percentiles,
  });
}
