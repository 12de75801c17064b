import { describe, expect, test } from 'vitest';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import type { SeriesId } from '../../../../workers/contract/sweep.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { coincidentCurves } from '../../../../src/lib/sweep/sameCurves.ts';
import type { SeriesCurves } from '../../../../src/lib/sweep/sweepCurves.ts';
import { translate } from '../../../../src/lib/i18n/i18n.svelte.ts';
import { fixtureResult } from '../fixtureResult.ts';

const base = scenarioOnProfile('loopback-2vcpu', { readMode: 'serializable' });

function curve(id: SeriesId, results: SimResult[], xs = [1, 10, 100]): SeriesCurves {
  return {
    id,
    points: results.map((result, i) => ({ x: xs[i], index: i, result })),
    qpsBound: [],
    latencyBound: [],
    qpsFlags: [],
    latencyFlags: [],
  };
}
const at = (clients: number, over: Partial<typeof base> = {}): SimResult =>
  fixtureResult({ ...base, clients, ...over });

describe('curves that lie on each other', () => {
  test('A and B with equal figures at every swept value are found', () => {
    const a = curve('a', [at(1), at(10), at(100)]);
    const b = curve('b', [
      at(1, { endpoints: 1 }),
      at(10, { endpoints: 1 }),
      at(100, { endpoints: 1 }),
    ]);
    expect(coincidentCurves([a, b], 3)).toEqual([['a', 'b']]);
  });

  test('one figure apart at one point, a point missing, or another x: not the same curve', () => {
    const a = curve('a', [at(1), at(10), at(100)]);
    const p99 = at(100);
    p99.summary = {
      ...p99.summary,
      percentiles: p99.summary.percentiles.map((q) =>
        q.p === 99 ? { ...q, sec: q.sec * 1.01 } : q,
      ),
    };
    expect(coincidentCurves([a, curve('b', [at(1), at(10), p99])], 3)).toEqual([]);
    expect(coincidentCurves([a, curve('b', [at(1), at(10)])], 3)).toEqual([]);
    expect(coincidentCurves([a, curve('b', [at(1), at(10), at(100)], [1, 10, 99])], 3)).toEqual([]);
    // The two read modes differ (fixtureResult answers serializable faster).
    const lin = [at(1), at(10), at(100)].map((r) =>
      fixtureResult({ ...r.scenario, readMode: 'linearizable' }),
    );
    expect(
      coincidentCurves(
        [
          curve('linearizable', lin),
          curve(
            'serializable',
            a.points.map((p) => p.result),
          ),
        ],
        3,
      ),
    ).toEqual([]);
  });

  test('the note names both curves, in both languages', () => {
    const p = { a: 'A', b: 'B' };
    expect(translate('en', 'sweep.sameCurves', p)).toBe(
      'A and B lie on each other: at every point their figures are equal to the last digit, so B’s curve hides A’s.',
    );
    expect(translate('zh', 'sweep.sameCurves', p)).toBe(
      'A 和 B 的曲线重合：每个点的数字都逐位相同，所以 B 的曲线盖住了 A 的。',
    );
  });
});
