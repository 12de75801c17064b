/**
 * The browser's pool of simulation workers: each one the same worker file as the lab's own
 * (workers/sim.worker.ts, started by workers.ts), wrapped by Comlink. Only this file knows about
 * Worker and Comlink; the pool (pool/workerPool.ts) and the scheduler stay generic and testable.
 */
import * as Comlink from 'comlink';
import type { Progress, SimApi } from '../../../workers/api.ts';
import { WorkerPool } from '../pool/workerPool.ts';
import { createSimWorker } from '../workers.ts';
import type { SimWorkerApi } from './simJob.ts';

export function createSimPool(size: number): WorkerPool<SimWorkerApi> {
  return new WorkerPool<SimWorkerApi>(() => {
    // The same worker file as the lab's own, created where every worker is (workers.ts).
    const worker = createSimWorker();
    const api = Comlink.wrap<SimApi>(worker);
    return {
      api,
      terminate: () => {
        api[Comlink.releaseProxy]();
        worker.terminate();
      },
    };
  }, size);
}

/** Progress callbacks cross to a worker as Comlink proxies. */
export const proxyProgress = (f: (p: Progress) => void): ((p: Progress) => void) =>
  Comlink.proxy(f);
