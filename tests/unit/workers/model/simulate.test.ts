/** simulate()'s contract beyond the numbers: progress, cancellation, validation, the worker facade. */
import { describe, expect, test } from 'vitest';
import { CancelledError, simulate } from '../../../../workers/model/simulate.ts';
import { api } from '../../../../workers/api.ts';
import { scenario } from './helpers.ts';

describe('progress and cancellation', () => {
  test('progress is reported between slices, rising to the end, and awaited', async () => {
    const seen: number[] = [];
    let awaited = 0;
    await simulate(scenario({ total: 5000 }), {
      progressEvery: 1000,
      onProgress: async (p) => {
        seen.push(p.completed);
        await Promise.resolve();
        awaited++;
      },
    });
    expect(seen).toEqual([1000, 2000, 3000, 4000]);
    expect(awaited).toBe(4);
  });

  test('a run stops with CancelledError at the first progress point after it is cancelled', async () => {
    let calls = 0;
    const run = simulate(scenario({ total: 5000 }), {
      progressEvery: 1000,
      onProgress: () => {
        calls++;
      },
      isCancelled: () => calls >= 2,
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toBe(2);
  });

  test('the worker facade cancels a run by its id', async () => {
    const run = api.simulate(scenario({ total: 5000 }), { runId: 7, progressEvery: 500 }, () => {
      api.cancel(7);
    });
    await expect(run).rejects.toThrow('simulation cancelled');
    // the id is forgotten once the run ends: a new run with it completes
    const again = await api.simulate(scenario({ total: 100 }), { runId: 7 });
    expect(again.summary.succeeded).toBe(100);
  });

  test('an invalid scenario is refused before anything runs', async () => {
    await expect(simulate({ ...scenario(), clients: -1 })).rejects.toThrow(
      'invalid clients: -1 (allowed: integers 1..10000 clients)',
    );
  });
});
