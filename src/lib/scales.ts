/**
 * The three scales the first screen uses (the chain's lanes, its queue bars, the log sliders),
 * written out rather than taken from d3-scale: d3-scale's interpolators bring d3-interpolate,
 * d3-color and d3-format with them, ≈ 11 kB gzipped of the first load's 60 kB budget (issue 16)
 * for three formulas. Each follows d3-scale 4's arithmetic step for step (continuous.js bimap,
 * band.js rescale), so values are bit-identical to it — tests/unit/src/scales.test.ts checks them
 * against d3-scale, which the charts further down the page still use.
 */

/** A map from an interval of the domain onto an interval of the range, d3's bimap. */
type Map1 = (x: number) => number;

/** d3 normalize(a, b): x ↦ (x − a) / (b − a); the middle, 0.5, when a = b. */
function normalize(a: number, b: number): Map1 {
  const d = b - a;
  if (d) return (x) => (x - a) / d;
  const half = Number.isNaN(d) ? NaN : 0.5;
  return () => half;
}

/** d3-interpolate's interpolateNumber(a, b): t ↦ a·(1 − t) + b·t. */
function lerp(a: number, b: number): Map1 {
  return (t) => a * (1 - t) + b * t;
}

/** d3's bimap: a descending domain is turned around together with its range. */
function bimap(domain: readonly [number, number], range: readonly [number, number]): Map1 {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const n = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const i = d1 < d0 ? lerp(r1, r0) : lerp(r0, r1);
  return (x) => i(n(x));
}

function clamper(a: number, b: number): Map1 {
  const lo = a > b ? b : a;
  const hi = a > b ? a : b;
  return (x) => Math.max(lo, Math.min(hi, x));
}

export interface ContinuousScale {
  (x: number): number;
  invert(y: number): number;
}

function continuous(
  domain: readonly [number, number],
  range: readonly [number, number],
  clamp: boolean,
  transform: Map1,
  untransform: Map1,
): ContinuousScale {
  const c = clamp ? clamper(domain[0], domain[1]) : (x: number) => x;
  const td: [number, number] = [transform(domain[0]), transform(domain[1])];
  const output = bimap(td, range);
  const input = bimap(range, td);
  const scale = (x: number): number => output(transform(c(x)));
  scale.invert = (y: number): number => c(untransform(input(y)));
  return scale;
}

const identity: Map1 = (x) => x;

/** d3.scaleLinear().domain(domain).range(range), clamped when asked. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { clamp = false }: { clamp?: boolean } = {},
): ContinuousScale {
  return continuous(domain, range, clamp, identity, identity);
}

/** d3.scaleLog().domain(domain).range(range) for a positive domain, clamped when asked. */
export function logScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  { clamp = false }: { clamp?: boolean } = {},
): ContinuousScale {
  if (!(domain[0] > 0 && domain[1] > 0))
    throw new RangeError(`a log scale needs a positive domain, got [${domain.join(', ')}]`);
  return continuous(domain, range, clamp, Math.log, Math.exp);
}

export interface BandScale {
  /** Start of the band of domain value `v`, or undefined for a value not in the domain. */
  (v: number): number | undefined;
  bandwidth: number;
  step: number;
}

/**
 * d3.scaleBand().domain(domain).range(range).paddingInner(paddingInner): bands of equal width
 * with gaps of paddingInner · step between them, no outer padding, centred (align 0.5), unrounded.
 */
export function bandScale(
  domain: readonly number[],
  range: readonly [number, number],
  paddingInner = 0,
): BandScale {
  const n = domain.length;
  const reverse = range[1] < range[0];
  let start = reverse ? range[1] : range[0];
  const stop = reverse ? range[0] : range[1];
  const step = (stop - start) / Math.max(1, n - paddingInner);
  start += (stop - start - step * (n - paddingInner)) * 0.5;
  const values = Array.from({ length: n }, (_, i) => start + step * i);
  if (reverse) values.reverse();
  const at = new Map<number, number>();
  domain.forEach((v, i) => {
    if (!at.has(v)) at.set(v, values[i]);
  });
  const scale = (v: number): number | undefined => at.get(v);
  scale.bandwidth = step * (1 - paddingInner);
  scale.step = step;
  return scale;
}
