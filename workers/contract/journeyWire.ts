/**
 * Sampled journeys packed into one Float64Array for the trip between threads (issue 16). A run's
 * 400 journeys are ~20,000 small objects (stages, spans); the browser's structured clone copies
 * such a graph object by object, 10–30 ms on the page's thread on a busy two-core machine — the
 * longest part of the task in which a result arrives, and again when the page hands the dots to
 * their worker. A typed array crosses as one block of memory (or is transferred outright), and
 * rebuilding the objects in JavaScript takes a few milliseconds.
 *
 * Layout (all float64): the journey count; then per journey its id, client, member, issuedMs,
 * doneMs, the index of its error in `errors` (−1 for none) and its stage count; per stage the
 * stage's index in STAGES, visited (0/1), enterMs, endMs, lock, queue, flight, service and its span
 * count; per span its kind's index in TIME_KINDS, fromMs, toMs. Every number a journey holds is a
 * float64 already, so unpack(pack(j)) equals j exactly (tests/unit/workers/contract).
 */
import type { Journey, JourneyStage, Span } from './result.ts';
import { STAGES, type StageId } from './stages.ts';
import { TIME_KINDS } from './timeKinds.ts';

export interface PackedJourneys {
  numbers: Float64Array;
  /** The distinct error messages, referred to by index. */
  errors: string[];
}

const STAGE_INDEX = new Map<StageId, number>(STAGES.map((s, i) => [s.id, i]));
const KIND_INDEX = new Map<string, number>(TIME_KINDS.map((k, i) => [k, i]));

function lengthOf(journeys: readonly Journey[]): number {
  let n = 1;
  for (const j of journeys) {
    n += 7;
    for (const s of j.stages) n += 9 + 3 * s.spans.length;
  }
  return n;
}

export function packJourneys(journeys: readonly Journey[]): PackedJourneys {
  const out = new Float64Array(lengthOf(journeys));
  const errors: string[] = [];
  let at = 0;
  out[at++] = journeys.length;
  for (const j of journeys) {
    let error = -1;
    if (j.error !== undefined) {
      error = errors.indexOf(j.error);
      if (error < 0) error = errors.push(j.error) - 1;
    }
    out[at++] = j.id;
    out[at++] = j.client;
    out[at++] = j.member;
    out[at++] = j.issuedMs;
    out[at++] = j.doneMs;
    out[at++] = error;
    out[at++] = j.stages.length;
    for (const s of j.stages) {
      const stage = STAGE_INDEX.get(s.id);
      if (stage === undefined) throw new Error(`packJourneys: unknown stage "${s.id}"`);
      out[at++] = stage;
      out[at++] = s.visited ? 1 : 0;
      out[at++] = s.enterMs;
      out[at++] = s.endMs;
      out[at++] = s.lock;
      out[at++] = s.queue;
      out[at++] = s.flight;
      out[at++] = s.service;
      out[at++] = s.spans.length;
      for (const span of s.spans) {
        const kind = KIND_INDEX.get(span.kind);
        if (kind === undefined) throw new Error(`packJourneys: unknown span kind "${span.kind}"`);
        out[at++] = kind;
        out[at++] = span.fromMs;
        out[at++] = span.toMs;
      }
    }
  }
  return { numbers: out, errors };
}

export function unpackJourneys(packed: PackedJourneys): Journey[] {
  const v = packed.numbers;
  let at = 0;
  const count = v[at++];
  const journeys: Journey[] = new Array<Journey>(count);
  for (let n = 0; n < count; n++) {
    const id = v[at++];
    const client = v[at++];
    const member = v[at++];
    const issuedMs = v[at++];
    const doneMs = v[at++];
    const error = v[at++];
    const stageCount = v[at++];
    const stages: JourneyStage[] = new Array<JourneyStage>(stageCount);
    for (let s = 0; s < stageCount; s++) {
      const stageId = STAGES[v[at++]].id;
      const visited = v[at++] === 1;
      const enterMs = v[at++];
      const endMs = v[at++];
      const lock = v[at++];
      const queue = v[at++];
      const flight = v[at++];
      const service = v[at++];
      const spanCount = v[at++];
      const spans: Span[] = new Array<Span>(spanCount);
      for (let k = 0; k < spanCount; k++) {
        const kind = TIME_KINDS[v[at++]] as Span['kind'];
        const fromMs = v[at++];
        const toMs = v[at++];
        spans[k] = { kind, fromMs, toMs };
      }
      // Keys in the order the model writes them (requestLog.ts), so JSON of either is the same.
      stages[s] = { id: stageId, visited, enterMs, endMs, lock, queue, flight, service, spans };
    }
    const j: Journey = { id, client, member, issuedMs, doneMs, stages };
    if (error >= 0) j.error = packed.errors[error];
    journeys[n] = j;
  }
  return journeys;
}
