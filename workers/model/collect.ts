/**
 * Turns a finished world into a SimResult (docs/design/MODEL.md §4): the benchmark summary, per-stage and
 * per-resource figures, the bottleneck analysis with its operational-law bounds (limiter.ts),
 * ReadIndex batching, staleness, write counts, slow requests, sampled journeys and occupancy.
 * Plain data only.
 */
import type { BenchSummary, LockNote, SimResult, StageStat } from '../contract/result.ts';
import { memberResource } from '../contract/resourceId.ts';
import { STAGES } from '../contract/stages.ts';
import { TIME_KINDS } from '../contract/timeKinds.ts';
import { LOCK_COUNT, LOCK_RESOURCE, R } from './ledger.ts';
import { analyse } from './limiter.ts';
import type { Recorder } from './recorder.ts';
import { resourceStats } from './resourceStats.ts';
import type { Member, World } from './world.ts';

/** The benchmark's percentiles (pkg/report). */
export const PERCENTILES = [10, 25, 50, 75, 90, 95, 99, 99.9];

export function collect(w: World): SimResult {
  const rec = w.recorder;
  const horizon = Math.max(rec.lastDone, 1e-9);
  const finished = w.completed + w.failed;
  const from = Math.min(rec.firstIssue, rec.lastDone);
  const win = { from, to: rec.lastDone, finished };
  const resources = resourceStats(w, horizon, win);
  const stages = stageStats(rec);
  const summary = benchSummary(w, rec);
  return {
    scenario: w.s,
    summary,
    stages,
    resources,
    bottleneck: analyse({
      s: w.s,
      resources,
      stages,
      finished,
      issued: w.issued,
      rps: summary.rps,
      windowMs: rec.lastDone - from,
      thinkMs: w.c.benchLoopUs / 1000 / w.s.cpuSpeed,
      lock: lockNote(w, rec.lastDone - from, finished),
    }),
    leader: w.leader,
    readIndex: w.members.map((m) => ({
      member: m.index,
      rounds: m.riRounds,
      meanBatch: m.riRounds > 0 ? m.riBatched / m.riRounds : 0,
      meanRoundMs: m.riRounds > 0 ? m.riRoundMs / m.riRounds : 0,
      meanApplyWaitMs: m.riRounds > 0 ? m.riApplyWaitMs / m.riRounds : 0,
    })),
    staleness: {
      reads: rec.staleMeasured,
      staleReads: rec.staleReads,
      meanEntries: rec.staleReads > 0 ? rec.staleRevSum / rec.staleReads : 0,
      maxEntries: rec.staleRevMax,
      meanMs: rec.staleReads > 0 ? rec.staleMsSum / rec.staleReads : 0,
      maxMs: rec.staleMsMax,
      linearizableViolations: w.staleLinearizable,
    },
    slow: { over100ms: rec.over100, over300ms: rec.over300 },
    latencyHistogram: rec.latency.coarse(),
    journeys: rec.journeys,
    occupancy: rec.occupancy(),
    pace: { fromMs: from, parts: rec.pace },
    writes: {
      sent: w.writesSent,
      refused: w.writesRefused,
      dropped: w.writesDropped,
      proposed: w.writesProposed,
      committed: w.writesCommitted,
      applied: w.writesApplied,
      answered: w.writesAnswered,
      meanCommitMs: w.writesCommitted > 0 ? w.writeCommitMsSum / w.writesCommitted : 0,
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

/** Per stage: time in it (mean, p99) and the mean of each kind, over the requests that passed. */
function stageStats(rec: Recorder): StageStat[] {
  const K = TIME_KINDS.length;
  return STAGES.map((stage, i) => {
    const h = rec.stage[i];
    const n = h.count;
    const mean = (k: number): number => (n > 0 ? rec.kindSum[i * K + k] / n : 0);
    return {
      id: stage.id,
      step: stage.step,
      count: n,
      meanMs: h.mean,
      p99Ms: h.percentile(99),
      lockMeanMs: mean(0),
      queueMeanMs: mean(1),
      flightMeanMs: mean(2),
      serviceMeanMs: mean(3),
    };
  }).filter((s) => s.count > 0);
}

/**
 * The lock the requests waited for longest, summed over members, named on the member where it
 * was held most, with how busy it was there and who mostly held it: the requests, or background
 * work.
 */
function lockNote(w: World, windowMs: number, finished: number): LockNote | null {
  let lock = -1;
  let wait = 0;
  for (let l = 0; l < LOCK_COUNT; l++) {
    let sum = 0;
    for (const m of w.members) sum += m.lockWaits[l];
    if (sum > wait) {
      wait = sum;
      lock = l;
    }
  }
  if (lock < 0 || finished === 0 || !(windowMs > 0)) return null;
  const name = LOCK_RESOURCE[lock];
  let best: { m: Member; held: number; bg: number } | null = null;
  for (const m of w.members) {
    const { held, bg } = lockHeld(m, name);
    if (best === null || held > best.held) best = { m, held, bg };
  }
  if (best === null) return null;
  return {
    resource: memberResource(best.m.index, name),
    waitMs: wait / finished,
    heldFraction: Math.min(1, best.held / windowMs),
    heldBy: best.held > 0 && best.bg >= best.held / 2 ? 'background' : 'requests',
  };
}

/** How long a member's lock was held (for writing, for a read-write lock) and by background work. */
function lockHeld(m: Member, name: (typeof LOCK_RESOURCE)[number]): { held: number; bg: number } {
  if (name === 'lock.batchTx') return { held: m.batchTx.held, bg: m.bgBusy[R['lock.batchTx']] };
  if (name === 'lock.token') return { held: m.tokenMu.held, bg: 0 };
  // Only background work takes a read-write lock for writing.
  const held = (name === 'lock.readTx' ? m.readTx : m.treeIndex).writeHeld;
  return { held, bg: held };
}
