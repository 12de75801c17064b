/**
 * Playback speed on a log scale: 1/100,000× … 100× real time. The model's requests last from tens
 * of µs (a read's stages) to tens of seconds (logins queued behind a lock), so only a log scale
 * gives every decade the same slider travel, and the range must hold both (docs/design/UX.md:
 * "µs reads and 16 s logins both cross the chain in a few seconds of wall time").
 */
import { scaleLog } from 'd3-scale';

/** Slowest and fastest speeds, simulated ms per wall ms. */
export const SPEED_MIN = 1e-5;
export const SPEED_MAX = 100;
/** Slider positions 0..SLIDER_MAX: 100 per decade. */
export const SLIDER_MAX = 700;
/** Before any result: a ~5 ms request lasts 1.5 s on screen. */
export const DEFAULT_SPEED = 1 / 300;
/** How long a typical request of the experiment takes on screen by default, wall ms. */
export const TYPICAL_WALL_MS = 3000;
/** How long a followed request lasts on screen in slow motion, wall ms. */
export const FOLLOW_WALL_MS = 6000;

const scale = scaleLog().domain([SPEED_MIN, SPEED_MAX]).range([0, SLIDER_MAX]).clamp(true);

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) return SPEED_MIN;
  return Math.min(SPEED_MAX, Math.max(SPEED_MIN, speed));
}

/** The speed at a slider position (positions outside 0..SLIDER_MAX are clamped). */
export function speedFromSlider(position: number): number {
  const p = Math.min(SLIDER_MAX, Math.max(0, position));
  return scale.invert(p);
}

/** The slider position (a whole number) closest to `speed`. */
export function sliderFromSpeed(speed: number): number {
  return Math.round(scale(clampSpeed(speed)));
}

/**
 * The speed as a multiple of real time for people: 1/300, 1/2.5, 1, 5.3, 100. Two significant
 * digits, so slider positions read as round numbers.
 */
export function speedFraction(speed: number): string {
  const s = clampSpeed(speed);
  if (s >= 1) return String(Number(s.toPrecision(2)));
  const denominator = Number((1 / s).toPrecision(2));
  return denominator === 1 ? '1' : `1/${denominator}`;
}

/** The speed that plays `simMs` of simulated time in `wallMs` on screen, within the scale. */
export function speedToShow(simMs: number, wallMs: number): number {
  return clampSpeed(simMs / wallMs);
}

/**
 * The default speed for an experiment whose typical (median) request takes `typicalMs`: it
 * crosses the chain in TYPICAL_WALL_MS. No requests: DEFAULT_SPEED.
 */
export function speedForExperiment(typicalMs: number | null): number {
  if (typicalMs === null || !(typicalMs > 0)) return DEFAULT_SPEED;
  return speedToShow(typicalMs, TYPICAL_WALL_MS);
}

/** A speed one keyboard notch (a tenth of a decade × `notches`) faster or slower. */
export function nudgeSpeed(speed: number, notches: number): number {
  return speedFromSlider(sliderFromSpeed(speed) + notches * 10);
}
