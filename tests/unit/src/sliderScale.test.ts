import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  fromPosition,
  parseTyped,
  stepValue,
  STEPS,
  toPosition,
  type SliderSpec,
} from '../../../src/lib/sliderScale.ts';

const clients: SliderSpec = { min: 1, max: 10_000, scale: 'log', int: true };
const rtt: SliderSpec = { min: 0.01, max: 500, scale: 'log', int: false };
const rate: SliderSpec = { min: 0, max: 1_000_000, scale: 'logZero', int: true };
const cpu: SliderSpec = { min: 0.1, max: 4, scale: 'linear', int: false };

describe('slider scale', () => {
  test('a log slider spans min..max and lands on two-significant-digit values', () => {
    expect(fromPosition(0, clients)).toBe(1);
    expect(fromPosition(STEPS, clients)).toBe(10_000);
    expect(fromPosition(STEPS / 2, clients)).toBe(100);
    expect(fromPosition(toPosition(1000, clients), clients)).toBe(1000);
    expect(fromPosition(toPosition(0.15, rtt), rtt)).toBe(0.15);
  });

  test('every position gives a value inside the range, integral for integer parameters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: STEPS }), (p) => {
        const v = fromPosition(p, clients);
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(1);
        expect(v).toBeLessThanOrEqual(10_000);
        const r = fromPosition(p, rtt);
        expect(r).toBeGreaterThanOrEqual(0.01);
        expect(r).toBeLessThanOrEqual(500);
      }),
    );
  });

  test('a linear slider works in values, rounded to hundredths for fractions', () => {
    expect(toPosition(1.5, cpu)).toBe(1.5);
    expect(fromPosition(1.23456, cpu)).toBe(1.23);
  });

  test('a range of one value stays at that value', () => {
    const one: SliderSpec = { min: 1, max: 1, scale: 'log', int: true };
    expect(toPosition(1, one)).toBe(0);
    expect(fromPosition(500, one)).toBe(1);
  });

  test('typed text: grouping is ignored; out of range, fractional integers and junk are refused', () => {
    expect(parseTyped(' 1,000 ', clients)).toBe(1000);
    expect(parseTyped('0', clients)).toBeNull();
    expect(parseTyped('10001', clients)).toBeNull();
    expect(parseTyped('12.5', clients)).toBeNull();
    expect(parseTyped('', clients)).toBeNull();
    expect(parseTyped('lots', clients)).toBeNull();
    expect(parseTyped('Infinity', rtt)).toBeNull();
    expect(parseTyped('0.25', rtt)).toBe(0.25);
  });

  test('a log-with-zero slider starts at 0, then reaches small and large values by dragging', () => {
    expect(fromPosition(0, rate)).toBe(0);
    expect(toPosition(0, rate)).toBe(0);
    expect(fromPosition(1, rate)).toBe(1);
    expect(fromPosition(STEPS, rate)).toBe(1_000_000);
    expect(fromPosition(toPosition(5, rate), rate)).toBe(5);
    expect(fromPosition(toPosition(200, rate), rate)).toBe(200);
    expect(fromPosition(toPosition(50_000, rate), rate)).toBe(50_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: STEPS }), (p) => {
        const v = fromPosition(p, rate);
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1_000_000);
      }),
    );
  });
});

describe('a key press on a slider', () => {
  const specs = [
    { min: 1, max: 10_000, scale: 'log', int: true },
    { min: 0, max: 50_000, scale: 'logZero', int: false },
    { min: 0.01, max: 200, scale: 'log', int: false },
    { min: 1, max: 64, scale: 'linear', int: true },
    { min: 0, max: 100, scale: 'linear', int: false },
  ] as const satisfies readonly SliderSpec[];

  test('every arrow press moves the value visibly until the end of its range, and back', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...specs),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(1, -1, 10, -10),
        (spec, where, direction) => {
          const value = fromPosition(where * STEPS, spec);
          const next = stepValue(value, direction, spec);
          const atEnd = direction > 0 ? value >= spec.max : value <= spec.min;
          if (atEnd) expect(next).toBe(value);
          else if (direction > 0) expect(next).toBeGreaterThan(value);
          else expect(next).toBeLessThan(value);
          expect(next).toBeGreaterThanOrEqual(spec.min);
          expect(next).toBeLessThanOrEqual(spec.max);
        },
      ),
      { seed: 11 },
    );
  });

  test('five presses of → on the clients slider from 1,000 step through the nice values', () => {
    const seen = [1000];
    for (let i = 0; i < 5; i++) seen.push(stepValue(seen[seen.length - 1], 1, specs[0]));
    expect(seen).toEqual([1000, 1100, 1200, 1300, 1400, 1500]);
  });
});
