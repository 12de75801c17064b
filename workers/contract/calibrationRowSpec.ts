/**
 * What a calibration row is (calibrationRows.ts lists them): its source, the metric it reads, the
 * run(s) the model makes for it, the measured value, the tolerance it is held to — and the one
 * read every source measures. Apart from the lists so that each source's rows can have a file.
 */
import type { ProfileName } from './profiles.ts';
import type { Scenario } from './scenario.ts';

export const CALIBRATION_SOURCES = ['lecture', 'etcd.io', 'loopback'] as const;
export type CalibrationSource = (typeof CALIBRATION_SOURCES)[number];

/**
 * What a row reads from a run: QPS, average or P99 latency (ms), P99 ÷ average, or the CPU all
 * members spend per successful read (µs of their own cores, from the utilisation law).
 */
export type RowMetric = 'qps' | 'avgMs' | 'p99Ms' | 'p99OverAvg' | 'memberCpuUs';

/**
 * How a row is judged: a relative band around the measured value, a factor either way (model ÷
 * measured within [1/f, f]), or a one-sided bound at `of` times the measured value (model ≥ it,
 * or below it).
 */
export type RowTolerance =
  | { kind: 'relative'; within: number }
  | { kind: 'factor'; within: number }
  | { kind: 'atLeast'; of: number }
  | { kind: 'below'; of: number };

/** A scenario the model runs: a profile, then the row's fields. */
export interface RunSpec {
  profile: ProfileName;
  scenario: Partial<Scenario>;
}

export interface CalibrationRowSpec<Id extends string = string> {
  id: Id;
  source: CalibrationSource;
  metric: RowMetric;
  /** The run the metric is read from; with `over`, the numerator of a ratio. */
  run: RunSpec;
  /** A ratio's denominator: the same metric of this run. */
  over?: RunSpec;
  measured: number;
  /** The measured spread (min–max over reps or experiments), when the source gives one. */
  range?: { min: number; max: number };
  tolerance: RowTolerance;
  /** Where in the source the number is. */
  from: string;
}

/** The tolerances for the new sources: QPS ±15 %, ratios ±20 %, P99/avg a factor 1.5. */
export const QPS_TOLERANCE: RowTolerance = { kind: 'relative', within: 0.15 };
export const RATIO_TOLERANCE: RowTolerance = { kind: 'relative', within: 0.2 };
export const TAIL_TOLERANCE: RowTolerance = { kind: 'factor', within: 1.5 };

/** One key of 256 B, no writes, no auth: the read every source measures. */
export const ONE_KEY = {
  request: 'range',
  auth: 'none',
  valueBytes: 256,
  keysPerRange: 1,
  totalKeys: 1,
  rangeResult: 'values',
  writeQps: 0,
} as const satisfies Partial<Scenario>;
