/**
 * LogBuckets: the table lookup must give exactly what the formula floor(ln(v / min) / ln ratio)
 * gives, for every value — a faster histogram with a different bucket now and then would move
 * percentiles of seeded runs. Checked at and around every bucket edge (where rounding decides),
 * at cell boundaries, and on random values over the whole range.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LogBuckets } from '../../../../workers/engine/logBuckets.ts';

const MIN = 1e-5;
const MAX = 1e8;

function bucketsFor(ratio: number): number {
  return Math.ceil(Math.log(MAX / MIN) / Math.log(ratio)) + 1;
}

/** The formula, written out here independently of the class. */
function formula(v: number, ratio: number, buckets: number): number {
  const i = Math.floor(Math.log(v / MIN) / Math.log(ratio));
  return Math.min(i, buckets - 1);
}

/** The double `steps` units in the last place above (or below, when negative) a positive v. */
function ulps(v: number, steps: number): number {
  const f = new Float64Array([v]);
  const i = new BigInt64Array(f.buffer);
  i[0] += BigInt(steps);
  return f[0];
}

describe('LogBuckets', () => {
  for (const ratio of [1.001, 1.01, 1.05]) {
    const n = bucketsFor(ratio);
    const b = new LogBuckets(MIN, ratio, n);

    // ~30 checks at each of up to 32,000 edges: a few seconds on a busy machine.
    test(`ratio ${ratio}: the formula's bucket at, just below and just above every edge`, () => {
      let checked = 0;
      let mismatches = 0;
      const check = (v: number): void => {
        if (!(v >= MIN)) return;
        checked++;
        if (b.index(v) !== formula(v, ratio, n)) mismatches++;
      };
      for (let i = 0; i <= n + 2; i++) {
        const edge = MIN * Math.exp(i * Math.log(ratio));
        // The approximate edge, a few ulps either side, and a little beyond the guard band.
        for (let k = -4; k <= 4; k++) check(ulps(edge, k));
        for (const rel of [1e-12, 1e-10, 2e-9, 1e-8, 1e-6, 1e-4])
          for (const sign of [-1, 1]) check(edge * (1 + sign * rel));
        // The real edge: the first double the formula puts in bucket i (bisect ±64 ulps).
        let below = -64;
        let above = 64;
        const want = Math.min(i, n - 1);
        while (above - below > 1) {
          const mid = (below + above) >> 1;
          if (formula(ulps(edge, mid), ratio, n) < want) below = mid;
          else above = mid;
        }
        check(ulps(edge, below));
        check(ulps(edge, above));
      }
      expect(checked).toBeGreaterThan(n * 20);
      expect(mismatches).toBe(0);
    }, 60_000);

    test(`ratio ${ratio}: the formula's bucket at every power of two and its neighbours`, () => {
      let mismatches = 0;
      for (let e = -17; e <= 28; e++)
        for (const m of [1, 1.25, 1.5, 1.75])
          for (let k = -2; k <= 2; k++) {
            const v = ulps(m * 2 ** e, k);
            if (v >= MIN && b.index(v) !== formula(v, ratio, n)) mismatches++;
          }
      expect(mismatches).toBe(0);
    });

    test(`ratio ${ratio}: the formula's bucket for any value from min to beyond the top (property)`, () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.double({ min: MIN, max: 1e10, noNaN: true }),
            // Log-uniform: every decade equally likely, not just the large ones.
            fc.double({ min: Math.log(MIN), max: Math.log(1e10), noNaN: true }).map(Math.exp),
          ),
          (v) => {
            fc.pre(v >= MIN);
            expect(b.index(v)).toBe(formula(v, ratio, n));
          },
        ),
        { numRuns: 20_000 },
      );
    });
  }

  test('values past the top bucket are clamped to it, as the formula clamps them', () => {
    const n = bucketsFor(1.01);
    const b = new LogBuckets(MIN, 1.01, n);
    for (const v of [MAX, 2 * MAX, 1e300, Number.MAX_VALUE])
      expect(b.index(v)).toBe(formula(v, 1.01, n));
    expect(b.index(1e300)).toBe(n - 1);
    expect(b.index(MIN)).toBe(0);
  });
});
