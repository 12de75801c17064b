/**
 * The operational-law bounds a sweep draws beside its curves, taken from the bounds every result
 * carries (result.bottleneck; docs/design/MODEL.md §4) — nothing here models etcd:
 *
 * - throughput: X ≤ min(servers / D_max, N / (D + Z), the --rate cap), the tightest resource's bound, the
 *   clients' bound, both in req/s;
 * - mean latency: the interactive response-time law R = N / X − Z turns that into
 *   R ≥ max(D, N / X_max − Z) (Lazowska et al., Quantitative System Performance, §5.3), D a
 *   request's mean time not spent waiting for a lock or a server (result.bottleneck.demandMs). Z, the clients' time between a response and
 *   their next request, is taken from the run itself by the same law, Z = N / X − R: the model's
 *   own Z (the benchmark loop's CPU time, used in populationBoundRps) leaves out the client-side
 *   time the measured latency does not include, and with it N / X_max − Z came out above the
 *   measured mean at most points of the built-in sweeps — not a bound.
 *
 * A bound the measurement beats is no bound (a rate limit, for one, lengthens the clients' time
 * between requests beyond Z). `holds` says whether it bounds this measurement; a caller draws only
 * bounds that hold and names the points where one does not.
 */
import type { SimResult } from '../workers/contract/result.ts';

/** Float noise allowed before a bound counts as beaten: one part in a million. */
const SLACK = 1e-6;

export interface Bound {
  /** The bound's value, or null when the result carries none (no resource was busy). */
  value: number | null;
  /** False when the measurement beats it: it must not be drawn as a bound. */
  holds: boolean;
}

/**
 * X_max in req/s: the tightest of the resources' bound, the clients' and the --rate cap's
 * (0 = none; each one a bound on the measurement by construction, workers/model/limiter.ts).
 */
function throughputBound(r: SimResult): number | null {
  const b = r.bottleneck;
  const bounds = [b.tightestBoundRps, b.populationBoundRps, b.rateBoundRps].filter((x) => x > 0);
  return bounds.length === 0 ? null : Math.min(...bounds);
}

/** The upper bound on requests/sec, and whether the measured requests/sec respect it. */
export function qpsBound(r: SimResult): Bound {
  const value = throughputBound(r);
  if (value === null) return { value: null, holds: true };
  return { value, holds: r.summary.rps <= value * (1 + SLACK) };
}

/** The lower bound on mean latency in ms, and whether the measured mean respects it. */
export function meanLatencyBound(r: SimResult): Bound {
  const xMax = throughputBound(r);
  const x = r.summary.rps;
  if (xMax === null || !(x > 0) || r.summary.succeeded === 0) return { value: null, holds: true };
  const n = r.scenario.clients;
  const measured = r.summary.averageSec * 1000;
  // D: a request's time not spent waiting for a lock or a server (the population bound's D).
  const demandMs = r.bottleneck.demandMs;
  const thinkMs = (n * 1000) / x - measured;
  const value = Math.max(demandMs, (n * 1000) / xMax - thinkMs);
  return { value, holds: qpsBound(r).holds && measured >= value * (1 - SLACK) };
}
