/**
 * A seeded pseudo-random generator (mulberry32: 32-bit state, period 2^32, fast and good enough
 * for arrival jitter). Passed into the model, which has no other source of randomness, so the same
 * seed always gives the same run — what makes permalinks and tests trustworthy.
 */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = (seed | 0) ^ 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Exponentially distributed with the given mean (inter-arrival times of a Poisson stream). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}
