/**
 * A worker that is watched: if it throws an uncaught error, fails to decode a message, or stops
 * answering while a call is in flight (a watchdog), every pending call rejects with WorkerLost and
 * a fresh worker takes its place. Without this a dead worker left the page waiting forever.
 *
 * Calls go through `call(fn)`, which races the Comlink call against the worker's death, and
 * `alive()` (from a progress callback) feeds the watchdog. The model reports progress at least
 * every few hundred thousand events, so a healthy run is never silent for WATCHDOG_MS.
 */
import * as Comlink from 'comlink';

/** ms a call may go without an answer or a sign of life before the worker is replaced. */
export const WATCHDOG_MS = 20_000;

export type LostReason = 'crashed' | 'unresponsive';

export class WorkerLost extends Error {
  constructor(readonly reason: LostReason) {
    super(`the simulation worker ${reason === 'crashed' ? 'crashed' : 'stopped answering'}`);
    this.name = 'WorkerLost';
  }
}

/** The part of a Worker this needs (a fake one in unit tests). */
export interface WorkerLike {
  addEventListener(type: 'error' | 'messageerror', listener: (e: Event) => void): void;
  terminate(): void;
}

export interface SupervisorOptions<Api, W extends WorkerLike> {
  create: () => W;
  /** Wraps a worker into its typed proxy (Comlink.wrap; a fake in unit tests). */
  wrap: (worker: W) => Comlink.Remote<Api>;
  watchdogMs?: number;
  /** Told each time a worker is replaced. */
  onLost?: (reason: LostReason) => void;
}

export class SupervisedWorker<Api, W extends WorkerLike = WorkerLike> {
  #opts: SupervisorOptions<Api, W>;
  #worker!: W;
  #remote!: Comlink.Remote<Api>;
  /** Rejects the calls in flight on the current worker. */
  #lose: ((reason: LostReason) => void) | null = null;
  #died!: Promise<never>;
  #pending = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #disposed = false;
  /** How many times a worker was replaced. */
  restarts = 0;

  constructor(opts: SupervisorOptions<Api, W>) {
    this.#opts = opts;
    this.#start();
  }

  /** The current worker's proxy, for calls that need no supervision (cancel). */
  get remote(): Comlink.Remote<Api> {
    return this.#remote;
  }

  /** Runs one call on the current worker; rejects with WorkerLost if the worker dies meanwhile. */
  async call<T>(fn: (remote: Comlink.Remote<Api>) => Promise<T>): Promise<T> {
    this.#pending += 1;
    this.alive();
    try {
      return await Promise.race([fn(this.#remote), this.#died]);
    } finally {
      this.#pending -= 1;
      if (this.#pending === 0) this.#disarm();
      else this.alive();
    }
  }

  /** A sign of life from the worker: restarts the watchdog while calls are in flight. */
  alive(): void {
    this.#disarm();
    if (this.#pending === 0 || this.#disposed) return;
    this.#timer = setTimeout(
      () => this.#replace('unresponsive'),
      this.#opts.watchdogMs ?? WATCHDOG_MS,
    );
  }

  dispose(): void {
    this.#disposed = true;
    this.#disarm();
    this.#remote[Comlink.releaseProxy]();
    this.#worker.terminate();
  }

  #start(): void {
    const worker = this.#opts.create();
    this.#worker = worker;
    this.#remote = this.#opts.wrap(worker);
    this.#died = new Promise<never>((_, reject) => {
      this.#lose = (reason) => reject(new WorkerLost(reason));
    });
    // Nobody may be awaiting it when the worker dies between calls.
    this.#died.catch(() => {});
    const onError = (e: Event): void => {
      if (this.#worker !== worker) return;
      e.preventDefault();
      this.#replace('crashed');
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
  }

  #replace(reason: LostReason): void {
    if (this.#disposed) return;
    this.#disarm();
    const lose = this.#lose;
    this.#worker.terminate();
    this.restarts += 1;
    this.#start();
    lose?.(reason);
    this.#opts.onLost?.(reason);
  }

  #disarm(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
