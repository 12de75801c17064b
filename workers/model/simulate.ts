/**
 * simulate(): validate the scenario, build the cluster, run the closed loop to `total` requests,
 * collect the result. Yields to the caller every `progressEvery` completions so a worker can
 * receive a cancel between slices.
 */
import type { Progress, SimResult } from './result.ts';
import type { Scenario } from './scenario.ts';
import { maybeScenario } from './validate.ts';

export interface SimOptions {
  /** How many request journeys to sample for the animation (bounded; default 400). */
  journeys?: number;
  /** Called every `progressEvery` completed requests; awaited, so it is also a yield point. */
  onProgress?: (p: Progress) => void | Promise<void>;
  progressEvery?: number;
  /** Checked after every progress call; when it returns true the run stops with CancelledError. */
  isCancelled?: () => boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'CancelledError';
  }
}

export async function simulate(input: Scenario, _options: SimOptions = {}): Promise<SimResult> {
  maybeScenario(input);
  throw new Error('the read-path model is being written');
}
