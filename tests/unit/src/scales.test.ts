/**
 * The first screen's own scales must give exactly what d3-scale gives (the slider positions, the
 * chain's lanes and bars were d3's before issue 16 moved them out of the first load): the same
 * doubles for any domain, range and input, forwards and inverted, clamped or not.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import { bandScale, linearScale, logScale } from '../../../src/lib/scales.ts';

const num = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const pos = fc.double({ min: 1e-6, max: 1e9, noNaN: true });

describe('linearScale equals d3.scaleLinear', () => {
  test('forwards and inverted, clamped or not, any domain and range (property)', () => {
    fc.assert(
      fc.property(num, num, num, num, num, fc.boolean(), (d0, d1, r0, r1, x, clamp) => {
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(clamp);
        const ours = linearScale([d0, d1], [r0, r1], { clamp });
        expect(ours(x)).toBe(d3(x));
        expect(ours.invert(x)).toBe(d3.invert(x));
      }),
      { numRuns: 2000 },
    );
  });

  test('a zero-width domain maps to the middle of the range, as d3 does', () => {
    expect(linearScale([3, 3], [0, 10])(7)).toBe(scaleLinear().domain([3, 3]).range([0, 10])(7));
    expect(linearScale([3, 3], [0, 10])(7)).toBe(5);
  });
});

describe('logScale equals d3.scaleLog', () => {
  test('forwards and inverted, clamped or not, ascending or descending (property)', () => {
    fc.assert(
      fc.property(pos, pos, num, num, pos, num, fc.boolean(), (d0, d1, r0, r1, x, y, clamp) => {
        const d3 = scaleLog().domain([d0, d1]).range([r0, r1]).clamp(clamp);
        const ours = logScale([d0, d1], [r0, r1], { clamp });
        expect(ours(x)).toBe(d3(x));
        expect(ours.invert(y)).toBe(d3.invert(y));
      }),
      { numRuns: 2000 },
    );
  });

  test('refuses a domain that is not positive, naming it', () => {
    expect(() => logScale([0, 10], [0, 1])).toThrow(/positive domain, got \[0, 10\]/);
  });
});

describe('bandScale equals d3.scaleBand with inner padding', () => {
  test('every band start, the bandwidth and the step (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        num,
        num,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, r0, r1, pad) => {
          const domain = Array.from({ length: n }, (_, i) => i);
          const d3 = scaleBand<number>().domain(domain).range([r0, r1]).paddingInner(pad);
          const ours = bandScale(domain, [r0, r1], pad);
          expect(ours.bandwidth).toBe(d3.bandwidth());
          expect(ours.step).toBe(d3.step());
          for (const v of [...domain, n, -1]) expect(ours(v)).toBe(d3(v));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
