/**
 * The pool of bcrypt workers: one per core the browser reports, at most MAX_POOL, each running
 * real bcryptjs (workers/bcrypt.worker.ts) behind Comlink. Hashing never runs on the main thread.
 * The scheduling lives in jobQueue.ts; this file only owns the Worker objects.
 *
 * The password goes to each worker once (`hold`) and stays there. Stopping terminates the workers
 * — a compare in progress cannot be interrupted any other way — and with them the password; the
 * next run starts fresh workers.
 */
import * as Comlink from 'comlink';
import type { BcryptWorkerApi, CompareTiming } from '../../workers/contract/bcrypt.ts';
import type { Lane } from './jobQueue.ts';
import type { Hasher } from './costLab.ts';
import { createBcryptWorker } from './workers.ts';
import { poolSizeFor } from './pool/poolSize.ts';

export type BcryptRemote = Comlink.Remote<BcryptWorkerApi>;

function spawn(): { worker: Worker; remote: BcryptRemote } {
  const worker = createBcryptWorker();
  return { worker, remote: Comlink.wrap<BcryptWorkerApi>(worker) };
}

/** What the lab needs from a pool (BcryptPool; a fake in unit tests). */
export interface Pool {
  readonly size: number;
  /** Starts the workers if needed and hands each the password. */
  open(password: string): Promise<void>;
  /** The first worker, for hashing and the cost lab's one-core measurements. */
  first(): Hasher;
  /** One lane per worker, each comparing against a hash. */
  lanes(): Lane<string, CompareTiming>[];
  /** Drops the password in every worker, keeping the workers. */
  forget(): Promise<void>;
  /** Kills every worker at once (and the password with it). */
  close(): void;
}

export class BcryptPool implements Pool {
  readonly size: number;
  #workers: { worker: Worker; remote: BcryptRemote }[] = [];

  constructor(size = poolSizeFor(navigator.hardwareConcurrency)) {
    this.size = size;
  }

  async open(password: string): Promise<void> {
    if (this.#workers.length === 0) this.#workers = Array.from({ length: this.size }, spawn);
    await Promise.all(this.#workers.map((w) => w.remote.hold(password)));
  }

  first(): Hasher {
    const w = this.#workers[0];
    if (!w) throw new Error('the bcrypt pool is closed: open it first');
    return w.remote;
  }

  lanes(): Lane<string, CompareTiming>[] {
    return this.#workers.map((w) => ({ run: (hash: string) => w.remote.compare(hash) }));
  }

  async forget(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.remote.forget()));
  }

  close(): void {
    for (const w of this.#workers) {
      w.remote[Comlink.releaseProxy]();
      w.worker.terminate();
    }
    this.#workers = [];
  }
}
