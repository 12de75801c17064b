/**
 * The model against the article's five measurements (ARTICLE_FIGURES: Tang Cong, etcd实战课
 * lecture 16, 2021), with the one cost table and the same simulate() the app runs.
 */
import { memberResource } from '../../../../workers/contract/resourceId.ts';
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../../workers/model/simulate.ts';
import { ARTICLE_FIGURES, type ArticleFigure } from '../../../../workers/contract/calibration.ts';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { avgMs, p } from './helpers.ts';

const cache = new Map<string, Promise<SimResult>>();
function result(f: ArticleFigure): Promise<SimResult> {
  let r = cache.get(f.id);
  if (!r) {
    r = simulate(scenarioOnProfile(f.profile, f.scenario));
    cache.set(f.id, r);
  }
  return r;
}

function figure(id: string): ArticleFigure {
  const f = ARTICLE_FIGURES.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}

const relErr = (model: number, article: number) => Math.abs(model - article) / article;

describe('calibration to the article', () => {
  test.each(['serializable-1000c', 'linearizable-1000c', 'large-value-1mb'])(
    '%s: QPS and average latency within the tolerances',
    async (id) => {
      const f = figure(id);
      const r = await result(f);
      expect(relErr(r.summary.rps, f.expect.qps)).toBeLessThanOrEqual(f.tolerance.qps);
      expect(relErr(avgMs(r), f.expect.avgMs ?? NaN)).toBeLessThanOrEqual(f.tolerance.avgMs ?? 0);
    },
    60_000,
  );

  test('authenticate-3.4.9: about 200/s on 16 cores with P99 under 2 s', async () => {
    const f = figure('authenticate-3.4.9');
    const r = await result(f);
    expect(relErr(r.summary.rps, f.expect.qps)).toBeLessThanOrEqual(f.tolerance.qps);
    expect(p(r, 99)).toBeLessThan(f.expect.p99MsBelow ?? 0);
  });

  test('authenticate-3.4.8: P99 of many seconds at 200 clients', async () => {
    const r = await result(figure('authenticate-3.4.8'));
    expect(p(r, 99)).toBeGreaterThanOrEqual(
      figure('authenticate-3.4.8').expect.p99MsAtLeast ?? Infinity,
    );
    expect(r.bottleneck.resource).toEqual(memberResource(0, 'lock.batchTx'));
  });

  // Known gap, measured: the model serialises bcrypt under BatchTx and gives 1 / 80 ms = 12.5/s
  // (the article's "under 16/s"), not the 8/s it reports at 200 clients — 55 % above, outside the
  // 50 % band. No shared mechanism we model idles the lock further; we do not fit a special case.
  // So the test pins the gap as it is measured: if a mechanism moves it (toward 8/s or away),
  // this fails and the numbers here and in docs/calibration.md are revisited together.
  test('authenticate-3.4.8: the known gap — one compare per 80 ms under the lock gives 12.5/s, not 8/s', async () => {
    const f = figure('authenticate-3.4.8');
    const r = await result(f);
    expect(r.summary.rps).toBeGreaterThan(12);
    expect(r.summary.rps).toBeLessThan(13);
    // Still the article's qualitative figure: under 16 Authenticate/s.
    expect(r.summary.rps).toBeLessThan(16);
    expect(relErr(r.summary.rps, f.expect.qps)).toBeGreaterThan(f.tolerance.qps);
  });
});
