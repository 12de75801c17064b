/**
 * The log-spaced bucket of a value, exactly as `floor(Math.log(v / min) / Math.log(ratio))`
 * computes it, without calling Math.log for nearly every value (issue 16: the histogram's log was
 * ~7 % of a run, ten-odd records per request).
 *
 * How: a value's exponent and the top K bits of its mantissa (its top 32-bit word, shifted) name a
 * cell of relative width ≤ 2^-K, chosen below the bucket's width (ratio − 1), so a cell holds at
 * most one bucket edge. A table gives each cell the bucket of its low end and the edge inside it,
 * if any. Edges are placed approximately (min · e^(i·ln ratio), within ~1e-14 relative of the
 * real edge) and each gets a guard band of ±1e-9 relative: a value in a band, or in a cell whose
 * low end is in one, takes the formula itself. Outside the bands the formula cannot disagree
 * with the table: its rounding (log within 1 ulp, two divisions) moves the quotient by ~1e-11 of
 * a bucket, while the band is ~1e-6 of one (1e-9 / ln 1.001). So the result is the formula's,
 * bit for bit, for every value — the golden runs check it end to end, a property test value by
 * value near every edge.
 */

/** Relative half-width of the guard band around each edge. */
const GUARD = 1e-9;
/** Scratch for reading a double's top word. */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/** The fast path reads the top word of a double; on a big-endian machine it is word 0. */
const HI = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;

export class LogBuckets {
  readonly #min: number;
  readonly #lnRatio: number;
  readonly #last: number;
  /** Values at or above this take the formula (the top buckets, near the clamp). */
  readonly #fastBelow: number;
  readonly #shift: number;
  readonly #base: number;
  /** Per cell: bucket of its low end, or −1 when the cell must take the formula. */
  readonly #cellBucket: Int32Array;
  /** Per cell: the edge inside it (the next bucket starts there), or MAX_VALUE when none. */
  readonly #cellEdge: Float64Array;

  /** Buckets 0 … buckets − 1 from `min` growing by `ratio`; the last one also takes all above. */
  constructor(min: number, ratio: number, buckets: number) {
    this.#min = min;
    this.#lnRatio = Math.log(ratio);
    this.#last = buckets - 1;
    const edge = (i: number): number => min * Math.exp(i * this.#lnRatio);
    this.#fastBelow = edge(Math.max(0, buckets - 2));
    // K mantissa bits: cells narrower than a bucket (2^-K < ratio − 1), so at most one edge each.
    let k = 0;
    while (2 ** -k >= ratio - 1 && k < 20) k++;
    this.#shift = 20 - k;
    this.#base = this.#topBits(min);
    const cells = this.#topBits(this.#fastBelow) - this.#base + 1;
    this.#cellBucket = new Int32Array(cells);
    this.#cellEdge = new Float64Array(cells);
    let j = 0; // bucket of the current cell's low end
    for (let c = 0; c < cells; c++) {
      const lo = this.#cellLow(c);
      const hi = this.#cellLow(c + 1);
      while (j < this.#last && edge(j + 1) <= lo) j++;
      const below = edge(j);
      const next = edge(j + 1);
      const nextNext = edge(j + 2);
      // An edge just above the cell counts as inside it: values near it take the formula.
      const inside = next < hi * (1 + 4 * GUARD);
      // Take the formula for the whole cell when an edge is at its low end, or a second edge is
      // in or near it, or near the top bucket.
      const unsafe =
        lo - below < lo * 4 * GUARD ||
        next - lo < lo * 4 * GUARD ||
        (inside && nextNext < hi * (1 + 4 * GUARD)) ||
        j + 2 > this.#last;
      this.#cellBucket[c] = unsafe ? -1 : j;
      this.#cellEdge[c] = inside ? next : Number.MAX_VALUE;
    }
  }

  /** The formula itself. */
  exact(v: number): number {
    const i = Math.floor(Math.log(v / this.#min) / this.#lnRatio);
    return i > this.#last ? this.#last : i;
  }

  /** Bucket of v (v ≥ min). */
  index(v: number): number {
    if (v >= this.#fastBelow) return this.exact(v);
    f64[0] = v;
    const c = (u32[HI] >>> this.#shift) - this.#base;
    const i = this.#cellBucket[c];
    if (i < 0) return this.exact(v);
    const e = this.#cellEdge[c];
    if (v < e * (1 - GUARD)) return i;
    if (v < e * (1 + GUARD)) return this.exact(v);
    return i + 1;
  }

  /** Exponent and top mantissa bits of a positive double: its cell number before the offset. */
  #topBits(v: number): number {
    f64[0] = v;
    return u32[HI] >>> this.#shift;
  }

  /** The smallest double in cell c. */
  #cellLow(c: number): number {
    u32[HI] = ((c + this.#base) << this.#shift) >>> 0;
    u32[1 - HI] = 0;
    return f64[0];
  }
}

const shared = new Map<string, LogBuckets>();

/** One table per (min, ratio, buckets): histograms of the same shape share it. */
export function logBuckets(min: number, ratio: number, buckets: number): LogBuckets {
  const key = `${min} ${ratio} ${buckets}`;
  let b = shared.get(key);
  if (b === undefined) shared.set(key, (b = new LogBuckets(min, ratio, buckets)));
  return b;
}
