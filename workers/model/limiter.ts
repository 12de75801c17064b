/**
 * The bottleneck analysis (docs/design/MODEL.md §4; issue 9): what limits throughput, with the
 * bounds the operational laws give, each of which the measurement cannot beat.
 *
 * - A resource limits when the requests saturate what the background leaves of it: its
 *   readUtilisation ≥ SATURATED (≈ measured ÷ its bound). Of several, the one with the tightest
 *   bound (the classic bottleneck: the largest demand per server).
 * - The --rate cap limits when the run reaches it (≥ RATE_REACHED of the rate) before any
 *   resource does.
 * - Otherwise the clients do: each waits for its own request, so N clients make N ÷ (R + Z)
 *   requests per second; the analysis says which stage holds most of R and what kind of time
 *   dominates it, and names the lock that kept them waiting when lock waits are a large part.
 *
 * Pure data in, plain data out: the CLI and the app word the result, in English and Chinese.
 */
import type { Bottleneck, LockNote, ResourceStat, StageStat } from '../contract/result.ts';
import type { Scenario } from '../contract/scenario.ts';
import { TIME_KINDS, type ByKind, type TimeKind } from '../contract/timeKinds.ts';

/** A resource counts as saturated from this readUtilisation (the issue: "above ~70 % busy"). */
export const SATURATED = 0.7;
/** The --rate cap counts as reached from this share of the rate. */
export const RATE_REACHED = 0.9;
/** Lock waits are worth naming from this share of the mean latency. */
export const LOCK_SHARE = 0.05;

export interface LimiterInput {
  s: Scenario;
  resources: ResourceStat[];
  stages: StageStat[];
  /** Requests finished (succeeded or failed), and issued. */
  finished: number;
  issued: number;
  /** Measured throughput, req/s, over the window T (ms). */
  rps: number;
  windowMs: number;
  /** The clients' least time between a response and the next request, ms. */
  thinkMs: number;
  /** The lock the requests waited for most, if any. */
  lock: LockNote | null;
}

export function analyse(input: LimiterInput): Bottleneck {
  const { s, resources, stages, finished, issued, rps, windowMs: T, thinkMs: Z } = input;
  // Mean ms per finished request of each kind, over all stages (a stage's means are per request
  // that passed through it, so weight them by count ÷ finished).
  const time: ByKind = { lock: 0, queue: 0, flight: 0, service: 0 };
  let best: StageStat | null = null;
  let bestMs = -1;
  for (const st of stages) {
    const w = finished > 0 ? st.count / finished : 0;
    time.lock += st.lockMeanMs * w;
    time.queue += st.queueMeanMs * w;
    time.flight += st.flightMeanMs * w;
    time.service += st.serviceMeanMs * w;
    if (st.meanMs * w > bestMs) {
      bestMs = st.meanMs * w;
      best = st;
    }
  }
  const latencyMs = time.lock + time.queue + time.flight + time.service;
  // D: a request's time not spent waiting for a lock or a server. Each client's requests and the
  // Z between them fit in T + Z, so finished × (D + Z) ≤ N (T + Z): X ≤ N (T + Z) ÷ (T (D + Z)).
  const demandMs = time.flight + time.service;
  const active = Math.min(s.clients, s.total);
  const populationBoundRps =
    finished > 0 && T > 0 && demandMs + Z > 0
      ? ((active * (T + Z)) / (T * (demandMs + Z))) * 1000
      : 0;
  // n requests issued at least 1 ÷ rate apart span (n − 1) ÷ rate of the window at least.
  const rateBoundRps = s.rate > 0 && issued >= 2 ? (s.rate * issued) / (issued - 1) : 0;

  let tightest: ResourceStat | null = null;
  for (const r of resources)
    if (r.boundRps > 0 && (tightest === null || r.boundRps < tightest.boundRps)) tightest = r;

  const base = {
    latencyMs,
    time,
    dominant: best === null ? null : { stage: best.id, ms: bestMs, kind: largestKind(best) },
    tightest: tightest?.id ?? null,
    tightestBoundRps: tightest?.boundRps ?? 0,
    populationBoundRps,
    demandMs,
    thinkMs: Z,
    rateBoundRps,
  };
  const none = { resource: null, utilisation: 0, boundRps: 0 };
  if (finished === 0 || best === null)
    return { ...none, ...base, dominant: null, limiter: { kind: 'none' } };

  const rateReached =
    s.rate > 0 &&
    rps >= RATE_REACHED * s.rate &&
    (tightest === null || s.rate <= tightest.boundRps);
  if (rateReached)
    return { ...none, ...base, limiter: { kind: 'rate', rate: s.rate, boundRps: rateBoundRps } };

  if (tightest !== null && tightest.readUtilisation >= SATURATED) {
    return {
      resource: tightest.id,
      utilisation: tightest.readUtilisation,
      boundRps: tightest.boundRps,
      ...base,
      limiter: {
        kind: 'resource',
        resource: tightest.id,
        readUtilisation: tightest.readUtilisation,
        backgroundUtilisation: tightest.backgroundUtilisation,
        demandMs: tightest.demandMs,
        servers: tightest.servers,
        boundRps: tightest.boundRps,
      },
    };
  }

  const lock = input.lock !== null && time.lock >= LOCK_SHARE * latencyMs ? input.lock : null;
  return {
    ...none,
    ...base,
    limiter: {
      kind: 'clients',
      clients: active,
      lock,
      busiest:
        tightest === null
          ? null
          : { resource: tightest.id, readUtilisation: tightest.readUtilisation },
    },
  };
}

/** The kind of time that dominates a stage. */
function largestKind(st: StageStat): TimeKind {
  const ms: ByKind = {
    lock: st.lockMeanMs,
    queue: st.queueMeanMs,
    flight: st.flightMeanMs,
    service: st.serviceMeanMs,
  };
  let top: TimeKind = 'service';
  for (const k of TIME_KINDS) if (ms[k] > ms[top]) top = k;
  return top;
}
