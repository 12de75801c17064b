/**
 * How the stage that holds most of a request's time splits into kinds (lock, queue, flight,
 * service), for the sentence that says where the time goes. "Mostly X" only when X holds at least
 * MOSTLY_SHARE of the stage: a cross-region ReadIndex of 67.3 ms on the wire and 65.9 ms queued
 * is two things about equally, and the app and the CLI say both.
 */
import type { StageStat } from '../workers/contract/result.ts';
import { TIME_KINDS, type TimeKind } from '../workers/contract/timeKinds.ts';

/** The share of a stage's time one kind must hold to be called what the time "mostly" is. */
export const MOSTLY_SHARE = 0.6;

export interface KindPart {
  kind: TimeKind;
  ms: number;
}

export interface StageSplit {
  /** The largest kind, then the second largest (ties: TIME_KINDS order). */
  first: KindPart;
  second: KindPart;
  /** The first holds at least MOSTLY_SHARE of the stage's time. */
  mostly: boolean;
}

export function stageSplit(st: StageStat): StageSplit {
  const of: Record<TimeKind, number> = {
    lock: st.lockMeanMs,
    queue: st.queueMeanMs,
    flight: st.flightMeanMs,
    service: st.serviceMeanMs,
  };
  const parts = TIME_KINDS.map((kind) => ({ kind, ms: Math.max(0, of[kind]) })).sort(
    (a, b) => b.ms - a.ms,
  );
  const total = parts.reduce((s, p) => s + p.ms, 0);
  return {
    first: parts[0],
    second: parts[1],
    mostly: total <= 0 || parts[0].ms >= MOSTLY_SHARE * total,
  };
}
