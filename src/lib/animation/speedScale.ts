/**
 * Playback speed on a log scale: 1/10,000× … 1× real time. The model's requests last µs to
 * seconds, so only a log scale gives every decade the same slider travel.
 */
import { logScale } from '../scales.ts';

/** Slowest and fastest speeds, simulated ms per wall ms. */
export const SPEED_MIN = 1e-4;
export const SPEED_MAX = 1;
/** Slider positions 0..SLIDER_MAX: 100 per decade. */
export const SLIDER_MAX = 400;
/** A ~5 ms request lasts 1.5 s on screen. */
export const DEFAULT_SPEED = 1 / 300;
/** How long a followed request lasts on screen in slow motion, wall ms. */
export const FOLLOW_WALL_MS = 6000;

const scale = logScale([SPEED_MIN, SPEED_MAX], [0, SLIDER_MAX], { clamp: true });

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
 * The speed as a fraction of real time for people: 1/300, 1/2.5, 1. The denominator keeps two
 * significant digits, so slider positions read as round numbers.
 */
export function speedFraction(speed: number): string {
  const s = clampSpeed(speed);
  if (s >= 1) return '1';
  const denominator = Number((1 / s).toPrecision(2));
  return `1/${denominator}`;
}

/** The speed that plays `simMs` of simulated time in `wallMs` on screen, within the scale. */
export function speedToShow(simMs: number, wallMs: number): number {
  return clampSpeed(simMs / wallMs);
}

/** A speed one keyboard notch (a tenth of a decade × `notches`) faster or slower. */
export function nudgeSpeed(speed: number, notches: number): number {
  return speedFromSlider(sliderFromSpeed(speed) + notches * 10);
}
