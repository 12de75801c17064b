/**
 * Hand-built results for testing the report and the CLI before (and independently of) the model.
 * The numbers are a small, self-consistent run: ten successful reads whose latencies are listed
 * below, so every expected line in the tests can be worked out by hand from etcd's format rules.
 */
import { resourceStat } from '../resourceStat.ts';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import type { BenchSummary, SimResult } from '../../../workers/contract/result.ts';
import { defaultScenario, type Scenario } from '../../../workers/contract/scenario.ts';
import { STAGES, type StageId } from '../../../workers/contract/stages.ts';

/**
 * Ten latencies, s, sorted: 0.0002 0.0009 0.0011 0.0012 0.0015 0.0019 0.0021 0.0030 0.0066 0.0102.
 * Mean 0.00287 s; population stddev √(88.001e-6 / 10) = 0.0029665 s; 10 / 0.0125 s = 800 req/s.
 * Histogram: bounds 0.0002 + i·0.001; etcd's count-and-advance loop puts them 1, 3, 3, 1, 0, 0,
 * 0, 1, 0, 0, 1. Percentiles by etcd v3.5's rank rule (first i with i·100/n ≥ p): 10 % → i=1,
 * 25 % → i=3, 50 % → i=5, 75 % → i=8, 90 % → i=9; 95, 99 and 99.9 % are never reached with
 * n = 10, so etcd leaves them 0 and does not print them.
 */
export function benchSummaryFixture(): BenchSummary {
  const bounds = [
    0.0002, 0.0012, 0.0022, 0.0032, 0.0042, 0.0052, 0.0062, 0.0072, 0.0082, 0.0092, 0.0102,
  ];
  const counts = [1, 3, 3, 1, 0, 0, 0, 1, 0, 0, 1];
  return {
    totalSec: 0.0125,
    slowestSec: 0.0102,
    fastestSec: 0.0002,
    averageSec: 0.00287,
    stddevSec: 0.0029665,
    rps: 800,
    succeeded: 10,
    failed: 3,
    histogram: bounds.map((boundSec, i) => ({ boundSec, count: counts[i] })),
    percentiles: [
      { p: 10, sec: 0.0009 },
      { p: 25, sec: 0.0012 },
      { p: 50, sec: 0.0019 },
      { p: 75, sec: 0.0066 },
      { p: 90, sec: 0.0102 },
      { p: 95, sec: 0 },
      { p: 99, sec: 0 },
      { p: 99.9, sec: 0 },
    ],
    errors: [
      { message: 'etcdserver: request timed out', count: 2 },
      { message: 'rpc error: code = Unavailable desc = transport is closing', count: 1 },
    ],
  };
}

type StageTimes = [
  count: number,
  p99: number,
  lock: number,
  queue: number,
  flight: number,
  service: number,
];

/** Per-stage times, ms. Stages with count 0 are the ones a plain read without auth skips. */
const STAGE_TIMES: Record<StageId, StageTimes> = {
  client: [10, 0.02, 0, 0, 0, 0.012],
  network: [10, 0.075, 0, 0, 0.075, 0],
  authenticate: [0, 0, 0, 0, 0, 0],
  token: [0, 0, 0, 0, 0, 0],
  readIndex: [10, 2.5, 0, 0.5, 0.1, 0.05],
  applyWait: [10, 0, 0, 0, 0, 0],
  rbac: [0, 0, 0, 0, 0, 0],
  treeIndex: [10, 0.004, 0.0004, 0, 0, 0.002],
  boltdb: [10, 0.01, 0.0006, 0, 0, 0.004],
  response: [10, 6.55, 0, 1.2346, 0.0075, 0.0051],
};

/** A whole SimResult around the summary above, on the given (or default) scenario. */
export function simResultFixture(scenario: Scenario = defaultScenario()): SimResult {
  return {
    scenario,
    summary: benchSummaryFixture(),
    stages: STAGES.map(({ id, step }) => {
      const [count, p99Ms, lockMeanMs, queueMeanMs, flightMeanMs, serviceMeanMs] = STAGE_TIMES[id];
      const meanMs = lockMeanMs + queueMeanMs + flightMeanMs + serviceMeanMs;
      return {
        ...{ id, step, count, meanMs, p99Ms },
        ...{ lockMeanMs, queueMeanMs, flightMeanMs, serviceMeanMs },
      };
    }),
    resources: [
      resourceStat(memberResource(0, 'cpu'), { utilisation: 0.973, demandMs: 0.041, servers: 8 }),
      resourceStat(clientResource('cpu'), { utilisation: 0.4, demandMs: 0.03, servers: 16 }),
      resourceStat(memberResource(1, 'nic.tx'), { utilisation: 0.1, demandMs: 0.001, servers: 1 }),
    ],
    // 8 cores / 0.041 ms = 195,121.95 req/s.
    bottleneck: {
      resource: memberResource(0, 'cpu'),
      utilisation: 0.973,
      boundRps: 195_121.95,
      tightest: memberResource(0, 'cpu'),
      tightestBoundRps: 195_121.95,
      populationBoundRps: 204_000,
      demandMs: 1.2,
      thinkMs: 0.002,
      rateBoundRps: 0,
      latencyMs: 2.0,
      time: { lock: 0.001, queue: 1.7346, flight: 0.1826, service: 0.0851 },
      dominant: { stage: 'response', ms: 1.247, kind: 'queue' },
      limiter: {
        kind: 'resource',
        resource: memberResource(0, 'cpu'),
        readUtilisation: 0.973,
        backgroundUtilisation: 0,
        demandMs: 0.041,
        servers: 8,
        boundRps: 195_121.95,
      },
    },
    readIndex: [{ member: 0, rounds: 4, meanBatch: 2.5, meanRoundMs: 0.3, meanApplyWaitMs: 0 }],
    staleness: {
      reads: 0,
      staleReads: 0,
      meanEntries: 0,
      maxEntries: 0,
      meanMs: 0,
      maxMs: 0,
      linearizableViolations: 0,
    },
    slow: { over100ms: 0, over300ms: 0 },
    latencyHistogram: { edgesMs: [1, 10, 100], counts: [7, 3, 0] },
    journeys: [],
    occupancy: { fromMs: 0, bucketMs: 1, lock: [], queued: [], flight: [], serving: [] },
    pace: { fromMs: 0, parts: [{ endMs: 12.5, finished: 10, succeeded: 10 }] },
    writes: {
      ...{ sent: 0, refused: 0, dropped: 0, proposed: 0, committed: 0, applied: 0, answered: 0 },
      meanCommitMs: 0,
    },
    simulatedMs: 12.5,
    leader: 0,
    events: 120,
  };
}
