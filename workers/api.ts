/**
 * The facade the UI calls through Comlink, and the plain-data types it exchanges.
 * Everything crossing the worker boundary is structured-clone-safe plain data; callbacks cross
 * as Comlink proxies.
 */
import { bcryptMs, COSTS } from './model/costs.ts';
import { estimateBudget } from './model/budget.ts';
import type { BudgetEstimate } from './contract/budget.ts';
import { simulate as runModel, type SimOptions } from './model/simulate.ts';
import type { Progress, SimResult } from './contract/result.ts';
import type { Scenario } from './contract/scenario.ts';
import { maybeScenario } from './contract/validate.ts';
import { packJourneys, type PackedJourneys } from './contract/journeyWire.ts';

export type { Progress, SimResult } from './contract/result.ts';
export type { Scenario } from './contract/scenario.ts';
export type { SimOptions };
export type { BudgetEstimate } from './contract/budget.ts';
export type { PackedJourneys } from './contract/journeyWire.ts';

/** A result as the page receives it: the journeys packed into one typed array (journeyWire.ts). */
export type PackedResult = Omit<SimResult, 'journeys'> & { journeys: PackedJourneys };

/**
 * The model run in the caller's own thread, for Node callers (the CLI, the scripts): the same
 * function the worker runs, with plain callbacks instead of Comlink proxies.
 */
export const runInProcess = runModel;

/** The scenario fields that decide what one compare costs a member. */
export type BcryptFields = Pick<Scenario, 'bcryptCost' | 'bcrypt10Ms' | 'bcryptSpeed'>;

export interface BcryptEstimate {
  cost: number;
  /** ms of one member core per compare, as the Authenticate stage spends it */
  msPerCompare: number;
  /** compares per second one member core can do */
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
  /**
   * What running `scenario` would cost, before it runs: a run whose `over` is set is refused by
   * simulate() too; the app asks first so it can say why in the reader's language.
   */
  estimateBudget(scenario: Scenario): BudgetEstimate {
    return estimateBudget(maybeScenario(scenario), COSTS);
  },

  /**
   * What one bcrypt compare costs a member core in the scenario: the same function the
   * Authenticate stage runs, on a core of the scenario's speed. Bad fields throw ScenarioError.
   */
  estimateBcrypt(fields: BcryptFields): BcryptEstimate {
    const s = maybeScenario({
      bcryptCost: fields.bcryptCost,
      bcrypt10Ms: fields.bcrypt10Ms,
      bcryptSpeed: fields.bcryptSpeed,
    });
    const ms = bcryptMs(s) / s.bcryptSpeed;
    return { cost: s.bcryptCost, msPerCompare: ms, perCorePerSecond: 1000 / ms };
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

  /**
   * simulate() with the journeys packed for the trip to the page (journeyWire.ts, issue 16): the
   * page's thread then receives one block of memory instead of ~20,000 small objects.
   */
  async simulatePacked(
    scenario: Scenario,
    options: RunOptions,
    onProgress?: (p: Progress) => void | Promise<void>,
  ): Promise<PackedResult> {
    const result = await api.simulate(scenario, options, onProgress);
    return { ...result, journeys: packJourneys(result.journeys) };
  },

  /** Asks a running simulation to stop at its next progress point. */
  cancel(runId: number): void {
    cancelled.add(runId);
  },
};

export type SimApi = typeof api;
