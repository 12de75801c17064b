/**
 * One simulation as a pool job: runs a scenario on one worker's API, reports its progress, and
 * turns an abort into the worker's cancel(runId) so the worker stops at its next progress point
 * instead of finishing a run nobody waits for. Typed over the facade's shape, not over Comlink,
 * so tests can hand it a plain in-process API.
 */
import type {
  BudgetEstimate,
  Progress,
  RunOptions,
  Scenario,
  SimResult,
} from '../../../workers/api.ts';
import { AbortedError } from '../pool/workerPool.ts';

/** What a job needs from a worker: the facade's estimate, simulate and cancel (possibly remote). */
export interface SimWorkerApi {
  estimateBudget(scenario: Scenario): BudgetEstimate | Promise<BudgetEstimate>;
  simulate(
    scenario: Scenario,
    options: RunOptions,
    onProgress?: (p: Progress) => void | Promise<void>,
  ): Promise<SimResult>;
  cancel(runId: number): void | Promise<void>;
}

/** How often a pooled run reports progress (and can be cancelled): ~20 times a run. */
export function poolProgressEvery(total: number): number {
  return Math.max(1_000, Math.ceil(total / 20));
}

/**
 * A point the model's run budget refuses before it starts (workers/model/budget.ts), carrying the
 * estimate so the page can say why and what to change in the reader's language (budgetText.ts).
 */
export class PointRefused extends Error {
  constructor(readonly estimate: BudgetEstimate) {
    super(`too large to simulate: ${estimate.events} events (limit ${estimate.limit})`);
    this.name = 'PointRefused';
  }
}

let nextRunId = 1;

/**
 * The job. `wrapProgress` turns the callback into what may cross to the worker (Comlink.proxy in
 * the browser, the identity in tests). Sweeps draw no chain, so no journeys are sampled.
 */
export function simulateJob(
  scenario: Scenario,
  onProgress: (fraction: number) => void,
  wrapProgress: (f: (p: Progress) => void) => (p: Progress) => void | Promise<void> = (f) => f,
): (api: SimWorkerApi, signal: AbortSignal) => Promise<SimResult> {
  return async (api, signal) => {
    // Asked first, as the lab asks before each run: a refusal is then data, not an English message.
    const estimate = await api.estimateBudget(scenario);
    if (estimate.over !== null) throw new PointRefused(estimate);
    // A stop that came in while the estimate was asked: the run must not start.
    if (signal.aborted) throw new AbortedError();
    const runId = nextRunId++;
    const cancel = (): void => void api.cancel(runId);
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return await api.simulate(
        scenario,
        { runId, journeys: 0, progressEvery: poolProgressEvery(scenario.total) },
        wrapProgress((p) => onProgress(p.fraction)),
      );
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  };
}
