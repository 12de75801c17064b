/**
 * BcryptLab: the state of the real-bcrypt lab — the cost measurement and the login storm — over a
 * pool of workers. One activity at a time (two would share the cores and spoil both numbers).
 * `stop()` ends whatever runs at once: it cancels the queue, kills the workers (a compare in
 * progress cannot be interrupted otherwise) and the password with them. The password is passed in
 * per run, handed to the workers, and kept nowhere here.
 */
import type { ScheduleMode } from './jobQueue.ts';
import { CancelledError, JobQueue } from './jobQueue.ts';
import type { CompareTiming } from '../../workers/contract/bcrypt.ts';
import { labCosts, measureCosts, type CostPoint, type Hasher } from './costLab.ts';
import { runStorm, type StormProgress, type StormStats } from './loginStorm.ts';
import type { Pool } from './bcryptPool.ts';

export type LabActivity = 'idle' | 'measuring' | 'storming';
export const STORM_MODES: readonly ScheduleMode[] = ['serialised', 'pool'];

/** How the last activity ended. */
export type LabEnd = 'none' | 'done' | 'stopped' | 'failed';

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class BcryptLab {
  readonly #pool: Pool;
  readonly #now: () => number;
  #queue: JobQueue<string, CompareTiming> | null = null;
  #abort: AbortController | null = null;

  activity = $state<LabActivity>('idle');
  ended = $state<LabEnd>('none');
  /** 0..1 of the running measurement. */
  progress = $state(0);
  error = $state<string | null>(null);
  /** The cost lab's points, in cost order, as they arrive. */
  points = $state.raw<CostPoint[]>([]);
  /** The storm's finished modes, and the mode in progress. */
  storm = $state.raw<Partial<Record<ScheduleMode, StormStats>>>({});
  live = $state.raw<StormProgress | null>(null);
  /** The cost and client count the storm on screen ran with. */
  stormSetup = $state.raw<{ cost: number; clients: number } | null>(null);

  constructor(pool: Pool, now: () => number) {
    this.#pool = pool;
    this.#now = now;
  }

  get size(): number {
    return this.#pool.size;
  }
  get busy(): boolean {
    return this.activity !== 'idle';
  }

  /** Measures one compare at each lab cost on one worker (13 and 14 only with `includeHigh`). */
  async measure(password: string, includeHigh: boolean): Promise<void> {
    const signal = this.#begin('measuring');
    this.points = [];
    await this.#guard(signal, async () => {
      await this.#stoppable(signal, this.#pool.open(password));
      const first = this.#pool.first();
      const hasher: Hasher = {
        hash: (cost: number) => this.#stoppable(signal, first.hash(cost)),
        compare: (hash: string) => this.#stoppable(signal, first.compare(hash)),
      };
      await measureCosts(hasher, labCosts(includeHigh), {
        onProgress: (f) => {
          if (!signal.aborted) this.progress = f;
        },
        onPoint: (p) => {
          if (!signal.aborted) this.points = [...this.points, p];
        },
      });
    });
  }

  /** `clients` logins at once against one real hash at `cost`: behind one lock, then pooled. */
  async runStorm(password: string, cost: number, clients: number): Promise<void> {
    const signal = this.#begin('storming');
    this.storm = {};
    this.live = null;
    this.stormSetup = { cost, clients };
    await this.#guard(signal, async () => {
      await this.#stoppable(signal, this.#pool.open(password));
      const { hash } = await this.#stoppable(signal, this.#pool.first().hash(cost));
      for (const mode of STORM_MODES) {
        const queue = new JobQueue(this.#pool.lanes(), mode);
        this.#queue = queue;
        const stats = await runStorm(queue, mode, hash, clients, this.#now, (p) => {
          if (!signal.aborted) this.live = p;
        });
        if (signal.aborted) return;
        this.storm = { ...this.storm, [mode]: stats };
        this.live = null;
      }
    });
  }

  /** Ends the running activity now; the numbers measured so far stay on screen. */
  stop(): void {
    if (!this.#abort) return;
    this.#abort.abort();
    this.#abort = null;
    this.#queue?.cancel();
    this.#queue = null;
    this.#pool.close();
    this.activity = 'idle';
    this.live = null;
    this.ended = 'stopped';
  }

  /** Stops and kills the workers (the lab was closed or the page is going). */
  dispose(): void {
    this.stop();
    this.#pool.close();
  }

  #begin(activity: LabActivity): AbortSignal {
    this.stop();
    const abort = new AbortController();
    this.#abort = abort;
    this.activity = activity;
    this.ended = 'none';
    this.progress = 0;
    this.error = null;
    return abort.signal;
  }

  /** Runs an activity; on its end drops the password from the workers and records how it ended. */
  async #guard(signal: AbortSignal, body: () => Promise<void>): Promise<void> {
    try {
      await body();
      if (signal.aborted) return;
      this.progress = 1;
      await this.#pool.forget();
      this.ended = 'done';
    } catch (e) {
      if (signal.aborted || e instanceof CancelledError) return;
      this.error = messageOf(e);
      this.ended = 'failed';
      this.#pool.close();
    } finally {
      if (!signal.aborted) {
        this.activity = 'idle';
        this.#abort = null;
        this.#queue = null;
      }
    }
  }

  /** A worker's answer, or CancelledError as soon as the activity is stopped. */
  #stoppable<T>(signal: AbortSignal, p: Promise<T>): Promise<T> {
    if (signal.aborted) return Promise.reject(new CancelledError());
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(new CancelledError());
      signal.addEventListener('abort', onAbort, { once: true });
      p.then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        },
        (e: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
      );
    });
  }
}
