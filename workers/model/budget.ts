/**
 * What a run will cost, before it starts, and the limits it runs within. A closed loop of clients
 * costs a handful of events per request; what can explode is the open-loop write stream, whose
 * events grow with the simulated time the reads take (50,000 puts/s for the hours that 1.5 MiB
 * ranges over a 1 Gb/s NIC need is billions of events). So the estimate is:
 *
 *   simulated time ≥ the largest of: (total − 1) ÷ rate cap; every response's bytes through the
 *   serving members' NICs and through the client's NIC; total × the client's round trip ÷ clients
 *   events ≈ total × EVENTS_PER_READ + writes in that time × events per write (members-dependent)
 *
 * A lower bound on time makes the event estimate a lower bound too: a refusal is never wrong, and
 * a run the estimate lets through is still held to EVENT_BUDGET while it runs (simulate.ts).
 */
import type { BudgetCause, BudgetEstimate } from '../contract/budget.ts';
import type { Scenario } from '../contract/scenario.ts';
import type { CostTable } from './costs.ts';
import { wireBytes } from './world.ts';
import { responsePayload } from './rangeResult.ts';

/**
 * Events one run may take: the article's 5,000,000-request run needs ≈ 40 M; 120 M is ≈ 25 s of
 * wall time at the engine's ≈ 5 M events/s on a quiet core (a minute on a busy one), with memory
 * bounded by the pending set, not by the events (see the log bound in raft.ts).
 */
export const EVENT_BUDGET = 120_000_000;
/** Events per read, generously (client issue, arrive, ReadIndex join/done, response, receive). */
const EVENTS_PER_READ = 8;

export function estimateBudget(s: Scenario, c: CostTable, limit = EVENT_BUDGET): BudgetEstimate {
  const bytesPerRead = s.request === 'authenticate' ? 0 : wireBytes(c, responsePayload(s));
  const nicBytesPerMs = (s.nicGbps * 1e9) / 8 / 1000;
  // The first request goes at once; each later one waits for the limiter's next token.
  const rateMs = s.rate > 0 ? (Math.max(0, s.total - 1) / s.rate) * 1000 : 0;
  const serving = Math.max(1, Math.min(s.endpoints, s.members + (s.learner ? 1 : 0)));
  const networkMs = (s.total * bytesPerRead) / Math.min(nicBytesPerMs * serving, nicBytesPerMs);
  const roundTripMs = (s.total * s.clientRttMs) / s.clients;
  const simulatedMs = Math.max(rateMs, networkMs, roundTripMs);
  const timeLimitedBy =
    simulatedMs === rateMs ? 'rate' : simulatedMs === networkMs ? 'network' : 'round-trips';
  // A put: arrive, propose, then per other member append + WAL + ack + commit, and an apply on each.
  const eventsPerWrite = 3 + 5 * s.members;
  const writes = (simulatedMs / 1000) * s.writeQps;
  const writeEvents = writes * eventsPerWrite;
  const readEvents = s.total * EVENTS_PER_READ;
  const events = readEvents + writeEvents;
  const over: BudgetCause | null =
    events <= limit ? null : writeEvents > readEvents ? 'writes' : 'reads';
  return { simulatedMs, timeLimitedBy, readEvents, writeEvents, writes, events, limit, over };
}

/** A run refused or stopped because it would not fit the budget; the message says what to change. */
export class BudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetError';
  }
}

const n = (v: number): string => Math.round(v).toLocaleString('en-US');

function hours(ms: number): string {
  const s = ms / 1000;
  if (s < 120) return `${n(s)} s`;
  if (s < 7200) return `${n(s / 60)} min`;
  return `${(s / 3600).toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;
}

/** The refusal in words (the CLI prints it; the app renders the estimate in its own language). */
export function budgetMessage(s: Scenario, e: BudgetEstimate): string {
  const why =
    e.timeLimitedBy === 'rate'
      ? `at --rate=${n(s.rate)} the ${n(s.total)} requests take at least ${hours(e.simulatedMs)} of simulated time`
      : e.timeLimitedBy === 'network'
        ? `${n(s.total)} responses of ${n(s.keysPerRange)} × ${n(s.valueBytes)} bytes need at least ${hours(e.simulatedMs)} of simulated time on ${s.nicGbps} Gb/s NICs`
        : `${n(s.total)} requests by ${n(s.clients)} clients with a ${s.clientRttMs} ms round trip take at least ${hours(e.simulatedMs)} of simulated time`;
  const what =
    e.over === 'writes'
      ? `, during which ${n(e.writes)} background writes must be simulated (≈ ${n(e.events)} events; the limit is ${n(e.limit)}). Lower --total or --write-qps${e.timeLimitedBy === 'rate' ? ', or raise --rate' : ', or read fewer or smaller values'}`
      : ` (≈ ${n(e.events)} events; the limit is ${n(e.limit)}). Lower --total`;
  return `run too large: ${why}${what}.`;
}
