/**
 * Ticks for the A/B latency chart's log axis that fit its width. logTicks gives 1, 2, 5 per
 * decade over fewer than three decades; at 390 px, A at ~5 ms beside B at ~200 ms (the tour's
 * first step) put "50 ms", "100 ms", "200 ms" and "500 ms" over each other. Here the 1-2-5 ticks
 * are kept while their labels fit side by side, else only the powers of ten, else every second,
 * third… power of ten.
 */
import { logTicks } from '../logTicks.ts';

/** Advance of one character of the 11 px tick labels, px (digits and "ms"; a generous mean). */
export const TICK_CHAR_PX = 6.6;
/** Least space between two neighbouring labels, px. */
const TICK_GAP_PX = 6;

/** Do neighbouring labels, centred on their ticks, keep TICK_GAP_PX apart? */
function fits(ticks: number[], px: (v: number) => number, label: (v: number) => string): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const half = (v: number) => (label(v).length * TICK_CHAR_PX) / 2;
    if (px(ticks[i]) - px(ticks[i - 1]) < half(ticks[i - 1]) + half(ticks[i]) + TICK_GAP_PX)
      return false;
  }
  return true;
}

export function fittedLogTicks(
  lo: number,
  hi: number,
  px: (v: number) => number,
  label: (v: number) => string,
): number[] {
  const all = logTicks(lo, hi);
  if (fits(all, px, label)) return all;
  const decades = all.filter((v) => v === Number((10 ** Math.round(Math.log10(v))).toPrecision(6)));
  for (let every = 1; every < decades.length; every++) {
    const kept = decades.filter((_, i) => i % every === 0);
    if (fits(kept, px, label)) return kept;
  }
  return decades.slice(0, 1);
}

/**
 * How a tick's label is anchored: centred, unless that would cut it at the chart's edge (the last
 * label, "500 ms", was drawn as "500 m" on a phone).
 */
export function tickAnchor(x: number, text: string, width: number): 'start' | 'middle' | 'end' {
  const half = (text.length * TICK_CHAR_PX) / 2;
  return x + half > width ? 'end' : x - half < 0 ? 'start' : 'middle';
}
