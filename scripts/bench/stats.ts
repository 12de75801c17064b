/**
 * Summaries of repeated bench runs: the median (what the table leads with: one slow run on a
 * shared machine does not move it) and the spread, min to max, so a reader sees how much to trust
 * the median. Plain numbers; no run is dropped.
 */
export interface Spread {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median: 0.1 means the runs spread over 10 % of the median. */
  relative: number;
}

export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('no values to summarise');
  if (!values.every(Number.isFinite)) throw new Error(`not all finite: ${values.join(', ')}`);
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const min = sorted[0];
  const max = sorted[n - 1];
  return { median, min, max, relative: median !== 0 ? (max - min) / median : 0 };
}

/** How a new set of runs compares with a saved one. */
export type Verdict = 'faster' | 'slower' | 'within the spread';

/**
 * Faster or slower only when the two ranges do not overlap: every new run beat (or lost to) every
 * saved run. Overlapping ranges cannot tell a change from the machine's noise.
 */
export function verdict(now: Spread, before: Spread): Verdict {
  if (now.min > before.max) return 'faster';
  if (now.max < before.min) return 'slower';
  return 'within the spread';
}
