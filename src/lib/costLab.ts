/**
 * The cost lab's procedure and what follows from it, apart from any Worker (tests pass fakes).
 *
 * At each cost, on one worker (one core): hash the password at that cost (a warm-up that also
 * makes the hash), compare once more untimed (the JIT and caches settle), then time `runsAt(cost)`
 * compares and keep their median — robust to one run disturbed by another process.
 */
import { median } from 'd3-array';
import {
  GO_BCRYPT10_MS,
  HIGH_COST_FROM,
  LAB_COSTS,
  msAtCost,
  type CompareTiming,
} from '../../workers/contract/bcrypt.ts';
import { PARAMS } from '../../workers/contract/params.ts';

/** The part of a bcrypt worker the cost lab uses. */
export interface Hasher {
  hash(cost: number): Promise<{ hash: string; ms: number }>;
  compare(hash: string): Promise<CompareTiming>;
}

export interface CostPoint {
  cost: number;
  /** Median of the timed compares, ms. */
  medianMs: number;
  /** Every timed compare, ms, in the order measured. */
  runsMs: number[];
}

/** The costs to measure: 4..12, and 13..14 only when asked (seconds per compare). */
export function labCosts(includeHigh: boolean): number[] {
  const out: number[] = [];
  for (let c = LAB_COSTS.min; c <= LAB_COSTS.max; c++)
    if (includeHigh || c < HIGH_COST_FROM) out.push(c);
  return out;
}

/** Timed compares at a cost: five, or three where one takes seconds. */
export function runsAt(cost: number): number {
  return cost >= HIGH_COST_FROM ? 3 : 5;
}

/** Relative work of measuring one cost: its calls (hash, warm-up, timed runs) × 2^cost. */
function work(cost: number): number {
  return (runsAt(cost) + 2) * 2 ** cost;
}

export interface MeasureHooks {
  /** 0..1 of the whole measurement's work, after every call. */
  onProgress?: (fraction: number) => void;
  /** Each cost's point as soon as it is measured. */
  onPoint?: (point: CostPoint) => void;
}

/** Measures each cost in turn; rejects if the hasher does (a stop terminates the worker). */
export async function measureCosts(
  hasher: Hasher,
  costs: readonly number[],
  hooks: MeasureHooks = {},
): Promise<CostPoint[]> {
  const total = costs.reduce((sum, c) => sum + work(c), 0);
  let done = 0;
  const step = (cost: number): void => {
    done += 2 ** cost;
    hooks.onProgress?.(total > 0 ? done / total : 1);
  };
  const points: CostPoint[] = [];
  for (const cost of costs) {
    const { hash } = await hasher.hash(cost);
    step(cost);
    await hasher.compare(hash);
    step(cost);
    const runsMs: number[] = [];
    for (let i = 0; i < runsAt(cost); i++) {
      const r = await hasher.compare(hash);
      if (!r.ok) throw new Error('a compare did not match its own hash');
      runsMs.push(r.ms);
      step(cost);
    }
    const point = { cost, medianMs: median(runsMs) ?? Number.NaN, runsMs };
    points.push(point);
    hooks.onPoint?.(point);
  }
  return points;
}

/**
 * The measurement that speaks for `cost`: the one at `cost` when there is one (what the
 * simulation will run), else the highest cost measured (the least overhead per compare).
 */
export function basisPoint(points: readonly CostPoint[], cost: number): CostPoint | null {
  let best: CostPoint | null = null;
  for (const p of points) {
    if (p.cost === cost) return p;
    if (best === null || p.cost > best.cost) best = p;
  }
  return best;
}

/** This device's time at cost 10, scaled from the basis point for `cost` (doubling per step). */
export function deviceMs10(points: readonly CostPoint[], cost: number): number | null {
  const p = basisPoint(points, cost);
  return p === null ? null : p.medianMs / 2 ** (p.cost - 10);
}

/** Go's reference at a cost (the cost table's 50 ms at cost 10, doubling per step). */
export function goMs(cost: number): number {
  return msAtCost(GO_BCRYPT10_MS, cost);
}

/**
 * The scenario's bcrypt10Ms that makes a member core of raw compute speed `bcryptSpeed` take this
 * device's time (the model divides by bcryptSpeed), to three significant digits, inside the
 * parameter's range.
 */
export function bcrypt10MsFor(ms10: number, bcryptSpeed: number): number {
  const { min, max } = PARAMS.bcrypt10Ms;
  const v = Number((ms10 * bcryptSpeed).toPrecision(3));
  return Math.min(max, Math.max(min, v));
}
