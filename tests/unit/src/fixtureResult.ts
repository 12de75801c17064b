/**
 * A plausible SimResult for testing the UI before (and independently of) the model. The numbers
 * are invented but shaped like the article's linearizable run; serializable scenarios answer
 * faster so a UI test can see the difference. Nothing here is a model of etcd.
 */
import { resourceStat } from '../resourceStat.ts';
import { resourceBottleneck, stageRow } from '../bottleneckFixture.ts';
import { STAGES } from '../../../workers/contract/stages.ts';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import type { SimResult } from '../../../workers/contract/result.ts';
import { defaultScenario, type Scenario } from '../../../workers/contract/scenario.ts';

export function fixtureResult(scenario: Scenario = defaultScenario()): SimResult {
  const serializable = scenario.readMode === 'serializable';
  const rps = serializable ? 320_000 : 190_000;
  const avgMs = serializable ? 2.5 : 4.9;
  const succeeded = scenario.total;
  const totalSec = succeeded / rps;
  const slowestSec = avgMs * 6e-3;
  const fastestSec = 1e-4;
  const edgesMs = Array.from({ length: 40 }, (_, i) => 0.01 * 1.4 ** (i + 1));
  const counts = edgesMs.map((e) =>
    Math.round(succeeded * 0.12 * Math.exp(-((Math.log(e / avgMs) / 0.6) ** 2))),
  );
  return {
    scenario,
    summary: {
      totalSec,
      slowestSec,
      fastestSec,
      averageSec: avgMs / 1000,
      stddevSec: avgMs / 4000,
      rps,
      succeeded,
      failed: 0,
      histogram: Array.from({ length: 11 }, (_, i) => ({
        boundSec: fastestSec + (i * (slowestSec - fastestSec)) / 10,
        count: i === 0 ? 1 : Math.round(succeeded / 2 ** i),
      })),
      percentiles: [10, 25, 50, 75, 90, 95, 99, 99.9].map((p) => ({
        p,
        sec: (avgMs / 1000) * (0.5 + p / 100),
      })),
      errors: [],
    },
    stages: STAGES.map((s, i) =>
      stageRow(s.id, s.step, s.id === 'readIndex' && serializable ? 0 : succeeded, {
        queue: i % 3 === 0 ? 0.4 : 0.05,
        service: s.id === 'readIndex' && !serializable ? 1.6 : 0.2,
      }),
    ),
    resources: [
      resourceStat(memberResource(0, 'cpu'), { utilisation: 0.93, demandMs: 0.042, servers: 8 }),
      resourceStat(memberResource(1, 'cpu'), { utilisation: 0.91, demandMs: 0.042, servers: 8 }),
      resourceStat(clientResource('cpu'), { utilisation: 0.6, demandMs: 0.05, servers: 16 }),
      resourceStat(memberResource(0, 'nic.tx'), { utilisation: 0.2, demandMs: 0.001, servers: 1 }),
      resourceStat(memberResource(0, 'raftLoop'), {
        utilisation: 0.5,
        demandMs: 0.002,
        servers: 1,
      }),
      resourceStat(memberResource(0, 'lock.batchTx'), {
        utilisation: 0.01,
        demandMs: 0,
        servers: 1,
      }),
    ],
    bottleneck: resourceBottleneck(memberResource(0, 'cpu'), 0.93, rps * 1.05, rps * 1.6),
    readIndex: serializable
      ? []
      : [0, 1, 2].map((member) => ({
          ...{ member, rounds: 4000, meanBatch: 15.8, meanRoundMs: 0.4 },
          meanApplyWaitMs: 0,
        })),
    staleness: serializable
      ? {
          reads: succeeded,
          staleReads: 0,
          meanEntries: 0,
          maxEntries: 0,
          meanMs: 0,
          maxMs: 0,
          linearizableViolations: 0,
        }
      : {
          reads: 0,
          staleReads: 0,
          meanEntries: 0,
          maxEntries: 0,
          meanMs: 0,
          maxMs: 0,
          linearizableViolations: 0,
        },
    slow: { over100ms: 0, over300ms: 0 },
    latencyHistogram: { edgesMs, counts },
    journeys: [],
    occupancy: { fromMs: 0, bucketMs: 10, lock: [], queued: [], flight: [], serving: [] },
    pace: { fromMs: 0, parts: [{ endMs: totalSec * 1000, finished: succeeded, succeeded }] },
    writes: {
      ...{ sent: 0, refused: 0, dropped: 0, proposed: 0, committed: 0, applied: 0, answered: 0 },
      meanCommitMs: 0,
    },
    simulatedMs: totalSec * 1000,
    leader: 0,
    events: succeeded * 9,
  };
}
