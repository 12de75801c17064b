/**
 * A stage of a journey as consecutive bars of one kind of time each: its spans (lock, queue,
 * service) where they happened and flight between them. The waterfall draws them; journeyPhase
 * reads where a request is from them.
 */
import type { JourneyStage } from '../../../workers/contract/result.ts';
import { TIME_KINDS, type ByKind, type TimeKind } from '../../../workers/contract/timeKinds.ts';

export interface Bar {
  kind: TimeKind;
  fromMs: number;
  toMs: number;
}

/**
 * A stage's time as consecutive bars: its spans where they happened and flight between them;
 * when the spans do not account for the stage's lock, queue and service (a very long path keeps
 * only its first spans), the four kinds in TIME_KINDS order instead.
 */
export function stageBars(s: Pick<JourneyStage, 'enterMs' | 'endMs' | 'spans'> & ByKind): Bar[] {
  const placed = s.spans.reduce((a, x) => a + (x.toMs - x.fromMs), 0);
  const tol = 1e-9 * (1 + Math.abs(s.endMs));
  const bars: Bar[] = [];
  if (Math.abs(placed - (s.lock + s.queue + s.service)) <= tol) {
    let at = s.enterMs;
    for (const x of s.spans) {
      if (x.fromMs > at) bars.push({ kind: 'flight', fromMs: at, toMs: x.fromMs });
      bars.push({ kind: x.kind, fromMs: x.fromMs, toMs: x.toMs });
      if (x.toMs > at) at = x.toMs;
    }
    if (s.endMs > at) bars.push({ kind: 'flight', fromMs: at, toMs: s.endMs });
    return bars;
  }
  let at = s.enterMs;
  for (const k of TIME_KINDS) {
    const ms = Math.max(0, s[k]);
    if (ms > 0) bars.push({ kind: k, fromMs: at, toMs: at + ms });
    at += ms;
  }
  return bars;
}
