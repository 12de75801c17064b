/**
 * simulate(): validate the scenario, build the world, run the closed loop until `total` requests
 * have finished, and collect the result. Yields to the caller every `progressEvery` finished
 * requests so a worker can take a cancel message between slices.
 */
import type { Progress, SimResult } from '../contract/result.ts';
import type { Scenario } from '../contract/scenario.ts';
import { maybeScenario } from '../contract/validate.ts';
import { createWorld, type Member, type World } from './world.ts';
import { Recorder } from './recorder.ts';
import { handshake, issue, pinConnections } from './client.ts';
import { arrive, tokenApplied } from './readPath.ts';
import { clientReceive, ERR_NONE, ERROR_TEXT } from './response.ts';
import { finishRound, joinReadLoop, releaseBatch } from './readIndex.ts';
import { authApplied, authPropose, authTokenReceived } from './authenticate.ts';
import { WAIT_OWN_ENTRY, WAIT_READ_LOOP, WAIT_TOKEN, type WaitKind } from './waiters.ts';
import { PHASE_AUTH } from './stageMarks.ts';
import { S } from '../contract/stages.ts';
import { ack, appendRecv, commitRecv, propose, startWrites, walDone, writeArrive } from './raft.ts';
import { applyDone, backendTick, compact, startBackendTimers } from './apply.ts';
import { collect } from './collect.ts';
import * as E from './events.ts';
import { COSTS, type CostTable } from './costs.ts';
import { BudgetError, budgetMessage, EVENT_BUDGET, estimateBudget } from './budget.ts';

export interface SimOptions {
  /** How many request journeys to sample for the animation (bounded; default 400). */
  journeys?: number;
  /** Called every `progressEvery` finished requests; awaited, so it is also a yield point. */
  onProgress?: (p: Progress) => void | Promise<void>;
  progressEvery?: number;
  /** Checked after every progress call; when it returns true the run stops with CancelledError. */
  isCancelled?: () => boolean;
  /** Replace the cost table (tests and calibration studies only; the app uses COSTS). */
  costs?: CostTable;
  /** The event budget (default EVENT_BUDGET); tests lower it to explore extremes quickly. */
  maxEvents?: number;
  /** Observe every event (tests: exact traces of tiny scenarios). */
  trace?: (time: number, kind: number, a: number, b: number) => void;
}

export class CancelledError extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'CancelledError';
  }
}

const MAX_JOURNEYS = 2000;

/** Builds a world ready to run: connections pinned, every client's first request issued. */
export function createRun(input: Scenario, options: SimOptions = {}): World {
  const s = maybeScenario(input);
  const journeys = Math.max(0, Math.min(MAX_JOURNEYS, options.journeys ?? 400));
  const recorder = new Recorder(journeys, s.total);
  const trace = options.trace;
  // The handler closes over `w`; it runs only once events are stepped, after `w` exists. Without
  // a trace (every run but tests of traces) the handler does nothing but dispatch.
  const w: World = createWorld(
    s,
    trace
      ? (kind, a, b) => {
          const t = w.engine.now;
          trace(t, kind, a, b);
          dispatch(w, kind, a, b, t);
        }
      : (kind, a, b) => dispatch(w, kind, a, b, w.engine.now),
    (kind, who, index, m, t) => resume(w, kind, who, index, m, t),
    recorder,
    options.costs ?? COSTS,
  );
  pinConnections(w);
  handshake(w);
  startWrites(w);
  startBackendTimers(w);
  recorder.maybeOpenWindow(w, 0);
  for (let client = 0; client < s.clients; client++) issue(w, client, 0);
  return w;
}

function dispatch(w: World, kind: number, a: number, b: number, t: number): void {
  switch (kind) {
    case E.EV_ARRIVE:
      return arrive(w, a, t);
    case E.EV_RI_JOIN:
      return joinReadLoop(w, a, t);
    case E.EV_RI_DONE:
      return finishRound(w, a, t);
    case E.EV_CLIENT_RECV:
      return clientRecv(w, a, b, t);
    case E.EV_AUTH_PROPOSE:
      return authPropose(w, a, t);
    case E.EV_WRITE_ARRIVE:
      return writeArrive(w, a, t);
    case E.EV_PROPOSE:
      return propose(w, a, b, t);
    case E.EV_WAL_DONE:
      return walDone(w, a, t);
    case E.EV_APPEND_RECV:
      return appendRecv(w, a, b, t);
    case E.EV_ACK:
      return ack(w, a, b, t);
    case E.EV_COMMIT_RECV:
      return commitRecv(w, a, b, t);
    case E.EV_APPLY_DONE:
      return applyDone(w, a, t);
    case E.EV_BACKEND_TICK:
      return backendTick(w, a, t);
    case E.EV_COMPACT:
      return compact(w, a, t);
    case E.EV_ISSUE:
      return issue(w, a, t);
    default:
      throw new Error(`unknown event kind ${kind}`);
  }
}

/** The one place a waiter released by an apply loop continues (waiters.ts names the kinds). */
function resume(w: World, kind: WaitKind, who: number, index: number, m: Member, t: number): void {
  switch (kind) {
    case WAIT_TOKEN:
      return tokenApplied(w, who, m, t);
    case WAIT_READ_LOOP:
      return releaseBatch(w, w.members[who], t);
    case WAIT_OWN_ENTRY:
      return authApplied(w, who, m, t, index);
  }
}

/** A response reached the client: unmarshal it; an Authenticate's token may lead to the Range. */
function clientRecv(w: World, client: number, err: number, t: number): void {
  if (w.phase[client] === PHASE_AUTH) {
    const done = clientReceive(w, client, t, S.authenticate);
    if (authTokenReceived(w, client, done)) complete(w, client, err, done);
    return;
  }
  complete(w, client, err, clientReceive(w, client, t, S.response));
}

/** The request is done at `t`: record it, then the client takes its next request. */
function complete(w: World, client: number, err: number, t: number): void {
  const error = err === ERR_NONE ? null : (ERROR_TEXT[err] ?? `error ${err}`);
  if (error === null) w.completed++;
  else w.failed++;
  w.recorder.finish(w, client, w.seq[client], t, error);
  w.recorder.maybeOpenWindow(w, t);
  issue(w, client, t);
}

export function finished(w: World): boolean {
  return w.completed + w.failed >= w.s.total;
}

/**
 * Events between two yields, whatever finishes: when requests stop finishing (an overloaded write
 * path) a cancel still gets in within ≈ 50 ms of wall time at ≈ 5 M events/s.
 */
export const EVENTS_PER_SLICE = 250_000;

export async function simulate(input: Scenario, options: SimOptions = {}): Promise<SimResult> {
  const scenario = maybeScenario(input);
  const limit = options.maxEvents ?? EVENT_BUDGET;
  const estimate = estimateBudget(scenario, options.costs ?? COSTS, limit);
  if (estimate.over) throw new BudgetError(budgetMessage(scenario, estimate));
  const w = createRun(scenario, options);
  const every = Math.max(1, options.progressEvery ?? 20_000);
  let nextReport = every;
  const engine = w.engine;
  while (!finished(w)) {
    // Step until the run is done, the next progress report is due or the slice's events are spent.
    const stop = Math.min(w.s.total, nextReport);
    const sliceEnd = engine.steps + EVENTS_PER_SLICE;
    if (options.trace)
      while (w.completed + w.failed < stop && engine.steps < sliceEnd && engine.step());
    else runSlice(w, stop, sliceEnd);
    if (finished(w)) break;
    if (w.engine.queue.size === 0)
      throw new Error('the simulation stalled with requests unfinished');
    if (w.engine.steps > limit) throw new BudgetError(overBudget(w, limit));
    const done = w.completed + w.failed;
    if (done >= nextReport) nextReport = done + every;
    if (options.onProgress)
      await options.onProgress({ fraction: done / w.s.total, completed: done });
    if (options.isCancelled?.()) throw new CancelledError();
  }
  return collect(w);
}

/**
 * Engine.step's loop without its handler: pops here and dispatches directly, so the closure call
 * and its read of the clock are left out of every event (issue 16: instructions per request,
 * serializable 13,075 → 12,892, linearizable 19,500 → 18,920).
 * Runs events until `stop` requests are done, the slice's events are spent or none is left.
 */
function runSlice(w: World, stop: number, sliceEnd: number): void {
  const engine = w.engine;
  const q = engine.queue;
  while (w.completed + w.failed < stop && engine.steps < sliceEnd && q.pop()) {
    const t = q.time;
    engine.now = t;
    engine.steps++;
    dispatch(w, q.kind, q.a, q.b, t);
  }
}

function overBudget(w: World, limit: number): string {
  const done = w.completed + w.failed;
  const pct = ((100 * done) / w.s.total).toFixed(1);
  return (
    `run too large: ${limit.toLocaleString('en-US')} events simulated ` +
    `${(w.engine.now / 1000).toFixed(1)} s and finished ${done.toLocaleString('en-US')} of ` +
    `${w.s.total.toLocaleString('en-US')} requests (${pct} %). Lower --total, or the load that ` +
    `keeps the requests from finishing (--write-qps, value sizes).`
  );
}
