/**
 * Ticks for a latency chart's log axis that fit its width (the run's histogram, A and B's). logTicks gives 1, 2, 5 per
 * decade over fewer than three decades; at 390 px, A at ~5 ms beside B at ~200 ms (the tour's
 * first step) put "50 ms", "100 ms", "200 ms" and "500 ms" over each other. Here the 1-2-5 ticks
 * are kept while their labels fit side by side, else only the powers of ten, else every second,
 * third… power of ten.
 */
import { logTicks } from './logTicks.ts';

/**
 * Advance of one character of the 11 px tick labels, px: a digit of DejaVu Sans (Chromium's
 * sans-serif on Debian) is 0.636 em = 7.0 px, "m" 10.7 px, "," and " " 3.5 px; 6.6 px let
 * "100 ms" and "1,000 ms" meet on a phone.
 */
export const TICK_CHAR_PX = 7.2;
/** Least space between two neighbouring labels, px. */
const TICK_GAP_PX = 6;

/** Left and right end of a tick's label as drawn, anchored as tickAnchor says, px. */
export function labelSpan(
  x: number,
  text: string,
  width: number,
  charPx = TICK_CHAR_PX,
): [number, number] {
  const w = text.length * charPx;
  const anchor = tickAnchor(x, text, width);
  return anchor === 'end' ? [x - w, x] : anchor === 'start' ? [x, x + w] : [x - w / 2, x + w / 2];
}

/** Do neighbouring labels, where they are drawn, keep TICK_GAP_PX apart? */
function fits(
  ticks: number[],
  px: (v: number) => number,
  label: (v: number) => string,
  width: number,
): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const [, right] = labelSpan(px(ticks[i - 1]), label(ticks[i - 1]), width);
    const [left] = labelSpan(px(ticks[i]), label(ticks[i]), width);
    if (left - right < TICK_GAP_PX) return false;
  }
  return true;
}

/**
 * The ticks to draw between lo and hi on an axis `width` px wide (the whole chart's width, where
 * a label is cut), placed at px(v) and labelled label(v).
 */
export function fittedLogTicks(
  lo: number,
  hi: number,
  px: (v: number) => number,
  label: (v: number) => string,
  width: number,
): number[] {
  const all = logTicks(lo, hi);
  if (fits(all, px, label, width)) return all;
  const decades = all.filter((v) => v === Number((10 ** Math.round(Math.log10(v))).toPrecision(6)));
  for (let every = 1; every < decades.length; every++) {
    const kept = decades.filter((_, i) => i % every === 0);
    if (fits(kept, px, label, width)) return kept;
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
