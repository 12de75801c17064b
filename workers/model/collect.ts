/**
 * Turns a finished world into a SimResult (docs/design/MODEL.md §4): the benchmark summary, per-stage and
 * per-resource figures, the bottleneck with its operational-law bounds, ReadIndex batching,
 * staleness, slow requests, sampled journeys and occupancy. Plain data only.
 */
import type {
  BenchSummary,
  Bottleneck,
  ResourceStat,
  SimResult,
  StageStat,
} from '../contract/result.ts';
import { STAGES } from '../contract/stages.ts';
import type { Recorder } from './recorder.ts';
import { resourceStats } from './resourceStats.ts';
import type { World } from './world.ts';

/** The benchmark's percentiles (pkg/report). */
export const PERCENTILES = [10, 25, 50, 75, 90, 95, 99, 99.9];

export function collect(w: World): SimResult {
  const rec = w.recorder;
  const horizon = Math.max(rec.lastDone, 1e-9);
  const finished = w.completed + w.failed;
  const resources = resourceStats(w, horizon, finished);
  const stages = stageStats(rec);
  return {
    scenario: w.s,
    summary: benchSummary(w, rec),
    stages,
    resources,
    bottleneck: bottleneck(w, resources, stages),
    leader: w.leader,
    readIndex: w.members.map((m) => ({
      member: m.index,
      rounds: m.riRounds,
      meanBatch: m.riRounds > 0 ? m.riBatched / m.riRounds : 0,
      meanRoundMs: m.riRounds > 0 ? m.riRoundMs / m.riRounds : 0,
    })),
    staleness: {
      reads: rec.staleMeasured,
      staleReads: rec.staleReads,
      meanRevisions: rec.staleReads > 0 ? rec.staleRevSum / rec.staleReads : 0,
      maxRevisions: rec.staleRevMax,
      meanMs: rec.staleReads > 0 ? rec.staleMsSum / rec.staleReads : 0,
      maxMs: rec.staleMsMax,
      linearizableViolations: w.staleLinearizable,
    },
    slow: { over100ms: rec.over100, over300ms: rec.over300 },
    latencyHistogram: rec.latency.coarse(),
    journeys: rec.journeys,
    occupancy: rec.occupancy(),
    writes: {
      completed: w.writesDone,
      refused: w.writesRefused,
      dropped: w.writesDropped,
      meanCommitMs: w.writesDone > 0 ? w.writeCommitMsSum / w.writesDone : 0,
    },
    simulatedMs: rec.lastDone,
    events: w.engine.steps,
  };
}

function benchSummary(w: World, rec: Recorder): BenchSummary {
  const h = rec.latency;
  const ok = h.count;
  const totalSec =
    ok + w.failed > 0 ? (rec.lastDone - Math.min(rec.firstIssue, rec.lastDone)) / 1000 : 0;
  const fastest = ok > 0 ? h.min : 0;
  const slowest = ok > 0 ? h.max : 0;
  const bounds = Array.from({ length: 11 }, (_, i) =>
    i === 10 ? slowest : fastest + (i * (slowest - fastest)) / 10,
  );
  const counts = ok > 0 ? h.countBetween(bounds) : bounds.map(() => 0);
  return {
    totalSec,
    slowestSec: slowest / 1000,
    fastestSec: fastest / 1000,
    averageSec: h.mean / 1000,
    stddevSec: h.stddev / 1000,
    rps: totalSec > 0 ? ok / totalSec : 0,
    succeeded: ok,
    failed: w.failed,
    histogram: bounds.map((b, i) => ({ boundSec: b / 1000, count: counts[i] })),
    percentiles: PERCENTILES.map((p) => ({ p, sec: h.percentile(p) / 1000 })),
    errors: [...rec.errors].map(([message, count]) => ({ message, count })),
  };
}

function stageStats(rec: Recorder): StageStat[] {
  return STAGES.map((stage, i) => ({
    id: stage.id,
    step: stage.step,
    count: rec.queue[i].count,
    queueMeanMs: rec.queue[i].mean,
    queueP99Ms: rec.queue[i].percentile(99),
    serviceMeanMs: rec.service[i].mean,
    serviceP99Ms: rec.service[i].percentile(99),
  })).filter((s) => s.count > 0);
}

/**
 * The most utilised resource, and the bounds the operational laws give: X ≤ servers / D_max for
 * that resource, and X ≤ N / (D_total + Z) where D_total is the sum of mean stage service times
 * (the latency of a request that never queues) and Z the client's time between requests.
 */
function bottleneck(w: World, resources: ResourceStat[], stages: StageStat[]): Bottleneck {
  // The client's CPU is always listed, so there is a first resource to start from.
  let top = resources[0];
  for (const r of resources) if (r.utilisation > top.utilisation) top = r;
  const boundRps = top.demandMs > 0 ? (top.servers * 1000) / top.demandMs : Infinity;
  const serviceMs = stages.reduce((sum, s) => sum + s.serviceMeanMs, 0);
  const thinkMs = w.c.benchLoopUs / 1000 / w.s.cpuSpeed;
  const populationBoundRps =
    serviceMs > 0 ? (w.s.clients * 1000) / (serviceMs + thinkMs) : Infinity;
  return {
    resource: top.id,
    utilisation: top.utilisation,
    boundRps: Number.isFinite(boundRps) ? boundRps : 0,
    populationBoundRps: Number.isFinite(populationBoundRps) ? populationBoundRps : 0,
  };
}
