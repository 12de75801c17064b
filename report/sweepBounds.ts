/**
 * The operational-law bounds a sweep draws beside its curves, taken from the bounds every result
 * carries (result.bottleneck; docs/design/MODEL.md §4) — nothing here models etcd:
 *
 * - throughput: X ≤ min(servers / D_max, N / (D_total + Z)), the busiest resource's bound and the
 *   clients' bound, both in req/s;
 * - mean latency: the interactive response-time law R = N / X − Z turns that into
 *   R ≥ max(D_total, N / X_max − Z) (Lazowska et al., Quantitative System Performance, §5.3),
 *   D_total the sum of the stages' mean service times. Z, the clients' time between a response and
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

/** X_max in req/s: the tighter of the busiest resource's and the clients' bound (0 = none). */
function throughputBound(r: SimResult): number | null {
  const bounds = [r.bottleneck.boundRps, r.bottleneck.populationBoundRps].filter((b) => b > 0);
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
  const serviceMs = r.stages.reduce((sum, s) => sum + s.serviceMeanMs, 0);
  const thinkMs = (n * 1000) / x - measured;
  const value = Math.max(serviceMs, (n * 1000) / xMax - thinkMs);
  return { value, holds: qpsBound(r).holds && measured >= value * (1 - SLACK) };
}
