import { describe, expect, test } from 'vitest';
import { api } from '../../../../workers/api.ts';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import { planSweep } from '../../../../workers/contract/sweep.ts';
import { WorkerPool } from '../../../../src/lib/pool/workerPool.ts';
import type { SimWorkerApi } from '../../../../src/lib/sweep/simJob.ts';
import { SweepState } from '../../../../src/lib/sweep/sweepState.svelte.ts';
import { PointRefused } from '../../../../src/lib/sweep/simJob.ts';
import { failureText } from '../../../../src/lib/sweep/failureText.ts';
import { translate } from '../../../../src/lib/i18n/i18n.svelte.ts';

/**
 * SweepState on a pool whose "workers" are the real facade in this process. Each progress report
 * waits a macrotask, as the Comlink round trip to a real worker does; that is when a cancel gets in.
 */
function state(): { sweep: SweepState; pools: WorkerPool<SimWorkerApi>[] } {
  const pools: WorkerPool<SimWorkerApi>[] = [];
  const sweep = new SweepState(
    (size) => {
      const pool = new WorkerPool<SimWorkerApi>(() => ({ api, terminate: () => {} }), size);
      pools.push(pool);
      return pool;
    },
    2,
    (f) => async (p) => {
      f(p);
      await new Promise((r) => setTimeout(r, 0));
    },
  );
  return { sweep, pools };
}

const base = scenarioOnProfile('article-3x8c', { clients: 20, conns: 10, total: 3000 });

describe('a sweep in the app', () => {
  test('runs every point through the pool and ends done, with each answer at its point', async () => {
    const { sweep, pools } = state();
    const plan = planSweep(
      { param: 'clients', from: 5, to: 40, points: 3, spacing: 'log', series: 'readModes' },
      base,
    );
    await sweep.start(plan, base);
    expect(sweep.phase).toBe('done');
    expect(sweep.progress).toBe(1);
    expect(sweep.finished).toBe(6);
    sweep.outcomes.forEach((o, i) => {
      expect(o?.ok && o.value.scenario).toEqual(plan.points[i].scenario);
    });
    expect(pools[0].busy + pools[0].queued).toBe(0);
  });

  test('stop cancels the running points in their worker and leaves nothing queued', async () => {
    const { sweep, pools } = state();
    const big = { ...base, total: 200_000 };
    const plan = planSweep(
      { param: 'clients', from: 5, to: 40, points: 4, spacing: 'log', series: 'one' },
      big,
    );
    const running = sweep.start(plan, big);
    // Let the first runs report progress once, then stop.
    await new Promise((r) => setTimeout(r, 5));
    sweep.stop();
    await running;
    expect(sweep.phase).toBe('stopped');
    expect(sweep.finished).toBeLessThan(4);
    expect(pools[0].busy).toBe(0);
    expect(pools[0].queued).toBe(0);
  });

  test('a point the run budget refuses is refused before it runs, and said in the reader’s language', async () => {
    const { sweep } = state();
    // At 1 req/s, 3,000 reads take 3,000 s of simulated time: 50,000 puts/s in it are too many.
    const slow = { ...base, rate: 1 };
    const plan = planSweep(
      { param: 'writeQps', from: 0, to: 50_000, points: 2, spacing: 'linear', series: 'one' },
      slow,
    );
    await sweep.start(plan, slow);
    const [fits, refused] = sweep.outcomes;
    expect(fits?.ok).toBe(true);
    if (refused === undefined || refused.ok) throw new Error('the 50,000 puts/s point ran');
    expect(refused.cause).toBeInstanceOf(PointRefused);
    const scenario = plan.points[1].scenario;
    const zh = failureText((k, p) => translate('zh', k, p), 'zh', scenario, refused);
    expect(zh).toMatch(/^未运行：/);
    expect(zh).toContain('限速 1 请求/秒');
    const en = failureText((k, p) => translate('en', k, p), 'en', scenario, refused);
    expect(en).toMatch(/^Not run: /);
  });

  test('another number of workers builds a new pool and ends the old one', async () => {
    const { sweep, pools } = state();
    const plan = planSweep(
      { param: 'clients', from: 5, to: 10, points: 2, spacing: 'linear', series: 'one' },
      base,
    );
    await sweep.start(plan, base);
    sweep.workers = 3;
    await sweep.start(plan, base);
    expect(pools.map((p) => p.size)).toEqual([2, 3]);
    expect(sweep.workersUsed).toBe(3);
  });
});
