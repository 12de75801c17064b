import { describe, expect, test } from 'vitest';
import { goFixed, goG } from '../../../report/goFormat.ts';

// Expected strings are what Go's fmt prints for the same float64 (fmt.Sprintf("%4.4f" / "%g")).
describe("Go's %4.4f", () => {
  test('rounds to four decimals and pads to a width of four', () => {
    expect(goFixed(4.6838, 4, 4)).toBe('4.6838');
    expect(goFixed(0.00012, 4, 4)).toBe('0.0001');
    expect(goFixed(2135.02119, 4, 4)).toBe('2135.0212');
    expect(goFixed(0, 4, 4)).toBe('0.0000');
  });

  test('rounds an exact tie to even, as Go does, where JavaScript toFixed rounds up', () => {
    // 0.03125 = 1/32 and 0.09375 = 3/32 are exact in binary: true ties at four decimals.
    expect((0.03125).toFixed(4)).toBe('0.0313');
    expect(goFixed(0.03125, 4, 4)).toBe('0.0312');
    expect(goFixed(0.09375, 4, 4)).toBe('0.0938');
    expect(goFixed(-0.03125, 4, 4)).toBe('-0.0312');
    expect(goFixed(2.5, 0)).toBe('2');
    expect(goFixed(3.5, 0)).toBe('4');
  });

  test('prints the exact binary value, never exponent notation', () => {
    expect(goFixed(0.1, 20)).toBe('0.10000000000000000555');
    expect(goFixed(1e22, 4)).toBe('10000000000000000000000.0000');
    expect(goFixed(5e-324, 4)).toBe('0.0000');
  });

  test('spells NaN and infinities as Go does, padded to the width', () => {
    expect(goFixed(Number.NaN, 4, 4)).toBe(' NaN');
    expect(goFixed(Infinity, 4, 4)).toBe('+Inf');
    expect(goFixed(-Infinity, 4, 4)).toBe('-Inf');
    expect(goFixed(-0, 4, 4)).toBe('-0.0000');
  });
});

describe("Go's %g", () => {
  test('prints the shortest digits that read back as the same number', () => {
    expect(goG(0.1)).toBe('0.1');
    expect(goG(0.00287)).toBe('0.00287');
    expect(goG(1852.6458333333333)).toBe('1852.6458333333333');
    expect(goG(99.9)).toBe('99.9');
    expect(goG(10)).toBe('10');
    expect(goG(0)).toBe('0');
    expect(goG(-0.5)).toBe('-0.5');
  });

  test('switches to exponent form below 1e-4 and from 1e6 up, with a two-digit exponent', () => {
    expect(goG(0.0001)).toBe('0.0001');
    expect(goG(0.00001)).toBe('1e-05');
    expect(goG(0.0000304)).toBe('3.04e-05');
    expect(goG(100000)).toBe('100000');
    expect(goG(123456.7)).toBe('123456.7');
    expect(goG(1e6)).toBe('1e+06');
    expect(goG(1234567)).toBe('1.234567e+06');
    expect(goG(1e21)).toBe('1e+21');
    expect(goG(1.5e-300)).toBe('1.5e-300');
  });

  test('spells NaN and infinities as Go does', () => {
    expect(goG(Number.NaN)).toBe('NaN');
    expect(goG(Infinity)).toBe('+Inf');
    expect(goG(-Infinity)).toBe('-Inf');
  });
});
