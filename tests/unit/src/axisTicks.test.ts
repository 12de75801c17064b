import { scaleLog } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { fittedLogTicks, tickAnchor } from '../../../src/lib/axisTicks.ts';
import { durationText } from '../../../src/lib/format.ts';
import { logTicks } from '../../../src/lib/logTicks.ts';

const ms = (v: number): string => durationText(v, 'en');
/** A chart's plot: left margin 56 px (A/B) or 66 px (one run), right 14 px. */
const axis = (lo: number, hi: number, width: number, left = 56) =>
  scaleLog()
    .domain([lo, hi])
    .range([left, width - 14]);

/** A label's width in DejaVu Sans at 11 px (Chromium's sans-serif on Debian), px. */
function drawnWidth(text: string): number {
  const advance: Record<string, number> = { ',': 3.5, '.': 3.5, ' ': 3.5, m: 10.7, s: 5.7 };
  return [...text].reduce((w, c) => w + (advance[c] ?? 7.0), 0);
}

/** Where a label is drawn, anchored as the charts anchor it. */
function drawn(x: number, text: string, width: number): [number, number] {
  const w = drawnWidth(text);
  const anchor = tickAnchor(x, text, width);
  return anchor === 'end' ? [x - w, x] : anchor === 'start' ? [x, x + w] : [x - w / 2, x + w / 2];
}

/** Neighbouring labels that come closer than 2 px, or a label past the chart's edges. */
function clashes(ticks: number[], x: (v: number) => number, width: number): string[] {
  const out: string[] = [];
  const spans = ticks.map((v) => drawn(x(v), ms(v), width));
  spans.forEach(([l, r], i) => {
    if (l < 0 || r > width) out.push(`${ms(ticks[i])} × edge`);
    if (i > 0 && l - spans[i - 1][1] < 2) out.push(`${ms(ticks[i - 1])} × ${ms(ticks[i])}`);
  });
  return out;
}

/** The tour's first step: A around 5 ms, B around 200 ms; buckets from 0.8 ms to 600 ms. */
const [LO, HI] = [0.8, 600];

describe('a latency chart’s log axis', () => {
  test('on a phone its labels do not overlap: the 1-2-5 ticks thin to powers of ten', () => {
    const x = axis(LO, HI, 340);
    // What the A/B chart drew: every 1-2-5 tick, "50 ms" over "100 ms" over "200 ms".
    expect(clashes(logTicks(LO, HI), x, 340)).not.toEqual([]);
    const ticks = fittedLogTicks(LO, HI, x, ms, 340);
    expect(clashes(ticks, x, 340)).toEqual([]);
    expect(ticks).toEqual([1, 10, 100]);
  });

  test('no two labels meet as Chromium draws them, edge labels anchored inside', () => {
    // Domains from the tour at 390 px: step 1 (A/B), step 3 (one run up to 16 s: "500 ms",
    // "1,000 ms", "2,000 ms", "5,000 ms" overlapped), step 11 (0.1 ms to 1.2 s: "100 ms" and
    // "1,000 ms" met once the last label was anchored at its end).
    for (const [lo, hi] of [
      [0.8, 600],
      [200, 17_000],
      [0.1, 1_300],
      [0.02, 8],
    ])
      for (let width = 280; width <= 400; width += 10)
        for (const left of [56, 66]) {
          const x = axis(lo, hi, width, left);
          const ticks = fittedLogTicks(lo, hi, x, ms, width);
          expect(ticks.length).toBeGreaterThan(0);
          expect(clashes(ticks, x, width), `${lo}–${hi} ms at ${width} px`).toEqual([]);
        }
  });

  test('on a desktop it keeps every 1-2-5 tick', () => {
    const x = axis(LO, HI, 800);
    expect(fittedLogTicks(LO, HI, x, ms, 800)).toEqual(logTicks(LO, HI));
  });

  test('a very narrow chart keeps every other power of ten, never none', () => {
    const x = axis(0.001, 10_000, 150);
    const ticks = fittedLogTicks(0.001, 10_000, x, ms, 150);
    expect(ticks.length).toBeGreaterThan(0);
    expect(clashes(ticks, x, 150)).toEqual([]);
  });

  test('the last label is anchored at its end when centring would cut it at the edge', () => {
    expect(tickAnchor(326, '500 ms', 340)).toBe('end');
    expect(tickAnchor(200, '500 ms', 340)).toBe('middle');
    expect(tickAnchor(5, '0.5 ms', 340)).toBe('start');
  });
});
