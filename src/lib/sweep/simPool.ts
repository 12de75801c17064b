/**
 * The browser's pool of simulation workers: each one the same worker file as the lab's own
 * (workers/sim.worker.ts, started by workers.ts), wrapped by Comlink and supervised like the lab's
 * (worker/supervisedWorker.ts): a worker that crashes or goes silent is replaced, and the point it
 * was running is run once more on the fresh worker before it is reported as failed. Only this file
 * knows about Worker and Comlink; the pool (pool/workerPool.ts) and the scheduler stay generic.
 */
import * as Comlink from 'comlink';
import type { Progress, SimApi } from '../../../workers/api.ts';
import { WorkerPool } from '../pool/workerPool.ts';
import { SupervisedWorker, WorkerLost, type WorkerLike } from '../worker/supervisedWorker.ts';
import { createSimWorker } from '../workers.ts';
import type { SimWorkerApi } from './simJob.ts';

/** How a pooled worker is made; the browser's by default, fakes in unit tests. */
export interface SimWorkerFactory<W extends WorkerLike> {
  create: () => W;
  wrap: (worker: W) => Comlink.Remote<SimApi>;
  watchdogMs?: number;
}

const browserWorkers: SimWorkerFactory<Worker> = {
  create: createSimWorker,
  wrap: (worker) => Comlink.wrap<SimApi>(worker),
};

/** One pooled worker's API: the facade's simulate and cancel, through its supervisor. */
export function supervisedSimApi<W extends WorkerLike>(
  sup: SupervisedWorker<SimApi, W>,
): SimWorkerApi {
  return {
    estimateBudget: (scenario) => sup.call((r) => r.estimateBudget(scenario)),
    async simulate(scenario, options, onProgress) {
      // Each progress report is also the worker's sign of life for the watchdog.
      const progress = Comlink.proxy((p: Progress) => {
        sup.alive();
        return onProgress?.(p);
      });
      try {
        return await sup.call((r) => r.simulate(scenario, options, progress));
      } catch (e) {
        if (!(e instanceof WorkerLost)) throw e;
        // Once more on the worker that replaced the lost one; a second loss is the point's error.
        return await sup.call((r) => r.simulate(scenario, options, progress));
      }
    },
    cancel: (runId) => sup.remote.cancel(runId),
  };
}

/** A pool of supervised simulation workers made by `factory`. */
export function createSupervisedPool<W extends WorkerLike>(
  size: number,
  factory: SimWorkerFactory<W>,
): WorkerPool<SimWorkerApi> {
  return new WorkerPool<SimWorkerApi>(() => {
    const sup = new SupervisedWorker<SimApi, W>(factory);
    return { api: supervisedSimApi(sup), terminate: () => sup.dispose() };
  }, size);
}

/** The browser's pool: the lab's own worker file, `size` of them at most. */
export const createSimPool = (size: number): WorkerPool<SimWorkerApi> =>
  createSupervisedPool(size, browserWorkers);

/** Progress callbacks cross to a worker as Comlink proxies. */
export const proxyProgress = (f: (p: Progress) => void): ((p: Progress) => void) =>
  Comlink.proxy(f);
