/**
 * What the lab says must agree with the simulation (issue 9), over random scenarios: every bound
 * bounds, a named bottleneck is saturated (and is a resource the requests use), the four kinds of
 * time add up to each stage's time, no more requests are in service than can be served at once,
 * and the write counts reconcile.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../../workers/model/simulate.ts';
import { SATURATED } from '../../../../workers/model/limiter.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { resourceKey, sameResource } from '../../../../workers/contract/resourceId.ts';
import { TIME_KINDS } from '../../../../workers/contract/timeKinds.ts';
import { STAGE_COUNT } from '../../../../workers/contract/stages.ts';
import { smallScenarios } from './smallScenarios.ts';
import { MAX_SPANS } from '../../../../workers/model/spans.ts';

/** Float noise in sums of milliseconds: relative to the larger of the values compared. */
const EPS = 1e-9;

const runs = fc.asyncProperty(smallScenarios(), async (s) => {
  const r = await simulate(s, { journeys: 60 });
  boundsBound(r);
  bottleneckIsSaturated(r);
  kindsAddUp(r);
  inServiceFits(r);
  writesReconcile(r);
});

function boundsBound(r: SimResult): void {
  const x = r.summary.rps;
  const b = r.bottleneck;
  const printed = [
    ['population', b.populationBoundRps],
    ['rate', b.rateBoundRps],
    ['tightest', b.tightestBoundRps],
    ['named', b.boundRps],
    ...r.resources.map((res) => [resourceKey(res.id), res.boundRps] as const),
  ] as const;
  for (const [what, bound] of printed) {
    if (bound === 0) continue; // 0 = no bound printed
    expect(x, `${what}: measured ${x} above its bound ${bound}`).toBeLessThanOrEqual(
      bound * (1 + EPS),
    );
  }
}

function bottleneckIsSaturated(r: SimResult): void {
  const l = r.bottleneck.limiter;
  if (l.kind !== 'resource') {
    expect(r.bottleneck.resource).toBeNull();
    return;
  }
  const res = r.resources.find((x) => sameResource(x.id, l.resource));
  expect(res, 'the named resource is in the list').toBeDefined();
  expect(l.readUtilisation).toBeGreaterThanOrEqual(SATURATED);
  // A resource the requests make no demand on (the BatchTx lock for reads that never take it,
  // the disk under background writes) cannot be their bottleneck.
  expect(res?.demandMs ?? 0).toBeGreaterThan(0);
  if (l.resource.name === 'lock.batchTx') {
    const s = r.scenario;
    const takesIt =
      s.request === 'authenticate' ||
      s.auth === 'password-per-request' ||
      (s.auth !== 'none' && ['3.3.27', '3.4.8', '3.4.9', '3.5.0'].includes(s.etcdVersion));
    expect(takesIt, 'BatchTx named for requests that never take it').toBe(true);
  }
}

function kindsAddUp(r: SimResult): void {
  for (const st of r.stages) {
    const sum = st.lockMeanMs + st.queueMeanMs + st.flightMeanMs + st.serviceMeanMs;
    expect(Math.abs(sum - st.meanMs), st.id).toBeLessThanOrEqual(EPS * (1 + st.meanMs));
    for (const k of TIME_KINDS) {
      const v = st[`${k}MeanMs`];
      expect(v, `${st.id} ${k}`).toBeGreaterThanOrEqual(-EPS * (1 + st.meanMs));
    }
  }
  for (const j of r.journeys) {
    let total = 0;
    // Every span kept: the kinds are all placed (a very long path keeps only MAX_SPANS).
    const allKept = j.stages.reduce((n, st) => n + st.spans.length, 0) < MAX_SPANS;
    for (const st of j.stages) {
      const span = st.endMs - st.enterMs;
      total += span;
      if (!st.visited) {
        expect(span, `${j.id} ${st.id} not visited`).toBe(0);
        for (const k of TIME_KINDS) expect(st[k]).toBe(0);
        continue;
      }
      const tol = EPS * (1 + Math.abs(st.endMs));
      expect(st.lock + st.queue + st.flight + st.service - span).toBeLessThanOrEqual(tol);
      for (const k of TIME_KINDS)
        expect(st[k], `${j.id} ${st.id} ${k}`).toBeGreaterThanOrEqual(-tol);
      // Where each kind happened: inside the stage, one after another, adding up to the kinds.
      let at = st.enterMs;
      const placed = { lock: 0, queue: 0, service: 0 };
      for (const x of st.spans) {
        expect(x.fromMs, `${j.id} ${st.id} spans overlap`).toBeGreaterThanOrEqual(at - tol);
        expect(x.toMs).toBeLessThanOrEqual(st.endMs + tol);
        at = x.toMs;
        placed[x.kind] += x.toMs - x.fromMs;
      }
      for (const k of ['lock', 'queue', 'service'] as const)
        if (allKept) expect(placed[k], `${j.id} ${st.id} ${k}`).toBeCloseTo(st[k], 9);
    }
    expect(Math.abs(total - (j.doneMs - j.issuedMs))).toBeLessThanOrEqual(EPS * (1 + j.doneMs));
  }
}

function inServiceFits(r: SimResult): void {
  // Every server of the run: cores, NIC directions, disks, loops (locks serve nobody).
  const servers = r.resources
    .filter((x) => x.id.kind !== 'lock')
    .reduce((n, x) => n + x.servers, 0);
  const o = r.occupancy;
  const buckets = o.serving[0]?.length ?? 0;
  for (let b = 0; b < buckets; b++) {
    let serving = 0;
    for (let s = 0; s < STAGE_COUNT; s++) serving += o.serving[s][b];
    expect(serving, `bucket ${b}`).toBeLessThanOrEqual(servers * (1 + EPS));
  }
}

function writesReconcile(r: SimResult): void {
  const w = r.writes;
  expect(w.refused + w.dropped + w.proposed).toBeLessThanOrEqual(w.sent);
  expect(w.committed).toBeLessThanOrEqual(w.proposed);
  expect(w.applied).toBeLessThanOrEqual(w.committed);
  expect(w.answered).toBeLessThanOrEqual(w.committed);
  if (r.scenario.writeQps === 0) expect(w.sent).toBe(0);
  // Staleness counts entries the leader committed: never more than it committed (puts and
  // Authenticate tokens).
  const entries = w.committed + r.summary.succeeded + r.summary.failed;
  expect(r.staleness.maxEntries).toBeLessThanOrEqual(entries);
}

describe('what the lab says agrees with the simulation, over random scenarios', () => {
  test('bounds bound; a named bottleneck is saturated; kinds add up; in service fits; writes reconcile', async () => {
    await fc.assert(runs, { numRuns: 250, seed: 9 });
  }, 240_000);
});
