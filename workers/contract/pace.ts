/**
 * How a run's throughput moved from its first tenth to its ninth (result.pace), for the sentence
 * the app and the command line add under what limits throughput. A run starts with every queue
 * empty: on the lecture's 1,000 clients over 100 connections, the requests that share a
 * connection batch their syscalls more once queues have formed, and the first tenth of a 100,000-
 * request linearizable run finishes at ≈ 164,000/s, its ninth at ≈ 200,000/s. Requests/sec is the
 * whole run's average, so the same experiment shows a different figure with more requests — which
 * a learner who only changed the number of requests is otherwise left to guess at.
 */
import type { Pace, PacePart } from './result.ts';
import type { Scenario } from './scenario.ts';

/** The change between the first tenth and the ninth below which nothing is said (a tenth). */
export const PACE_NOTE_CHANGE = 0.1;
/**
 * The fewest requests a part must hold for its rate to be said. Tenths of a few hundred requests
 * are lumpy where each request is long: the 3.4.9 login preset (4,000 logins of 200 clients on 16
 * cores) ran its tenths at 139, 216, 218, 208, 216, 216, 210, 143, 214 and 298/s, an oscillation a
 * first-against-ninth sentence would misname as a rise.
 */
export const PACE_NOTE_MIN_PART = 1000;

export interface PaceChange {
  /** Requests succeeded per second of simulated time in the first tenth and in the ninth. */
  firstRps: number;
  laterRps: number;
  /** laterRps ÷ firstRps − 1. */
  change: number;
}

/** Requests succeeded per second in part i, or null when it took no simulated time. */
export function partRps(pace: Pace, i: number): number | null {
  const part: PacePart = pace.parts[i];
  const before = i > 0 ? pace.parts[i - 1] : null;
  const ms = part.endMs - (before?.endMs ?? pace.fromMs);
  if (!(ms > 0)) return null;
  return (part.succeeded - (before?.succeeded ?? 0)) / (ms / 1000);
}

/**
 * The first tenth's throughput and the ninth's, when they differ by PACE_NOTE_CHANGE or more;
 * else null. Not the tenth's: once the last request is issued the clients stop sending, and the
 * requests still in flight (one per client) finish with the queues emptying — at 10,000 requests
 * of 1,000 clients that drain is the whole last tenth, and ran at 288,000/s where the whole run
 * averaged 170,000/s. So the ninth is said, and only when a tenth holds at least one request per
 * client (then the drain is inside the last tenth) and PACE_NOTE_MIN_PART requests.
 */
export function paceChange(pace: Pace, clients: number): PaceChange | null {
  const n = pace.parts.length;
  if (n < 10) return null;
  let before = 0;
  for (const p of pace.parts) {
    const size = p.finished - before;
    if (size < PACE_NOTE_MIN_PART || size < clients) return null;
    before = p.finished;
  }
  const firstRps = partRps(pace, 0);
  const laterRps = partRps(pace, n - 2);
  if (firstRps === null || laterRps === null || !(firstRps > 0)) return null;
  const change = laterRps / firstRps - 1;
  return Math.abs(change) >= PACE_NOTE_CHANGE ? { firstRps, laterRps, change } : null;
}

/**
 * Which sentence fits: falling, or rising — and then whether requests share connections
 * (clients > conns), where the model's reads and writes on a connection carry more requests once
 * queues have formed (workers/model/connections.ts), so later requests cost each side less CPU.
 */
export function paceKind(
  p: PaceChange,
  s: Pick<Scenario, 'clients' | 'conns'>,
): 'rising' | 'risingShared' | 'falling' {
  if (p.change < 0) return 'falling';
  return s.clients > s.conns ? 'risingShared' : 'rising';
}
