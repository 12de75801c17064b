/**
 * Slider positions ↔ parameter values. Log sliders (ranges spanning orders of magnitude) map
 * 0..STEPS onto log(min)..log(max) and land on values with two significant digits, so dragging
 * gives 1,000 and 1,200 rather than 1,147. A log-with-zero slider is for a range from 0 ("off",
 * "no limit") to a large number: its first stop is 0, the rest log(ZERO_SCALE_LOW)..log(max), so
 * 5 and 500,000 are both a drag away. Linear sliders use the value itself. 'none' is a number box
 * alone (a seed: one value is as good as another, and a slider over 2³¹ helps nobody).
 */
import { logScale as scaleLogOf } from './scales.ts';

export const STEPS = 1000;

/** The first value after 0 on a log-with-zero slider. */
export const ZERO_SCALE_LOW = 1;

export type SliderKind = 'linear' | 'log' | 'logZero' | 'none';

export interface SliderSpec {
  min: number;
  max: number;
  scale: SliderKind;
  int: boolean;
}

/** Sliders that work in positions 0..STEPS rather than in values. */
function positional(spec: SliderSpec): boolean {
  return spec.scale === 'log' || spec.scale === 'logZero';
}

/** The log part of a slider: positions 0..STEPS (1..STEPS after a zero stop) onto its values. */
function logScale(spec: SliderSpec) {
  return spec.scale === 'logZero'
    ? scaleLogOf([ZERO_SCALE_LOW, spec.max], [1, STEPS], { clamp: true })
    : scaleLogOf([spec.min, spec.max], [0, STEPS], { clamp: true });
}

/** Rounds to two significant digits, then into the range (and to an integer when asked). */
export function niceValue(value: number, spec: SliderSpec): number {
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  let v =
    Number.isFinite(magnitude) && magnitude > 0 ? Math.round(value / magnitude) * magnitude : value;
  v = Number(v.toPrecision(12)); // drop binary noise: 0.30000000000000004 → 0.3
  if (spec.int) v = Math.round(v);
  return Math.min(spec.max, Math.max(spec.min, v));
}

/** Slider attributes: the range input works in positions for log, in values otherwise. */
export function sliderAttrs(spec: SliderSpec): { min: number; max: number; step: number } {
  if (positional(spec)) return { min: 0, max: STEPS, step: 1 };
  if (spec.int) return { min: spec.min, max: spec.max, step: 1 };
  return { min: spec.min, max: spec.max, step: (spec.max - spec.min) / STEPS };
}

/** A range with one value (keys per range when the store holds one key): nothing to slide. */
export function isFixed(spec: SliderSpec): boolean {
  return spec.max <= spec.min;
}

export function toPosition(value: number, spec: SliderSpec): number {
  if (isFixed(spec)) return positional(spec) ? 0 : spec.min;
  if (!positional(spec)) return value;
  if (spec.scale === 'logZero' && value < ZERO_SCALE_LOW) return 0;
  return Math.round(logScale(spec)(Math.max(spec.min, value)));
}

export function fromPosition(position: number, spec: SliderSpec): number {
  if (isFixed(spec)) return spec.min;
  if (!positional(spec)) {
    const v = spec.int ? Math.round(position) : Math.round(position * 100) / 100;
    return Math.min(spec.max, Math.max(spec.min, v));
  }
  if (position <= 0) return spec.min;
  if (position >= STEPS) return spec.max;
  return niceValue(logScale(spec).invert(position), spec);
}

/**
 * The value one key press away in `direction` (+1 or −1, or ±10 for Page Up/Down): the next value
 * the slider can show that differs from `value`. On a log slider one position is ≈ 0.4 % and the
 * two-digit rounding can land back on the same value (1,000 → 1,000), so this walks on until the
 * value changes — every arrow press changes it visibly, or it is at the end of its range.
 */
export function stepValue(value: number, direction: number, spec: SliderSpec): number {
  if (isFixed(spec)) return spec.min;
  const sign = Math.sign(direction);
  if (!positional(spec)) {
    const unit = spec.int ? 1 : (spec.max - spec.min) / 100;
    const v = Number((value + direction * unit).toPrecision(12));
    return Math.min(spec.max, Math.max(spec.min, spec.int ? Math.round(v) : v));
  }
  let position = toPosition(value, spec);
  let steps = Math.abs(direction);
  let next = value;
  while (steps > 0) {
    position += sign;
    if (position < 0 || position > STEPS) break;
    const v = fromPosition(position, spec);
    if ((sign > 0 && v > next) || (sign < 0 && v < next)) {
      next = v;
      steps -= 1;
    }
  }
  return next;
}

/** Parses typed text ("1,000", " 2.5 ") into a value, or null when it is not allowed. */
export function parseTyped(text: string, spec: SliderSpec): number | null {
  const cleaned = text.replace(/[\s,_，]/g, '');
  if (cleaned === '') return null;
  const v = Number(cleaned);
  if (!Number.isFinite(v)) return null;
  if (spec.int && !Number.isInteger(v)) return null;
  if (v < spec.min || v > spec.max) return null;
  return v;
}
