/**
 * Slider positions ↔ parameter values. Log sliders (ranges spanning orders of magnitude) map
 * 0..STEPS onto log(min)..log(max) and land on values with two significant digits, so dragging
 * gives 1,000 and 1,200 rather than 1,147. Linear sliders use the value itself.
 */
import { scaleLog } from 'd3-scale';

export const STEPS = 1000;

export interface SliderSpec {
  min: number;
  max: number;
  log: boolean;
  int: boolean;
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
  if (spec.log) return { min: 0, max: STEPS, step: 1 };
  if (spec.int) return { min: spec.min, max: spec.max, step: 1 };
  return { min: spec.min, max: spec.max, step: (spec.max - spec.min) / STEPS };
}

/** A range with one value (keys per range when the store holds one key): nothing to slide. */
export function isFixed(spec: SliderSpec): boolean {
  return spec.max <= spec.min;
}

export function toPosition(value: number, spec: SliderSpec): number {
  if (isFixed(spec)) return spec.log ? 0 : spec.min;
  if (!spec.log) return value;
  const scale = scaleLog().domain([spec.min, spec.max]).range([0, STEPS]).clamp(true);
  return Math.round(scale(Math.max(spec.min, value)));
}

export function fromPosition(position: number, spec: SliderSpec): number {
  if (isFixed(spec)) return spec.min;
  if (!spec.log) {
    const v = spec.int ? Math.round(position) : Math.round(position * 100) / 100;
    return Math.min(spec.max, Math.max(spec.min, v));
  }
  const scale = scaleLog().domain([spec.min, spec.max]).range([0, STEPS]);
  if (position <= 0) return spec.min;
  if (position >= STEPS) return spec.max;
  return niceValue(scale.invert(position), spec);
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
