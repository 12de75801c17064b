import type * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  SupervisedWorker,
  WorkerLost,
  type WorkerLike,
} from '../../../src/lib/worker/supervisedWorker.ts';

interface Api {
  work(): Promise<number>;
}

/** A worker that never answers by itself: the test resolves its calls or kills it. */
class FakeWorker extends EventTarget implements WorkerLike {
  terminated = false;
  calls: Array<(v: number) => void> = [];
  terminate(): void {
    this.terminated = true;
  }
  crash(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
}

function supervised(watchdogMs = 1000) {
  const workers: FakeWorker[] = [];
  const lost: string[] = [];
  const sup = new SupervisedWorker<Api, FakeWorker>({
    create: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    wrap: (w) =>
      ({
        work: () => new Promise<number>((resolve) => w.calls.push(resolve)),
      }) as unknown as Comlink.Remote<Api>,
    watchdogMs,
    onLost: (r) => lost.push(r),
  });
  return { sup, workers, lost };
}

describe('a supervised worker', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test('a call answered in time resolves, and no worker is replaced', async () => {
    const { sup, workers } = supervised();
    const p = sup.call((r) => r.work());
    workers[0].calls[0](42);
    await expect(p).resolves.toBe(42);
    vi.advanceTimersByTime(5000);
    expect(workers).toHaveLength(1);
    expect(sup.restarts).toBe(0);
  });

  test('a crash rejects the call in flight with WorkerLost and starts a fresh worker', async () => {
    const { sup, workers, lost } = supervised();
    const p = sup.call((r) => r.work());
    workers[0].crash();
    await expect(p).rejects.toEqual(new WorkerLost('crashed'));
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(lost).toEqual(['crashed']);
    // The fresh worker serves the next call.
    const q = sup.call((r) => r.work());
    workers[1].calls[0](7);
    await expect(q).resolves.toBe(7);
  });

  test('a silent worker is replaced by the watchdog; signs of life keep a slow call going', async () => {
    const { sup, workers, lost } = supervised(1000);
    const slow = sup.call((r) => r.work());
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(900);
      sup.alive();
    }
    expect(workers).toHaveLength(1);
    workers[0].calls[0](1);
    await expect(slow).resolves.toBe(1);

    const stuck = sup.call((r) => r.work());
    vi.advanceTimersByTime(1001);
    await expect(stuck).rejects.toEqual(new WorkerLost('unresponsive'));
    expect(lost).toEqual(['unresponsive']);
    expect(workers).toHaveLength(2);
  });

  test('an idle worker is never replaced by the watchdog, and an error from an old worker is ignored', () => {
    const { sup, workers } = supervised(1000);
    vi.advanceTimersByTime(10_000);
    expect(sup.restarts).toBe(0);
    workers[0].crash();
    expect(workers).toHaveLength(2);
    workers[0].crash();
    expect(workers).toHaveLength(2);
  });
});
