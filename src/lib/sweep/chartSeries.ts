/**
 * What a sweep chart draws — measured curves and their dashed bounds — and what is read off them:
 * every series' value at one swept value (the hover read-out), and the point a click lands on.
 * Pure, so SweepChart.svelte holds only markup and the pointer's pixels.
 */

export interface ChartPoint {
  x: number;
  y: number;
  /** The point's index in the sweep plan (what a click loads). */
  index: number;
}
export interface ChartLine {
  id: string;
  label: string;
  /** A CSS colour (a var(--oi-…) token). */
  color: string;
  width: number;
  marker: 'circle' | 'triangle' | 'none';
  points: ChartPoint[];
}
/** A bound drawn dashed, broken where it does not bound the measurement. */
export interface ChartBound {
  id: string;
  label: string;
  color: string;
  segments: { x: number; y: number }[][];
}

export interface ReadoutRow {
  label: string;
  color: string;
  y: number;
}
export interface Readout {
  x: number;
  rows: ReadoutRow[];
}

/** Every curve, then every bound, that has a value at swept value `x`, in drawing order. */
export function readoutAt(
  lines: readonly ChartLine[],
  bounds: readonly ChartBound[],
  x: number,
): Readout {
  const row = (label: string, color: string, y: number | undefined): ReadoutRow[] =>
    y === undefined ? [] : [{ label, color, y }];
  return {
    x,
    rows: [
      ...lines.flatMap((l) => row(l.label, l.color, l.points.find((p) => p.x === x)?.y)),
      ...bounds.flatMap((b) => row(b.label, b.color, b.segments.flat().find((p) => p.x === x)?.y)),
    ],
  };
}

/** How far from a point, in CSS px, a click still picks it: a finger's reach. */
export const PICK_REACH_PX = 28;

/**
 * The curve point nearest to the pointer at (px, py), `toPx` placing a point on screen; ties go to
 * the first drawn. Null when none lies within PICK_REACH_PX.
 */
export function pickPoint(
  lines: readonly ChartLine[],
  toPx: (p: ChartPoint) => { x: number; y: number },
  px: number,
  py: number,
): ChartPoint | null {
  let best: ChartPoint | null = null;
  let dist = Infinity;
  for (const l of lines)
    for (const p of l.points) {
      const at = toPx(p);
      const d = Math.hypot(at.x - px, at.y - py);
      if (d < dist) {
        dist = d;
        best = p;
      }
    }
  return best && dist <= PICK_REACH_PX ? best : null;
}
