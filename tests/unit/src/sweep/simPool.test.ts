import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Progress, SimApi, SimResult } from '../../../../workers/api.ts';
import { defaultScenario } from '../../../../workers/contract/scenario.ts';
import { createSupervisedPool } from '../../../../src/lib/sweep/simPool.ts';
import { WorkerLost, type WorkerLike } from '../../../../src/lib/worker/supervisedWorker.ts';

/** A worker whose runs the test finishes, reports progress on, or kills. */
class FakeWorker extends EventTarget implements WorkerLike {
  terminated = false;
  runs: Array<{ finish: (r: SimResult) => void; progress?: (p: Progress) => unknown }> = [];
  cancelled: number[] = [];
  terminate(): void {
    this.terminated = true;
  }
  crash(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

const result = (total: number): SimResult => ({ requests: { total } }) as unknown as SimResult;

function pool(size: number) {
  const workers: FakeWorker[] = [];
  const p = createSupervisedPool<FakeWorker>(size, {
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    wrap: (w) =>
      ({
        simulate: (_s: unknown, _o: unknown, progress?: (p: Progress) => unknown) =>
          new Promise<SimResult>((finish) => w.runs.push({ finish, progress })),
        cancel: (id: number) => void w.cancelled.push(id),
        [Comlink.releaseProxy]: () => {},
      }) as unknown as Comlink.Remote<SimApi>,
    watchdogMs: 1000,
  });
  return { p, workers };
}

const scenario = defaultScenario();
const run = (p: ReturnType<typeof pool>['p']) =>
  p.run((api) => api.simulate(scenario, { runId: 1 }, () => {}));

describe('the sweep pool’s workers are supervised', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test('a point whose worker crashes runs once more on the fresh worker', async () => {
    const { p, workers } = pool(1);
    const point = run(p);
    await vi.advanceTimersByTimeAsync(0);
    workers[0].crash();
    await vi.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    workers[1].runs[0].finish(result(5));
    await expect(point).resolves.toEqual(result(5));
    // The pool goes on with the fresh worker.
    const next = run(p);
    await vi.advanceTimersByTimeAsync(0);
    workers[1].runs[1].finish(result(6));
    await expect(next).resolves.toEqual(result(6));
  });

  test('a second loss is the point’s error, and the pool still serves the next point', async () => {
    const { p, workers } = pool(1);
    const point = run(p);
    const failed = expect(point).rejects.toEqual(new WorkerLost('unresponsive'));
    await vi.advanceTimersByTimeAsync(1001);
    await vi.advanceTimersByTimeAsync(1001);
    await failed;
    expect(workers).toHaveLength(3);
    const next = run(p);
    await vi.advanceTimersByTimeAsync(0);
    workers[2].runs[0].finish(result(1));
    await expect(next).resolves.toEqual(result(1));
  });

  test('progress keeps a slow point alive past the watchdog', async () => {
    const { p, workers } = pool(1);
    const point = run(p);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(900);
      await workers[0].runs[0].progress?.({ fraction: i / 5, completed: i });
    }
    expect(workers).toHaveLength(1);
    workers[0].runs[0].finish(result(2));
    await expect(point).resolves.toEqual(result(2));
  });

  test('disposing the pool ends every worker', async () => {
    const { p, workers } = pool(2);
    void run(p);
    void run(p);
    await vi.advanceTimersByTimeAsync(0);
    expect(workers).toHaveLength(2);
    p.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
    await expect(run(p)).rejects.toThrow('disposed');
  });
});
