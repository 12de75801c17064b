/**
 * A second simulation worker for the long studies — the calibration table and fitting a profile
 * to a pasted benchmark output — so they never cancel or slow the lab's own runs. A study is many
 * ordinary simulate() calls; the search and the table live in report/ (DOM-free, shared with the
 * CLI) and are handed `simulate` from here. The worker starts on first use; `stop()` ends the
 * study in flight at once by terminating it (the next call starts a fresh one).
 */
import * as Comlink from 'comlink';
import type { Scenario, SimApi, SimResult } from '../../workers/api.ts';
import { SupervisedWorker } from './worker/supervisedWorker.ts';
import { createSimWorker } from './workers.ts';

/** Progress reports per run (each one feeds the watchdog). */
const PROGRESS_EVERY = 2000;

export class StudyStopped extends Error {
  constructor() {
    super('the study was stopped');
    this.name = 'StudyStopped';
  }
}

export class StudyClient {
  #worker: SupervisedWorker<SimApi, Worker> | null = null;
  #nextId = 1;
  /** Rejects the runs in flight when stop() ends them (a terminated worker never answers). */
  #stopped = StudyClient.#stopSignal();

  static #stopSignal(): { promise: Promise<never>; stop: () => void } {
    let stop = (): void => {};
    const promise = new Promise<never>((_, reject) => {
      stop = () => reject(new StudyStopped());
    });
    promise.catch(() => {}); // nobody may be waiting when it fires
    return { promise, stop };
  }

  #get(): SupervisedWorker<SimApi, Worker> {
    this.#worker ??= new SupervisedWorker<SimApi, Worker>({
      create: createSimWorker,
      wrap: (worker) => Comlink.wrap<SimApi>(worker),
    });
    return this.#worker;
  }

  /** One run of the model, without sampled journeys (studies read the summary only). */
  simulate = async (scenario: Scenario): Promise<SimResult> => {
    const worker = this.#get();
    const runId = this.#nextId++;
    const alive = Comlink.proxy(() => worker.alive());
    return Promise.race([
      worker.call((r) =>
        r.simulate(scenario, { runId, journeys: 0, progressEvery: PROGRESS_EVERY }, alive),
      ),
      this.#stopped.promise,
    ]);
  };

  /** Ends whatever study runs now. */
  stop(): void {
    this.#stopped.stop();
    this.#stopped = StudyClient.#stopSignal();
    this.#worker?.dispose();
    this.#worker = null;
  }
}
