/**
 * A finished request as the recorder reads it from the world (RequestLog), and what is made of
 * one: its flight time per stage, and its whole journey for the animation (a few hundred a run,
 * so this is off the hot path that recorder.ts keeps).
 */
import type { Journey, JourneyStage, Span } from '../contract/result.ts';
import { STAGE_COUNT, STAGES } from '../contract/stages.ts';
import { TIME_KINDS } from '../contract/timeKinds.ts';
import { MAX_SPANS } from './spans.ts';

/**
 * What the recorder reads of the world: the run's progress and the finished request's times.
 * Declared here, not taken from world.ts, because the world holds the recorder: importing World
 * here would make the two files import each other. World satisfies it as it is.
 */
export interface RequestLog {
  readonly s: { readonly clients: number };
  readonly completed: number;
  readonly failed: number;
  readonly issued: number;
  readonly issuedAt: Float64Array;
  readonly target: Int32Array;
  readonly visited: Int32Array;
  readonly stEnter: Float64Array;
  readonly stEnd: Float64Array;
  readonly stLock: Float64Array;
  readonly stQueue: Float64Array;
  readonly stService: Float64Array;
  readonly spanCount: Uint8Array;
  readonly spanStage: Uint8Array;
  readonly spanKind: Uint8Array;
  readonly spanFrom: Float64Array;
  readonly spanTo: Float64Array;
}

/** Span kinds by their index in TIME_KINDS (flight has no spans: it is the rest). */
const SPAN_KINDS: (Span['kind'] | null)[] = TIME_KINDS.map((k) => (k === 'flight' ? null : k));

/** The spans a request kept in one stage, in time order. */
function spansOf(w: RequestLog, client: number, stage: number): Span[] {
  const out: Span[] = [];
  const at = client * MAX_SPANS;
  for (let i = at; i < at + w.spanCount[client]; i++) {
    const kind = SPAN_KINDS[w.spanKind[i]];
    if (w.spanStage[i] === stage && kind !== null)
      out.push({ kind, fromMs: w.spanFrom[i], toMs: w.spanTo[i] });
  }
  return out.sort((a, b) => a.fromMs - b.fromMs);
}

/**
 * A stage's flight time: what is left of it after lock, queue and service. Sums of times far
 * from zero leave rounding noise of a few ulps (−1e-16 ms); that noise reads as 0, anything
 * larger is kept so that the tests see it.
 */
export function flightOf(
  enter: number,
  end: number,
  lock: number,
  queue: number,
  service: number,
): number {
  const flight = end - enter - lock - queue - service;
  return flight < 0 && flight > -1e-12 * (1 + Math.abs(end)) ? 0 : flight;
}

/** The request on `client` (issue number `seq`, finished at `done`) as a journey of every stage. */
export function journeyOf(
  w: RequestLog,
  client: number,
  seq: number,
  done: number,
  error: string | null,
): Journey {
  const base = client * STAGE_COUNT;
  const mask = w.visited[client];
  const issued = w.issuedAt[client];
  let cursor = issued;
  const stages = STAGES.map((stage, s): JourneyStage => {
    if ((mask & (1 << s)) === 0)
      return {
        id: stage.id,
        visited: false,
        enterMs: cursor,
        endMs: cursor,
        lock: 0,
        queue: 0,
        flight: 0,
        service: 0,
        spans: [],
      };
    const i = base + s;
    const enterMs = w.stEnter[i];
    const endMs = w.stEnd[i];
    cursor = endMs;
    const lock = w.stLock[i];
    const queue = w.stQueue[i];
    const service = w.stService[i];
    return {
      id: stage.id,
      visited: true,
      enterMs,
      endMs,
      lock,
      queue,
      flight: flightOf(enterMs, endMs, lock, queue, service),
      service,
      spans: spansOf(w, client, s),
    };
  });
  const j: Journey = {
    id: seq,
    client,
    member: w.target[client],
    issuedMs: issued,
    doneMs: done,
    stages,
  };
  if (error !== null) j.error = error;
  return j;
}
