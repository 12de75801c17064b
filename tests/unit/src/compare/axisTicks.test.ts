import { scaleLog } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { fittedLogTicks, TICK_CHAR_PX, tickAnchor } from '../../../../src/lib/compare/axisTicks.ts';
import { durationText } from '../../../../src/lib/format.ts';
import { logTicks } from '../../../../src/lib/logTicks.ts';

const ms = (v: number): string => durationText(v, 'en');
/** The chart's plot: its left margin 56 px, right 14 px (CompareHistogram.svelte). */
const axis = (lo: number, hi: number, width: number) =>
  scaleLog()
    .domain([lo, hi])
    .range([56, width - 14]);

/** The tour's first step: A around 5 ms, B around 200 ms; buckets from 0.8 ms to 600 ms. */
const [LO, HI] = [0.8, 600];

/** Neighbouring labels, centred on their ticks, that touch or overlap. */
function clashes(ticks: number[], x: (v: number) => number): string[] {
  const out: string[] = [];
  for (let i = 1; i < ticks.length; i++) {
    const half = (v: number) => (ms(v).length * TICK_CHAR_PX) / 2;
    if (x(ticks[i]) - half(ticks[i]) < x(ticks[i - 1]) + half(ticks[i - 1]))
      out.push(`${ms(ticks[i - 1])} × ${ms(ticks[i])}`);
  }
  return out;
}

describe('the A/B latency chart’s axis', () => {
  test('on a phone its labels do not overlap: the 1-2-5 ticks thin to powers of ten', () => {
    const x = axis(LO, HI, 340);
    // What the chart drew: every 1-2-5 tick, "50 ms" over "100 ms" over "200 ms".
    expect(clashes(logTicks(LO, HI), x)).not.toEqual([]);
    const ticks = fittedLogTicks(LO, HI, x, ms);
    expect(clashes(ticks, x)).toEqual([]);
    expect(ticks).toEqual([1, 10, 100]);
  });

  test('on a desktop it keeps every 1-2-5 tick', () => {
    const x = axis(LO, HI, 800);
    expect(fittedLogTicks(LO, HI, x, ms)).toEqual(logTicks(LO, HI));
  });

  test('a very narrow chart keeps every other power of ten, never none', () => {
    const x = axis(0.001, 10_000, 150);
    const ticks = fittedLogTicks(0.001, 10_000, x, ms);
    expect(ticks.length).toBeGreaterThan(0);
    expect(clashes(ticks, x)).toEqual([]);
  });

  test('the last label is anchored at its end when centring would cut it at the edge', () => {
    expect(tickAnchor(326, '500 ms', 340)).toBe('end');
    expect(tickAnchor(200, '500 ms', 340)).toBe('middle');
    expect(tickAnchor(5, '0.5 ms', 340)).toBe('start');
  });
});
