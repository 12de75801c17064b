/**
 * Where one sampled request is at simulated time t — a pure function of (journey, t), so pause,
 * step, scrub and reduced motion need no animation state (docs/design/ARCHITECTURE.md, "Requests in flight
 * are data"). Layout-free: `dotPosition.ts` turns a phase into pixels.
 */
import type { BenchSummary, Journey } from '../../../workers/contract/result.ts';
import { stageBars, type Bar } from './stageBars.ts';

export type Phase =
  /** Waiting in stage `stage`: for a lock, or for a core, NIC, disk or loop (`wait`). */
  | { kind: 'queue'; stage: number; wait: 'lock' | 'queue' }
  /**
   * Moving through stage `stage`: on the wire or in raft, then served (`time`); `progress` 0..1
   * of the stage's flight and service together.
   */
  | { kind: 'service'; stage: number; progress: number; time: 'flight' | 'service' }
  /**
   * Between two stages: `from` is the last stage left (−1 = just issued), `to` the next one to
   * enter (stages.length = done). Happens only across gaps in the timestamps.
   */
  | { kind: 'between'; from: number; to: number; progress: number };

/** A stage the request did not spend time in: not on its path, or passed in zero time. */
export function isSkipped(stage: Journey['stages'][number]): boolean {
  return !stage.visited || stage.endMs <= stage.enterMs;
}

/** The request's phase at `t` (ms of simulated time), or null when it is not in flight. */
export function journeyPhase(journey: Journey, t: number): Phase | null {
  if (!(t >= journey.issuedMs && t < journey.doneMs)) return null;
  const stages = journey.stages;
  let from = -1;
  let fromMs = journey.issuedMs;
  for (let i = 0; i < stages.length; i++) {
    const s = stages[i];
    if (isSkipped(s)) continue;
    if (t < s.enterMs) return between(from, i, fromMs, s.enterMs, t);
    if (t < s.endMs) return inStage(s, i, t);
    from = i;
    fromMs = s.endMs;
  }
  return between(from, stages.length, fromMs, journey.doneMs, t);
}

/**
 * Within a stage the dot waits while the request waits for a lock or a server, and moves down
 * the stage while it is in flight or served; `progress` is the share of its moving time spent.
 * Where and when comes from the stage's bars (its spans, or its kinds in order: waterfall.ts).
 */
function inStage(s: Journey['stages'][number], stage: number, t: number): Phase {
  let moved = 0;
  let moving = 0;
  let here: Bar | null = null;
  for (const b of stageBars(s)) {
    const waits = b.kind === 'lock' || b.kind === 'queue';
    if (!waits) {
      moving += b.toMs - b.fromMs;
      if (t >= b.toMs) moved += b.toMs - b.fromMs;
      else if (t > b.fromMs) moved += t - b.fromMs;
    }
    if (here === null && t >= b.fromMs && t < b.toMs) here = b;
  }
  if (here !== null && (here.kind === 'lock' || here.kind === 'queue'))
    return { kind: 'queue', stage, wait: here.kind };
  const progress = moving > 0 ? Math.min(1, moved / moving) : 1;
  return {
    kind: 'service',
    stage,
    progress,
    time: here?.kind === 'service' ? 'service' : 'flight',
  };
}

function between(from: number, to: number, fromMs: number, toMs: number, t: number): Phase {
  const span = toMs - fromMs;
  const progress = span > 0 ? Math.min(1, Math.max(0, (t - fromMs) / span)) : 1;
  return { kind: 'between', from, to, progress };
}

/** Request latency as the model recorded it: issue to response, ms. */
export function latencyMs(journey: Journey): number {
  return journey.doneMs - journey.issuedMs;
}

/** The simulated time span the sampled journeys cover, for the driver to loop over. */
export function sampleWindow(journeys: readonly Journey[]): { fromMs: number; toMs: number } {
  if (journeys.length === 0) return { fromMs: 0, toMs: 0 };
  let fromMs = Infinity;
  let toMs = -Infinity;
  for (const j of journeys) {
    if (j.issuedMs < fromMs) fromMs = j.issuedMs;
    if (j.doneMs > toMs) toMs = j.doneMs;
  }
  return { fromMs, toMs };
}

/** The slowest sampled request ("a slow one"), or null when there are none. */
export function slowestJourney(journeys: readonly Journey[]): Journey | null {
  let slowest: Journey | null = null;
  for (const j of journeys) if (!slowest || latencyMs(j) > latencyMs(slowest)) slowest = j;
  return slowest;
}

/** The sampled request of median latency ("a typical one"), or null when there are none. */
export function medianJourney(journeys: readonly Journey[]): Journey | null {
  if (journeys.length === 0) return null;
  const sorted = [...journeys].sort((a, b) => latencyMs(a) - latencyMs(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The loop for a followed request: its own span with a little air either side. */
export function followWindow(journey: Journey): { fromMs: number; toMs: number } {
  const pad = Math.max(latencyMs(journey) * 0.08, 1e-6);
  return { fromMs: journey.issuedMs - pad, toMs: journey.doneMs + pad };
}

/**
 * The latency of a run's typical request, ms: the run's own median (its P50, which the headline
 * prints beside the chain's speed sentence); the sampled journeys' median only when the run has
 * none. The two differ by a sample's noise: "a typical request (11.6 ms)" sat beside a P50 of
 * 11.7 ms.
 */
export function typicalLatencyMs(
  summary: Pick<BenchSummary, 'percentiles'> | undefined,
  journeys: readonly Journey[],
): number | null {
  const p50 = summary?.percentiles.find((p) => p.p === 50);
  if (p50 !== undefined && p50.sec > 0) return p50.sec * 1000;
  const j = medianJourney(journeys);
  return j ? latencyMs(j) : null;
}
