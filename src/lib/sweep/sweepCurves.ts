/**
 * The curves of a sweep from its finished points: per series, the measured QPS and latencies at
 * each swept value, and each bound where it bounds the measurement. A bound the measurement beats
 * is split out as a flag, and the dashed line breaks there — never drawn through a point it does
 * not bound (report/sweepBounds.ts).
 */
import type { SimResult } from '../../../workers/contract/result.ts';
import type { SeriesId, SweepPlan } from '../../../workers/contract/sweep.ts';
import { meanLatencyBound, qpsBound, type Bound } from '../../../report/sweepBounds.ts';
import type { Outcome } from './scheduler.ts';

export interface CurvePoint {
  x: number;
  /** Index in the plan. */
  index: number;
  result: SimResult;
}

export interface XY {
  x: number;
  y: number;
}

export interface SeriesCurves {
  id: SeriesId;
  points: CurvePoint[];
  /** Runs of consecutive points whose bound holds: one dashed segment each. */
  qpsBound: XY[][];
  latencyBound: XY[][];
  /** Points where a bound is beaten (drawn as ✕ at the measurement, named in a note). */
  qpsFlags: XY[];
  latencyFlags: XY[];
}

function pct(r: SimResult, p: number): number | null {
  const found = r.summary.percentiles.find((q) => q.p === p);
  return found === undefined ? null : found.sec * 1000;
}

/** The headline numbers a sweep plots, in req/s and ms (null: no successful request). */
export function pointValues(r: SimResult): {
  rps: number;
  meanMs: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
} {
  const ok = r.summary.succeeded > 0;
  return {
    rps: r.summary.rps,
    meanMs: ok ? r.summary.averageSec * 1000 : null,
    p50Ms: ok ? pct(r, 50) : null,
    p99Ms: ok ? pct(r, 99) : null,
  };
}

function segmentsAndFlags(
  points: CurvePoint[],
  bound: (r: SimResult) => Bound,
  measured: (r: SimResult) => number | null,
): { segments: XY[][]; flags: XY[] } {
  const segments: XY[][] = [];
  const flags: XY[] = [];
  let run: XY[] = [];
  for (const p of points) {
    const b = bound(p.result);
    const y = measured(p.result);
    if (b.value !== null && b.holds) {
      run.push({ x: p.x, y: b.value });
      continue;
    }
    if (run.length > 0) segments.push(run);
    run = [];
    if (!b.holds && y !== null) flags.push({ x: p.x, y });
  }
  if (run.length > 0) segments.push(run);
  return { segments, flags };
}

/** Every series of the plan with its finished points in x order. */
export function sweepCurves(
  plan: SweepPlan,
  outcomes: readonly (Outcome<SimResult> | undefined)[],
): SeriesCurves[] {
  return plan.series.map((id) => {
    const points: CurvePoint[] = [];
    for (const p of plan.points) {
      const o = outcomes[p.index];
      if (p.series === id && o?.ok) points.push({ x: p.x, index: p.index, result: o.value });
    }
    points.sort((a, b) => a.x - b.x);
    const q = segmentsAndFlags(points, qpsBound, (r) => r.summary.rps);
    const l = segmentsAndFlags(points, meanLatencyBound, (r) => pointValues(r).meanMs);
    return {
      id,
      points,
      qpsBound: q.segments,
      latencyBound: l.segments,
      qpsFlags: q.flags,
      latencyFlags: l.flags,
    };
  });
}
