/**
 * The bcrypt pool's scheduling, apart from any Worker so tests can drive it with fakes.
 *
 * Jobs start in the order they were submitted (FIFO), each on the lowest-numbered free lane (one
 * lane = one worker = one core's worth of hashing). Two modes:
 * - `pool`: as many jobs at once as there are lanes — etcd ≥ 3.4.9, where the bcrypt compare runs
 *   outside the backend lock and every core can check a password;
 * - `serialised`: one job at a time whatever the lanes — etcd ≤ 3.4.8, where the compare ran
 *   holding the backend BatchTx lock, so Authenticate calls queued for that one lock.
 * The queue is work-conserving: a lane it may use never idles while a job waits.
 * `cancel()` rejects every waiting and running job at once (the caller kills the workers, whose
 * answers would never come); answers that still arrive afterwards are dropped.
 */

export type ScheduleMode = 'serialised' | 'pool';

/** One worker as the queue sees it: runs one job at a time. */
export interface Lane<J, R> {
  run(job: J): Promise<R>;
}

/** Why a job's promise rejected: the run was stopped. */
export class CancelledError extends Error {
  constructor() {
    super('stopped');
    this.name = 'CancelledError';
  }
}

interface Entry<J, R> {
  job: J;
  resolve: (r: R) => void;
  reject: (e: unknown) => void;
}

export class JobQueue<J, R> {
  readonly #lanes: readonly Lane<J, R>[];
  readonly #busy: boolean[];
  readonly #waiting: Entry<J, R>[] = [];
  readonly #running = new Set<Entry<J, R>>();
  #cancelled = false;
  /** Jobs that may run at once: 1 behind the lock, every lane in the pool. */
  readonly limit: number;

  constructor(lanes: readonly Lane<J, R>[], mode: ScheduleMode) {
    if (lanes.length === 0) throw new RangeError('invalid lanes: at least one is needed');
    this.#lanes = lanes;
    this.#busy = lanes.map(() => false);
    this.limit = mode === 'serialised' ? 1 : lanes.length;
  }

  get running(): number {
    return this.#running.size;
  }
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Queues a job; resolves with its lane's answer, or rejects (CancelledError once cancelled). */
  submit(job: J): Promise<R> {
    if (this.#cancelled) return Promise.reject(new CancelledError());
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ job, resolve, reject });
      this.#pump();
    });
  }

  /** Rejects every waiting and running job with CancelledError; later submits reject too. */
  cancel(): void {
    this.#cancelled = true;
    const all = [...this.#running, ...this.#waiting.splice(0)];
    this.#running.clear();
    for (const e of all) e.reject(new CancelledError());
  }

  /** Starts waiting jobs, oldest first, while a lane is free and the mode allows. */
  #pump(): void {
    while (!this.#cancelled && this.#running.size < this.limit && this.#waiting.length > 0) {
      const lane = this.#busy.indexOf(false);
      if (lane < 0) return;
      const entry = this.#waiting.shift();
      if (!entry) return;
      this.#start(entry, lane);
    }
  }

  #start(entry: Entry<J, R>, lane: number): void {
    this.#busy[lane] = true;
    this.#running.add(entry);
    const settle = (): boolean => {
      this.#busy[lane] = false;
      const live = this.#running.delete(entry);
      this.#pump();
      return live;
    };
    let answer: Promise<R>;
    try {
      answer = this.#lanes[lane].run(entry.job);
    } catch (e) {
      answer = Promise.reject(e);
    }
    answer.then(
      (r) => {
        if (settle()) entry.resolve(r);
      },
      (e: unknown) => {
        if (settle()) entry.reject(e);
      },
    );
  }
}
