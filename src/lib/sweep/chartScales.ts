/**
 * Scales and ticks for a sweep chart: a log axis where the values are all positive and span more
 * than `LOG_SPAN`× (clients 1 → 2,000, latency 0.2 → 1,300 ms), a linear one from 0 otherwise.
 * Pure d3-scale maths, so the chart component holds only markup.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { logTicks } from '../logTicks.ts';

/** Ratio of largest to smallest value above which an axis is drawn on a log scale. */
export const LOG_SPAN = 30;

export interface Axis {
  scale: ScaleContinuousNumeric<number, number>;
  log: boolean;
  ticks: number[];
}

export function wantsLog(values: readonly number[]): boolean {
  if (values.length === 0 || values.some((v) => !(v > 0))) return false;
  return Math.max(...values) / Math.min(...values) > LOG_SPAN;
}

/**
 * An axis over `values` onto [r0, r1]. `log` forces the kind (the x axis follows the sweep's
 * spacing); otherwise wantsLog decides. Linear axes start at 0 when `zero`, so a fall in QPS is
 * not exaggerated by a cut-off axis.
 */
export function makeAxis(
  values: readonly number[],
  range: [number, number],
  options: { log?: boolean; zero?: boolean } = {},
): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  const log = (options.log ?? wantsLog(finite)) && finite.length > 0 && finite.every((v) => v > 0);
  if (log) {
    const lo = Math.min(...finite);
    const hi = Math.max(...finite);
    const [a, b] = lo === hi ? [lo / 2, hi * 2] : [lo, hi];
    const scale = scaleLog().domain([a, b]).range(range);
    const ticks = logTicks(a, b);
    return { scale, log, ticks: ticks.length >= 2 ? ticks : scale.ticks(4) };
  }
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const from = options.zero ? Math.min(0, lo) : lo;
  const to = hi === from ? from + 1 : hi;
  const scale = scaleLinear().domain([from, to]).nice(5).range(range);
  return { scale, log, ticks: scale.ticks(5) };
}

/** The index of the value nearest to `px` on screen (ties: the first), or -1 for none. */
export function nearestIndex(pxs: readonly number[], px: number): number {
  let best = -1;
  let dist = Infinity;
  pxs.forEach((p, i) => {
    const d = Math.abs(p - px);
    if (d < dist) {
      best = i;
      dist = d;
    }
  });
  return best;
}
