/**
 * The one door from the UI into the simulation worker. Owns the worker and its Comlink proxy;
 * components never touch Comlink. Results are $state.raw: replaced on every answer, never mutated.
 *
 * A run is two simulations: a quick estimate on at most QUICK_TOTAL requests (published at once,
 * so a slider move answers within a few hundred ms), then the full run, publishing progress.
 * Starting a run cancels the one before it; answers from a superseded run are dropped.
 */
import * as Comlink from 'comlink';
import { unpackResult } from './journeyPacks.ts';
import type {
  BcryptEstimate,
  BcryptFields,
  BudgetEstimate,
  Progress,
  Scenario,
  SimApi,
  SimResult,
} from '../../workers/api.ts';
import { SupervisedWorker, WorkerLost, type LostReason } from './worker/supervisedWorker.ts';
import { createSimWorker } from './workers.ts';

/** Requests in the quick first estimate of a run. */
export const QUICK_TOTAL = 20_000;

/** Where a run is: nothing yet, quick estimate, full run, finished, or failed. */
export type RunPhase = 'idle' | 'estimating' | 'refining' | 'done' | 'failed';

/** How often the model reports progress (and can be cancelled): ~50 times a run. */
function progressEvery(total: number): number {
  return Math.max(500, Math.ceil(total / 50));
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isCancelled(e: unknown): boolean {
  return e instanceof Error && e.name === 'CancelledError';
}

export class SimClient {
  #worker: SupervisedWorker<SimApi, Worker>;
  /** Bumped by every run(); an answer whose token is not the latest is dropped. */
  #token = 0;
  /** The worker-side id of the simulation in flight, to cancel it. */
  #inFlight: number | null = null;
  #nextId = 1;

  estimate = $state.raw<BcryptEstimate | null>(null);
  bcryptError = $state<string | null>(null);

  result = $state.raw<SimResult | null>(null);
  /** True while `result` is the quick estimate of a run that is still refining. */
  estimated = $state(false);
  phase = $state<RunPhase>('idle');
  /** 0..1 of the current simulation (the estimate, then the full run). */
  progress = $state(0);
  runError = $state<string | null>(null);
  /**
   * Set when the worker died during this experiment and a fresh one took over: 'crashed' or
   * 'unresponsive'. Cleared by the next experiment that runs to the end on a healthy worker.
   */
  lost = $state<LostReason | null>(null);
  /** True when the experiment lost its worker twice and was given up (phase 'failed'). */
  gaveUp = $state(false);
  /** The experiment was refused before it ran: it would not fit the run budget (phase 'failed'). */
  refused = $state.raw<BudgetEstimate | null>(null);

  constructor() {
    this.#worker = new SupervisedWorker<SimApi, Worker>({
      // Workers are created in one place, so the single-file build can inline every one of them.
      create: createSimWorker,
      wrap: (worker) => Comlink.wrap<SimApi>(worker),
    });
  }

  /** What one compare costs a member in the scenario, from the model (the card shows it). */
  async estimateBcrypt(fields: BcryptFields): Promise<void> {
    try {
      this.estimate = await this.#worker.call((r) => r.estimateBcrypt(fields));
      this.bcryptError = null;
    } catch (e) {
      this.bcryptError = messageOf(e);
    }
  }

  /**
   * Runs a scenario: cancels the previous run, publishes a quick estimate, then the full
   * result. Resolves with the full result, or null when superseded or failed.
   */
  async run(scenario: Scenario, retry = true): Promise<SimResult | null> {
    const token = ++this.#token;
    this.#cancelInFlight();
    // Reactive proxies cannot be structured-cloned: send a plain copy.
    const plain = $state.snapshot(scenario);
    const quick = plain.total > QUICK_TOTAL;
    this.runError = null;
    this.refused = null;
    this.progress = 0;
    this.phase = quick ? 'estimating' : 'refining';
    try {
      // Ask what the run would cost first: a refusal is said in the reader's language.
      const budget = await this.#worker.call((r) => r.estimateBudget(plain));
      if (token !== this.#token) return null;
      if (budget.over) {
        this.refused = budget;
        this.phase = 'failed';
        return null;
      }
      if (quick) {
        const estimate = await this.#simulate({ ...plain, total: QUICK_TOTAL }, token);
        if (token !== this.#token) return null;
        this.result = estimate;
        this.estimated = true;
        this.progress = 0;
        this.phase = 'refining';
      }
      const full = await this.#simulate(plain, token);
      if (token !== this.#token) return null;
      this.result = full;
      this.estimated = false;
      this.progress = 1;
      this.phase = 'done';
      if (retry) this.lost = null;
      this.gaveUp = false;
      return full;
    } catch (e) {
      if (token !== this.#token || isCancelled(e)) return null;
      if (e instanceof WorkerLost) {
        // A fresh worker is already in place: rerun once; a second loss on the same experiment
        // is given up rather than looped (the experiment itself may be what kills it).
        this.#inFlight = null;
        this.lost = e.reason;
        if (retry) return this.run(scenario, false);
        this.gaveUp = true;
        this.runError = e.message;
        this.phase = 'failed';
        return null;
      }
      this.runError = messageOf(e);
      this.phase = 'failed';
      return null;
    }
  }

  async #simulate(scenario: Scenario, token: number): Promise<SimResult> {
    const runId = this.#nextId++;
    this.#inFlight = runId;
    const onProgress = Comlink.proxy((p: Progress) => {
      this.#worker.alive();
      if (token === this.#token) this.progress = p.fraction;
    });
    try {
      const packed = await this.#worker.call((r) =>
        r.simulatePacked(
          scenario,
          { runId, progressEvery: progressEvery(scenario.total) },
          onProgress,
        ),
      );
      return unpackResult(packed);
    } finally {
      if (this.#inFlight === runId) this.#inFlight = null;
    }
  }

  #cancelInFlight(): void {
    if (this.#inFlight === null) return;
    void this.#worker.remote.cancel(this.#inFlight);
    this.#inFlight = null;
  }

  dispose(): void {
    this.#token += 1;
    this.#worker.dispose();
  }
}
