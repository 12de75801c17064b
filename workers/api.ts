/**
 * The facade the UI calls through Comlink, and the plain-data types it exchanges.
 * Everything crossing the worker boundary is structured-clone-safe plain data; callbacks cross
 * as Comlink proxies.
 */
import { COSTS, bcryptMs } from './model/costs.ts';
import { simulate as runModel, type SimOptions } from './model/simulate.ts';
import type { Progress, SimResult } from './contract/result.ts';
import type { Scenario } from './contract/scenario.ts';

export type { Progress, SimResult } from './contract/result.ts';
export type { Scenario } from './contract/scenario.ts';
export type { SimOptions };

/**
 * The model run in the caller's own thread, for Node callers (the CLI, the scripts): the same
 * function the worker runs, with plain callbacks instead of Comlink proxies.
 */
export const runInProcess = runModel;

/** bcrypt's allowed cost range (golang.org/x/crypto/bcrypt MinCost..MaxCost). */
export const BCRYPT_COST_RANGE = { min: 4, max: 31 } as const;

export interface BcryptEstimate {
  cost: number;
  /** ms of one core per compare */
  msPerCompare: number;
  /** compares per second one core can do */
  perCorePerSecond: number;
}

export interface RunOptions {
  /** Identifies the run so `cancel(runId)` can stop it. */
  runId: number;
  journeys?: number;
  progressEvery?: number;
}

const cancelled = new Set<number>();

export const api = {
  /** What one bcrypt compare costs at `cost`, from the shared cost table. */
  estimateBcrypt(cost: number): BcryptEstimate {
    if (!Number.isInteger(cost) || cost < BCRYPT_COST_RANGE.min || cost > BCRYPT_COST_RANGE.max) {
      throw new RangeError(
        `invalid bcryptCost: ${cost} (allowed: integers ${BCRYPT_COST_RANGE.min}..${BCRYPT_COST_RANGE.max})`,
      );
    }
    const ms = bcryptMs(COSTS, cost);
    return { cost, msPerCompare: ms, perCorePerSecond: 1000 / ms };
  },

  /**
   * Runs one scenario. `onProgress` (a Comlink proxy from the UI) is awaited between slices;
   * that round trip is what lets a `cancel` message in while a run is under way.
   */
  async simulate(
    scenario: Scenario,
    options: RunOptions,
    onProgress?: (p: Progress) => void | Promise<void>,
  ): Promise<SimResult> {
    const opts: SimOptions = {
      journeys: options.journeys,
      progressEvery: options.progressEvery,
      onProgress,
      isCancelled: () => cancelled.has(options.runId),
    };
    try {
      return await runModel(scenario, opts);
    } finally {
      cancelled.delete(options.runId);
    }
  },

  /** Asks a running simulation to stop at its next progress point. */
  cancel(runId: number): void {
    cancelled.add(runId);
  },
};

export type SimApi = typeof api;
