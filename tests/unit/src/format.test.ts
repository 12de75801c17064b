import { describe, expect, test } from 'vitest';
import { count, durationText, percent, rate } from '../../../src/lib/format.ts';
import { valueText } from '../../../src/lib/paramText.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';

describe('formatting for people', () => {
  test('durations pick µs, ms or s so the number reads naturally', () => {
    expect(durationText(0.004, 'en')).toBe('4 µs');
    expect(durationText(4.87, 'en')).toBe('4.87 ms');
    expect(durationText(818, 'en')).toBe('818 ms');
    expect(durationText(18_000, 'en')).toBe('18 s');
    expect(durationText(0, 'en')).toBe('0 ms');
    // A mean's floating-point residue reads as less than a nanosecond, not as 18 digits.
    expect(durationText(9.16e-19, 'en')).toBe('<0.001 µs');
    expect(durationText(1.64e-8, 'en')).toBe('<0.001 µs');
    expect(durationText(0.0000404, 'en')).toBe('0.0404 µs');
  });

  test('rates and counts are grouped the way each language groups them; NaN never shows', () => {
    expect(rate(189_771.4, 'en')).toBe('189,771');
    expect(rate(12.46, 'en')).toBe('12.5');
    expect(count(1_572_864, 'zh')).toBe('1,572,864');
    expect(rate(Number.NaN, 'en')).toBe('—');
    expect(percent(0.9983, 'en')).toBe('99.8%');
    expect(percent(0.0042, 'en')).toBe('0.42%');
  });

  test('parameter values: integers in full, choices in words, switches as on/off', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('en', k, p);
    expect(valueText(t, 'en', 'valueBytes', 1_572_864)).toBe('1,572,864');
    expect(valueText(t, 'en', 'seed', 123456789)).toBe('123456789');
    expect(valueText(t, 'en', 'readMode', 'serializable')).toBe('serializable');
    expect(valueText(t, 'en', 'learner', true)).toBe('on');
    expect(valueText(t, 'en', 'clientRttMs', 0.15)).toBe('0.15');
  });
});
