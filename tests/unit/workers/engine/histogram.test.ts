/**
 * Histogram: constant memory, bounded relative error. Invariants under test: every benchmark
 * percentile (etcd pkg/report's nearest rank: the first 0-based index i with i·100/n ≥ p) is
 * within 1 % of the exact sorted-sample value — within ±(√ratio − 1) as the file states; count,
 * sum, mean, min and max are exact; stddev is the population stddev; countBetween reproduces the
 * report's 11-row histogram up to values within 1 % of a bound; memory does not grow.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Histogram } from '../../../../workers/engine/histogram.ts';
import { rankFor } from '../../../../workers/contract/percentile.ts';
import { Rng } from '../../../../workers/engine/rng.ts';

const PCTLS = [10, 25, 50, 75, 90, 95, 99, 99.9];

/**
 * etcd pkg/report's percentile over sorted samples: the first i with float64(i)·100/n ≥ p. When no
 * index qualifies (small n, high p) etcd leaves the line out; the histogram reports the slowest
 * sample then, so the reference does too.
 */
function nearestRank(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  for (let i = 0; i < n; i++) if ((i * 100) / n >= p) return sorted[i];
  return sorted[n - 1];
}

/** The bounds of etcd's 11-row response-time histogram, as workers/model/collect.ts builds them. */
function reportBounds(fastest: number, slowest: number): number[] {
  return Array.from({ length: 11 }, (_, i) =>
    i === 10 ? slowest : fastest + (i * (slowest - fastest)) / 10,
  );
}

/** The exact value of a finite double as an integer multiple of 2^-1100. */
function scaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (exp > 0) mant |= 1n << 52n;
  const e = exp > 0 ? exp - 1075 : -1074;
  return mant << BigInt(e + 1100);
}

function bitLength(v: bigint): number {
  return v.toString(2).length;
}

function isqrt(v: bigint): bigint {
  if (v < 2n) return v;
  let x = 1n << BigInt(Math.ceil(bitLength(v) / 2));
  for (;;) {
    const y = (x + v / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Population stddev computed exactly in integers, rounded once at the end. */
function exactStddev(xs: readonly number[]): number {
  const n = BigInt(xs.length);
  let s = 0n;
  let s2 = 0n;
  for (const x of xs) {
    const m = scaled(x);
    s += m;
    s2 += m * m;
  }
  const num = n * s2 - s * s; // variance = num / (n² · 2^2200)
  if (num === 0n) return 0;
  const k = 200;
  const r = isqrt(num << BigInt(2 * k)); // √num · 2^k
  const shift = bitLength(r) - 60;
  return (Number(r >> BigInt(shift)) / xs.length) * 2 ** (shift - 1100 - k);
}

function filled(xs: readonly number[], ratio?: number): Histogram {
  const h = new Histogram(ratio);
  for (const x of xs) h.record(x);
  return h;
}

function relErr(got: number, want: number): number {
  return Math.abs(got - want) / want;
}

/** Latencies from 0.1 µs to 1000 s: uniform doubles, log-uniform ones, and the two ends. */
const latency = fc.oneof(
  fc.double({ min: 1e-4, max: 1e6, noNaN: true }),
  fc.double({ min: -4, max: 6, noNaN: true }).map((e) => Math.min(1e6, Math.max(1e-4, 10 ** e))),
  fc.constantFrom(1e-4, 1, 1e6),
);
/** Sample sets of 1 to 5000 values, about half of them small (where rank rounding bites). */
const samples = fc
  .oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 5000 }))
  .chain((n) => fc.array(latency, { minLength: n, maxLength: n }));

describe('Histogram', () => {
  test('every percentile at 10 … 99.9 is within 1 % (and ±(√ratio − 1)) of the exact nearest-rank value (property)', () => {
    fc.assert(
      fc.property(samples, (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        for (const ratio of [1.01, 1.001]) {
          const h = filled(xs, ratio);
          const bound = Math.sqrt(ratio) - 1; // 0.499 % and 0.050 %
          for (const p of PCTLS) {
            const want = nearestRank(sorted, p);
            const err = relErr(h.percentile(p), want);
            expect(err, `ratio ${ratio}, p${p}, n ${xs.length}`).toBeLessThanOrEqual(0.01);
            expect(err, `ratio ${ratio}, p${p}, n ${xs.length}`).toBeLessThanOrEqual(
              bound * (1 + 1e-9),
            );
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('every percentile lies within [min, max] (property)', () => {
    fc.assert(
      fc.property(samples, (xs) => {
        const h = filled(xs);
        for (const p of PCTLS) {
          expect(h.percentile(p)).toBeGreaterThanOrEqual(h.min);
          expect(h.percentile(p)).toBeLessThanOrEqual(h.max);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('a single repeated value is reported exactly at every percentile, not as its bucket middle', () => {
    for (const v of [0.37, 1, 123.456]) {
      const h = filled(new Array<number>(500).fill(v));
      for (const p of PCTLS) expect(h.percentile(p)).toBe(v);
    }
  });

  test('the percentile picks the etcd rank: 100 samples 1..100 give p10 = 11, p50 = 51, p99 = 100, p99.9 = 100', () => {
    // First i with i·100/100 ≥ p: i = 10 → sorted[10] = 11, and so on; p99.9 has no such i < 100.
    const h = filled(Array.from({ length: 100 }, (_, i) => i + 1));
    const want = [11, 26, 51, 76, 91, 96, 100, 100];
    PCTLS.forEach((p, j) => expect(relErr(h.percentile(p), want[j])).toBeLessThan(0.005));
    expect(h.percentile(99)).toBe(100); // the last rank is the exact max
  });

  test('count, sum, mean, min and max are exact (property)', () => {
    fc.assert(
      fc.property(samples, (xs) => {
        const h = filled(xs);
        let sum = 0;
        for (const x of xs) sum += x;
        expect(h.count).toBe(xs.length);
        expect(h.sum).toBe(sum);
        expect(h.mean).toBe(sum / xs.length);
        expect(h.min).toBe(Math.min(...xs));
        expect(h.max).toBe(Math.max(...xs));
      }),
      { numRuns: 100 },
    );
  });

  test('stddev is the population stddev within 1e-9 relative (property)', () => {
    fc.assert(
      fc.property(samples, (xs) => {
        const want = exactStddev(xs);
        const got = filled(xs).stddev;
        // When the spread is at rounding level (values a few ulps apart) no float algorithm keeps
        // relative precision: allow 1e-12 of the largest value there.
        const tol = 1e-9 * want + 1e-12 * Math.max(...xs);
        expect(Math.abs(got - want), `want ${want}, got ${got}`).toBeLessThanOrEqual(tol);
      }),
      { numRuns: 100 },
    );
  });

  test('stddev of 2, 4, 4, 4, 5, 5, 7, 9 is exactly 2 and of equal values exactly 0', () => {
    expect(filled([2, 4, 4, 4, 5, 5, 7, 9]).stddev).toBe(2);
    expect(filled([1e-4, 1e-4, 1e-4]).stddev).toBe(0);
    expect(filled(new Array<number>(1000).fill(0.1)).stddev).toBe(0);
    expect(filled([42]).stddev).toBe(0);
  });

  test('stddev stays accurate for a tight distribution: 10⁶ latencies of 1000 ms ± 10 µs', () => {
    const rng = new Rng(7);
    const xs = Array.from({ length: 1_000_000 }, () => 1000 + rng.next() * 0.01);
    // Two-pass reference (etcd's report computes it this way), accurate to ~1e-14 here.
    let sum = 0;
    for (const x of xs) sum += x;
    const mean = sum / xs.length;
    let ss = 0;
    for (const x of xs) ss += (x - mean) * (x - mean);
    const want = Math.sqrt(ss / xs.length);
    expect(want).toBeGreaterThan(0.00288);
    expect(want).toBeLessThan(0.00289); // 0.01 / √12
    expect(relErr(filled(xs).stddev, want)).toBeLessThan(1e-9);
  });

  test('countBetween with the report bounds sums to count and misplaces only values within 1 % of a bound (property)', () => {
    fc.assert(
      fc.property(samples, (xs) => {
        const h = filled(xs);
        const bounds = reportBounds(h.min, h.max);
        const rows = h.countBetween(bounds);
        expect(rows).toHaveLength(11);
        expect(rows.reduce((a, b) => a + b, 0)).toBe(xs.length);
        // Rows up to k hold every value clearly at or below bound k and none clearly above it.
        let cum = 0;
        for (let k = 0; k < 10; k++) {
          cum += rows[k];
          const surely = xs.filter((x) => x * 1.01 <= bounds[k]).length;
          const atMost = xs.filter((x) => x <= bounds[k] * 1.01).length;
          expect(cum, `rows 0..${k}`).toBeGreaterThanOrEqual(surely);
          expect(cum, `rows 0..${k}`).toBeLessThanOrEqual(atMost);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('countBetween puts each value in the first row whose bound it does not exceed, the rest in the last', () => {
    const h = filled([1.5, 2.5, 2.6, 9, 50, 51, 99, 500]);
    expect(h.countBetween([1, 2, 3, 10, 100])).toEqual([0, 1, 2, 1, 4]);
    expect(h.countBetween([1000])).toEqual([8]);
  });

  test('zeros are counted apart: percentiles of their ranks are 0, they fall in the first row, and the stats include them', () => {
    const h = filled([0, 0, 0, 5, 10]);
    expect(h.count).toBe(5);
    expect(h.zeros).toBe(3);
    expect(h.min).toBe(0);
    expect(h.max).toBe(10);
    expect(h.mean).toBe(3);
    expect(relErr(h.stddev, 4)).toBeLessThan(1e-12); // √((25 + 100)/5 − 9)
    // Sorted 0, 0, 0, 5, 10; the first i with 20·i ≥ p: p10 → 1, p25 → 2, p50 → 3, p75 → 4.
    expect(h.percentile(10)).toBe(0);
    expect(h.percentile(25)).toBe(0);
    expect(relErr(h.percentile(50), 5)).toBeLessThan(0.005);
    expect(h.percentile(75)).toBe(10);
    expect(h.countBetween([0, 6, 10])).toEqual([3, 1, 1]);
    const c = h.coarse(1);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(c.counts[0]).toBeGreaterThanOrEqual(3);
  });

  test('an empty histogram reports zeros and no bins', () => {
    const h = new Histogram();
    expect([h.count, h.mean, h.stddev, h.percentile(50), h.percentile(99.9)]).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(h.coarse()).toEqual({ edgesMs: [], counts: [] });
  });

  test('memory does not grow: the counts array is the same length after 1 and after 10⁶ records', () => {
    const h = new Histogram();
    h.record(1);
    const counts = h.counts;
    const length = counts.length;
    // 10 ns to 1e8 ms in steps of 1 %: ⌈ln(1e13) / ln(1.01)⌉ + 1 buckets.
    expect(length).toBe(Math.ceil(Math.log(1e13) / Math.log(1.01)) + 1);
    expect(length).toBe(3010);
    const rng = new Rng(3);
    for (let i = 1; i < 1_000_000; i++) h.record(rng.exponential(5) + (i % 1000) * 1e3);
    expect(h.count).toBe(1_000_000);
    expect(h.counts).toBe(counts);
    expect(h.counts.length).toBe(length);
    expect(new Histogram(1.001).counts.length).toBe(
      Math.ceil(Math.log(1e13) / Math.log(1.001)) + 1,
    );
  });

  test('values beyond the top bucket are kept in it and the max stays exact', () => {
    const h = filled([1, 1e9, 2e9]);
    expect(h.max).toBe(2e9);
    expect(h.percentile(99)).toBe(2e9);
    expect(h.counts[h.counts.length - 1]).toBe(2);
  });

  test('coarse bins are log-spaced upper edges whose counts sum to count, empty ends trimmed', () => {
    const h = filled([2, 30, 50]);
    const c = h.coarse(1);
    expect(c.edgesMs.map((e) => Math.round(e))).toEqual([10, 100]);
    expect(c.counts).toEqual([1, 2]);
    const rng = new Rng(11);
    const g = new Histogram();
    for (let i = 0; i < 10_000; i++) g.record(rng.exponential(3));
    const d = g.coarse();
    expect(d.counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    for (let i = 1; i < d.edgesMs.length; i++) {
      expect(relErr(d.edgesMs[i] / d.edgesMs[i - 1], 10 ** 0.1)).toBeLessThan(1e-12);
    }
    expect(d.edgesMs[0]).toBeGreaterThan(g.min);
    expect(d.edgesMs[d.edgesMs.length - 2]).toBeLessThan(g.max);
    expect(d.edgesMs[d.edgesMs.length - 1]).toBeGreaterThanOrEqual(g.max);
  });
});

describe('rankFor', () => {
  test('is the first 0-based i with i·100/n ≥ p, compared in float64 as etcd does', () => {
    expect(rankFor(99.9, 1000)).toBe(999); // 999·100/1000 = 99.9 exactly
    expect(rankFor(99.9, 999)).toBe(999); // past the last sample: etcd leaves the line out
    expect(rankFor(10, 1)).toBe(1);
    expect(rankFor(50, 100)).toBe(50);
    expect(rankFor(10, 100)).toBe(10);
    for (let n = 1; n < 300; n++)
      for (const p of [10, 25, 50, 75, 90, 95, 99, 99.9]) {
        const i = rankFor(p, n);
        expect((i * 100) / n >= p).toBe(true);
        if (i > 0) expect(((i - 1) * 100) / n < p).toBe(true);
      }
  });

  test('the report histogram’s first row holds the fastest sample, as etcd’s always does', () => {
    const h = new Histogram();
    for (const v of [1.0004, 2, 3, 4, 5]) h.record(v);
    const bounds = Array.from({ length: 11 }, (_, i) => h.min + (i * (h.max - h.min)) / 10);
    expect(h.countBetween(bounds)[0]).toBe(1);
  });
});
