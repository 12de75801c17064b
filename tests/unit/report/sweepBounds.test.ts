import { describe, expect, test } from 'vitest';
import { defaultScenario } from '../../../workers/contract/scenario.ts';
import type { SimResult } from '../../../workers/contract/result.ts';
import { meanLatencyBound, qpsBound } from '../../../report/sweepBounds.ts';
import { simResultFixture } from '../cli/fixture.ts';

/** The fixture's run (800 req/s, mean 2.87 ms) with chosen bounds and clients. */
function withBounds(boundRps: number, populationBoundRps: number, clients = 2): SimResult {
  const r = simResultFixture({ ...defaultScenario(), clients });
  return {
    ...r,
    bottleneck: { ...r.bottleneck, boundRps, tightestBoundRps: boundRps, populationBoundRps },
  };
}

describe('the bounds a sweep draws', () => {
  test('throughput: the tighter of the resource and the clients bound, holding when measured ≤ it', () => {
    expect(qpsBound(withBounds(1000, 5000))).toEqual({ value: 1000, holds: true });
    expect(qpsBound(withBounds(5000, 900))).toEqual({ value: 900, holds: true });
    expect(qpsBound(withBounds(790, 5000))).toEqual({ value: 790, holds: false });
    expect(qpsBound(withBounds(0, 0))).toEqual({ value: null, holds: true });
  });

  test('mean latency: R ≥ N / X_max − Z with Z = N / X − R from the run; beaten when X beats X_max', () => {
    const r = withBounds(1000, 5000);
    const n = r.scenario.clients;
    const measured = r.summary.averageSec * 1000;
    const thinkMs = (n * 1000) / r.summary.rps - measured;
    const b = meanLatencyBound(r);
    const d = r.bottleneck.demandMs;
    expect(b.value).toBeCloseTo(Math.max(d, (n * 1000) / 1000 - thinkMs), 12);
    expect(b.value).toBeLessThanOrEqual(measured);
    expect(b.holds).toBe(true);
    expect(meanLatencyBound(withBounds(790, 5000)).holds).toBe(false);
  });
});
