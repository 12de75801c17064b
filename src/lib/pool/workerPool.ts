/**
 * A pool of workers, generic over the API each one exposes (a Comlink.Remote<…> in the browser, a
 * plain object in tests), so the simulation pool and the bcrypt pool can share it. A job is a
 * function of one worker's API and an AbortSignal; the pool runs at most one job per worker, in
 * submission order, creating workers lazily up to `size`.
 *
 * Cancellation leaves no orphan work: aborting a job that waits in the queue removes it (it never
 * starts); aborting a running job passes the abort to the job, which must tell its worker to stop
 * (the simulation's cancel(runId)), and the worker is handed to the next job only once the job has
 * settled — so a worker never runs two jobs, and `busy` and `queued` are 0 once all jobs settle.
 *
 * No DOM, no timers: the scheduling is pure and unit-tested with fake workers.
 */

/** One worker: its API and how to end it. */
export interface PoolWorker<Api> {
  readonly api: Api;
  terminate(): void;
}

export type PoolJob<Api, T> = (api: Api, signal: AbortSignal) => Promise<T>;

/** What an aborted job rejects with (DOMException is not in Node's types for every target). */
export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortError';
  }
}

interface Waiting<Api> {
  start: (worker: PoolWorker<Api>) => void;
  abandon: () => void;
}

export class WorkerPool<Api> {
  readonly size: number;
  #create: () => PoolWorker<Api>;
  #idle: PoolWorker<Api>[] = [];
  #all: PoolWorker<Api>[] = [];
  #queue: Waiting<Api>[] = [];
  #busy = 0;
  #disposed = false;

  constructor(create: () => PoolWorker<Api>, size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`invalid pool size: ${size} (allowed: integers ≥ 1)`);
    this.#create = create;
    this.size = size;
  }

  /** Jobs running now. */
  get busy(): number {
    return this.#busy;
  }
  /** Jobs waiting for a worker. */
  get queued(): number {
    return this.#queue.length;
  }
  /** Workers created so far (at most `size`). */
  get workers(): number {
    return this.#all.length;
  }

  /** Runs `job` on the next free worker. Rejects with AbortedError if aborted before it starts. */
  run<T>(job: PoolJob<Api, T>, signal?: AbortSignal): Promise<T> {
    if (this.#disposed) return Promise.reject(new Error('the worker pool was disposed'));
    if (signal?.aborted) return Promise.reject(new AbortedError());
    const inner = new AbortController();
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => {
        inner.abort();
        const at = this.#queue.indexOf(waiting);
        if (at >= 0) {
          this.#queue.splice(at, 1);
          reject(new AbortedError());
        }
      };
      const waiting: Waiting<Api> = {
        start: (worker) => {
          this.#busy += 1;
          let settled: Promise<T>;
          try {
            settled = job(worker.api, inner.signal);
          } catch (e) {
            settled = Promise.reject(e);
          }
          // The worker is free again before the caller hears the answer, so `busy` is already
          // down when an awaiting caller resumes.
          const done = (): void => {
            signal?.removeEventListener('abort', onAbort);
            this.#busy -= 1;
            this.#release(worker);
          };
          settled.then(
            (value) => {
              done();
              resolve(value);
            },
            (e: unknown) => {
              done();
              reject(e);
            },
          );
        },
        abandon: () => reject(new Error('the worker pool was disposed')),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(waiting);
      this.#pump();
    });
  }

  /** Ends every worker and refuses every waiting job. Running jobs reject as their workers die. */
  dispose(): void {
    this.#disposed = true;
    for (const w of this.#queue.splice(0)) w.abandon();
    for (const worker of this.#all) worker.terminate();
    this.#all = [];
    this.#idle = [];
  }

  #release(worker: PoolWorker<Api>): void {
    if (this.#disposed) return;
    this.#idle.push(worker);
    this.#pump();
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (worker === undefined && this.#all.length < this.size) {
        worker = this.#create();
        this.#all.push(worker);
      }
      if (worker === undefined) return;
      const next = this.#queue.shift();
      if (next === undefined) {
        this.#idle.push(worker);
        return;
      }
      next.start(worker);
    }
  }
}
