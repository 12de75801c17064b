import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { setMaxListeners } from 'node:events';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import { planSweep, type SweepPoint } from '../../../../workers/contract/sweep.ts';
import type { BudgetEstimate, Progress, RunOptions, SimResult } from '../../../../workers/api.ts';
import { WorkerPool, type PoolWorker } from '../../../../src/lib/pool/workerPool.ts';
import { runSweep } from '../../../../src/lib/sweep/scheduler.ts';
import { simulateJob, type SimWorkerApi } from '../../../../src/lib/sweep/simJob.ts';
import { fixtureResult } from '../fixtureResult.ts';

/**
 * Fake simulation workers. Each call's answer waits on fast-check's scheduler, which decides the
 * order in which running simulations finish. A cancel rejects the run as the real worker does
 * (CancelledError at its next progress point). The ledger checks the pool's promises: never two
 * runs on one worker, never more running than the pool's size.
 */
class Ledger {
  running = 0;
  peak = 0;
  started: number[] = [];
  cancelled: number[] = [];
  finished: number[] = [];
  startedAfterStop = 0;
  stopped = false;
}

/** Every scenario of these tests fits the run budget; only the scheduling is under test. */
const estimateFits = (scenario: Scenario): BudgetEstimate => ({
  simulatedMs: 1,
  timeLimitedBy: 'round-trips',
  readEvents: scenario.total,
  writeEvents: 0,
  writes: 0,
  events: scenario.total,
  limit: 120_000_000,
  over: null,
});

function fakeWorker(ledger: Ledger, s: fc.Scheduler, id: number): PoolWorker<SimWorkerApi> {
  let busy = false;
  const cancels = new Map<number, () => void>();
  const api: SimWorkerApi = {
    estimateBudget: (scenario) => estimateFits(scenario),
    simulate(scenario: Scenario, options: RunOptions, onProgress?: (p: Progress) => unknown) {
      if (busy) throw new Error(`worker ${id} given a second run`);
      busy = true;
      ledger.running += 1;
      ledger.peak = Math.max(ledger.peak, ledger.running);
      ledger.started.push(options.runId);
      if (ledger.stopped) ledger.startedAfterStop += 1;
      return new Promise<SimResult>((resolve, reject) => {
        const end = (): void => {
          busy = false;
          ledger.running -= 1;
          cancels.delete(options.runId);
        };
        cancels.set(options.runId, () => {
          end();
          ledger.cancelled.push(options.runId);
          const e = new Error('simulation cancelled');
          e.name = 'CancelledError';
          reject(e);
        });
        void s.schedule(Promise.resolve(), `run ${scenario.clients}`).then(() => {
          if (!cancels.has(options.runId)) return;
          void onProgress?.({ fraction: 1, completed: scenario.total });
          end();
          ledger.finished.push(options.runId);
          resolve(fixtureResult(scenario));
        });
      });
    },
    cancel(runId: number) {
      cancels.get(runId)?.();
    },
  };
  return { api, terminate: () => {} };
}

function points(n: number): SweepPoint[] {
  const base = scenarioOnProfile('article-3x8c', { total: 1000 });
  return planSweep(
    {
      param: 'clients',
      from: 1,
      to: 1 + 10 * (n - 1),
      points: n,
      spacing: 'linear',
      series: 'readModes',
    },
    base,
  ).points;
}

/** A signal every point listens to: one listener per queued point is expected, not a leak. */
function sweepController(): AbortController {
  const c = new AbortController();
  setMaxListeners(0, c.signal);
  return c;
}

function exec(pool: WorkerPool<SimWorkerApi>) {
  return (p: SweepPoint, signal: AbortSignal): Promise<SimResult> =>
    pool.run(
      simulateJob(p.scenario, () => {}),
      signal,
    );
}

describe('the sweep scheduler on a worker pool', () => {
  test('results come back in plan order whatever the completion order and the pool size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 9 }),
        async (s, size, n) => {
          const ledger = new Ledger();
          let next = 0;
          const pool = new WorkerPool(() => fakeWorker(ledger, s, next++), size);
          const plan = points(n);
          const seen: number[] = [];
          const done = runSweep(plan, exec(pool), sweepController().signal, (p) =>
            seen.push(p.index),
          );
          await s.waitFor(done);
          const { outcomes, stopped } = await done;
          expect(stopped).toBe(false);
          expect(outcomes.map((o) => (o?.ok ? o.value.scenario : null))).toEqual(
            plan.map((p) => p.scenario),
          );
          expect([...seen].sort((a, b) => a - b)).toEqual(plan.map((p) => p.index));
          expect(ledger.peak).toBeLessThanOrEqual(size);
          expect(pool.workers).toBeLessThanOrEqual(size);
          expect(pool.busy).toBe(0);
          expect(pool.queued).toBe(0);
        },
      ),
      { numRuns: 120 },
    );
  });

  test('stopping leaves no orphan work: queued points never start, running ones are cancelled', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 2, max: 9 }),
        fc.nat({ max: 20 }),
        async (s, size, n, stopAfter) => {
          const ledger = new Ledger();
          let next = 0;
          const pool = new WorkerPool(() => fakeWorker(ledger, s, next++), size);
          const plan = points(n);
          const controller = sweepController();
          const reported: number[] = [];
          let afterStop = 0;
          const done = runSweep(plan, exec(pool), controller.signal, (p) => {
            reported.push(p.index);
            if (controller.signal.aborted) afterStop += 1;
          });
          // Let some runs finish, then stop.
          for (let i = 0; i < stopAfter && s.count() > 0; i++) await s.waitOne();
          ledger.stopped = true;
          controller.abort();
          await s.waitFor(done);
          const { outcomes, stopped } = await done;
          expect(stopped).toBe(true);
          expect(ledger.startedAfterStop).toBe(0);
          expect(afterStop).toBe(0);
          expect(ledger.running).toBe(0);
          expect(pool.busy).toBe(0);
          expect(pool.queued).toBe(0);
          // Every run that started either finished before the stop or was cancelled.
          expect([...ledger.finished, ...ledger.cancelled].sort()).toEqual(
            [...ledger.started].sort(),
          );
          expect(outcomes.filter((o) => o !== undefined)).toHaveLength(reported.length);
        },
      ),
      { numRuns: 120 },
    );
  });

  test('a point that fails is reported and the others still run', async () => {
    const pool = new WorkerPool<{ n: number }>(() => ({ api: { n: 1 }, terminate: () => {} }), 2);
    const plan = points(3);
    const run = await runSweep(
      plan,
      (p, signal) =>
        pool.run(async () => {
          if (p.index === 2) throw new Error('invalid clients: 11');
          return p.index;
        }, signal),
      new AbortController().signal,
    );
    expect(run.outcomes.map((o) => (o?.ok ? o.value : o?.error))).toEqual([
      0,
      1,
      'invalid clients: 11',
      3,
      4,
      5,
    ]);
  });
});

describe('the worker pool', () => {
  test('refuses a size below one', () => {
    expect(() => new WorkerPool(() => ({ api: {}, terminate: () => {} }), 0)).toThrow(
      'invalid pool size: 0 (allowed: integers ≥ 1)',
    );
  });

  test('creates workers lazily and reuses idle ones', async () => {
    let created = 0;
    const pool = new WorkerPool(() => ({ api: ++created, terminate: () => {} }), 4);
    expect(pool.workers).toBe(0);
    expect(await pool.run(async (api) => api)).toBe(1);
    expect(await pool.run(async (api) => api)).toBe(1);
    expect(pool.workers).toBe(1);
  });

  test('dispose ends every worker and refuses waiting and new jobs', async () => {
    const ended: number[] = [];
    let n = 0;
    const pool = new WorkerPool(() => {
      const id = ++n;
      return { api: id, terminate: () => ended.push(id) };
    }, 1);
    const never = pool.run(() => new Promise<number>(() => {}));
    const waiting = pool.run(async (api) => api);
    pool.dispose();
    await expect(waiting).rejects.toThrow('disposed');
    await expect(pool.run(async (api) => api)).rejects.toThrow('disposed');
    expect(ended).toEqual([1]);
    void never;
  });
});
