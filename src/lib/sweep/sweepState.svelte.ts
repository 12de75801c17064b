/**
 * A sweep in the app: its plan, the outcome of every point as it finishes, progress, stop. Points
 * run on a WorkerPool (one simulation per worker, the main thread free); the pool is kept between
 * sweeps so workers start once, and rebuilt when the learner picks another number of workers.
 * Starting a sweep or stopping stops the sweep before it; the pool's jobs are cancelled in their
 * workers, and answers that arrive after a stop are dropped (scheduler.ts).
 */
import type { SimResult } from '../../../workers/contract/result.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import type { SweepPlan } from '../../../workers/contract/sweep.ts';
import type { WorkerPool } from '../pool/workerPool.ts';
import { runSweep, type Outcome } from './scheduler.ts';
import { simulateJob, type SimWorkerApi } from './simJob.ts';
import type { Progress } from '../../../workers/contract/result.ts';

export { MAX_POOL, poolSizeFor } from '../pool/poolSize.ts';

export type WrapProgress = (f: (p: Progress) => void) => (p: Progress) => void | Promise<void>;

export type SweepPhase = 'idle' | 'running' | 'done' | 'stopped';

export class SweepState {
  plan = $state.raw<SweepPlan | null>(null);
  /** The experiment swept (A for an A/B sweep), as it was when the sweep started. */
  base = $state.raw<Scenario | null>(null);
  /** Outcomes by plan index; undefined until the point finishes. */
  outcomes = $state.raw<(Outcome<SimResult> | undefined)[]>([]);
  phase = $state<SweepPhase>('idle');
  /** 0..1 of the sweep's work, counting the part of every running point. */
  progress = $state(0);
  /** Wall-clock ms the last finished sweep took (shown to the learner, never tested). */
  elapsedMs = $state<number | null>(null);
  /** Workers the next sweep uses. */
  workers = $state(1);
  /** Workers the sweep on screen ran on. */
  workersUsed = $state(1);

  #makePool: (size: number) => WorkerPool<SimWorkerApi>;
  #wrap: WrapProgress;
  #pool: WorkerPool<SimWorkerApi> | null = null;
  #controller: AbortController | null = null;
  /** Fraction done of each running point; read only to sum `progress`, so not reactive. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain tally, `progress` is the state
  #partial = new Map<number, number>();

  constructor(
    makePool: (size: number) => WorkerPool<SimWorkerApi>,
    defaultWorkers: number,
    wrap: WrapProgress = (f) => f,
  ) {
    this.#makePool = makePool;
    this.#wrap = wrap;
    this.workers = defaultWorkers;
  }

  get running(): boolean {
    return this.phase === 'running';
  }

  get finished(): number {
    return this.outcomes.filter((o) => o !== undefined).length;
  }

  /** Runs a plan; resolves when it has finished or was stopped (with no work left behind). */
  async start(plan: SweepPlan, base: Scenario): Promise<void> {
    this.stop();
    const controller = new AbortController();
    this.#controller = controller;
    this.plan = plan;
    this.base = base;
    this.outcomes = plan.points.map(() => undefined);
    this.progress = 0;
    this.elapsedMs = null;
    this.phase = 'running';
    this.#partial.clear();
    const pool = this.#poolOfSize(this.workers);
    this.workersUsed = pool.size;
    const began = performance.now();
    const run = await runSweep(
      plan.points,
      (point, signal) =>
        pool.run(
          simulateJob(
            point.scenario,
            (f) => this.#onProgress(controller, point.index, f),
            this.#wrap,
          ),
          signal,
        ),
      controller.signal,
      (point, outcome) => {
        const next = this.outcomes.slice();
        next[point.index] = outcome;
        this.outcomes = next;
        this.#partial.delete(point.index);
        this.#updateProgress();
      },
    );
    if (this.#controller !== controller) return;
    this.#controller = null;
    this.phase = run.stopped ? 'stopped' : 'done';
    if (!run.stopped) this.elapsedMs = performance.now() - began;
  }

  /** Stops the running sweep: queued points never start, running ones are cancelled. */
  stop(): void {
    if (this.#controller === null) return;
    this.#controller.abort();
    this.#controller = null;
    if (this.phase === 'running') this.phase = 'stopped';
  }

  /** Forgets the sweep on screen. */
  clear(): void {
    this.stop();
    this.plan = null;
    this.base = null;
    this.outcomes = [];
    this.phase = 'idle';
  }

  dispose(): void {
    this.stop();
    this.#pool?.dispose();
    this.#pool = null;
  }

  #poolOfSize(size: number): WorkerPool<SimWorkerApi> {
    if (this.#pool !== null && this.#pool.size === size) return this.#pool;
    this.#pool?.dispose();
    this.#pool = this.#makePool(size);
    return this.#pool;
  }

  #onProgress(controller: AbortController, index: number, fraction: number): void {
    if (this.#controller !== controller) return;
    this.#partial.set(index, fraction);
    this.#updateProgress();
  }

  #updateProgress(): void {
    const total = this.outcomes.length;
    if (total === 0) return;
    let partial = 0;
    for (const f of this.#partial.values()) partial += f;
    this.progress = Math.min(1, (this.finished + partial) / total);
  }
}
