import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SPEED,
  SLIDER_MAX,
  SPEED_MAX,
  SPEED_MIN,
  nudgeSpeed,
  sliderFromSpeed,
  speedFraction,
  speedFromSlider,
  speedForExperiment,
  speedToShow,
  TYPICAL_WALL_MS,
} from '../../../src/lib/animation/speedScale.ts';

describe('the log speed scale', () => {
  test('the slider runs from 1/100,000× to 100× real time', () => {
    expect(speedFromSlider(0)).toBeCloseTo(SPEED_MIN, 12);
    expect(speedFromSlider(SLIDER_MAX)).toBeCloseTo(SPEED_MAX, 12);
  });

  test('every decade gets the same slider travel', () => {
    expect(speedFromSlider(SLIDER_MAX / 7)).toBeCloseTo(1e-4, 12);
    expect(speedFromSlider((SLIDER_MAX * 3) / 7)).toBeCloseTo(1e-2, 12);
    expect(sliderFromSpeed(0.1)).toBe((SLIDER_MAX * 4) / 7);
  });

  test('positions and speeds outside the scale are clamped, never NaN', () => {
    expect(speedFromSlider(-50)).toBeCloseTo(SPEED_MIN, 12);
    expect(speedFromSlider(9999)).toBeCloseTo(SPEED_MAX, 12);
    expect(sliderFromSpeed(0)).toBe(0);
    expect(sliderFromSpeed(Number.NaN)).toBe(0);
    expect(sliderFromSpeed(5000)).toBe(SLIDER_MAX);
  });

  test('by default a 5 ms request lasts between 1 and 2 seconds on screen', () => {
    const wallMs = 5 / speedFromSlider(sliderFromSpeed(DEFAULT_SPEED));
    expect(wallMs).toBeGreaterThanOrEqual(1000);
    expect(wallMs).toBeLessThanOrEqual(2000);
  });

  test('the speed reads as a round multiple of real time', () => {
    expect(speedFraction(speedFromSlider(sliderFromSpeed(DEFAULT_SPEED)))).toBe('1/300');
    expect(speedFraction(1)).toBe('1');
    expect(speedFraction(1e-4)).toBe('1/10000');
    expect(speedFraction(0.4)).toBe('1/2.5');
    expect(speedFraction(5.333)).toBe('5.3');
    expect(speedFraction(0.99999)).toBe('1');
  });

  test('slow motion for a followed request fits its latency into the wanted wall time', () => {
    expect(speedToShow(6, 6000)).toBeCloseTo(1e-3, 12);
    expect(speedToShow(1e-6, 6000)).toBe(SPEED_MIN);
    expect(speedToShow(6e6, 6000)).toBe(SPEED_MAX);
  });

  test('by default a typical request crosses the chain in a few seconds, µs reads and 16 s logins alike', () => {
    for (const typicalMs of [0.04, 0.77, 5, 107, 993, 16_006]) {
      const wallMs = typicalMs / speedForExperiment(typicalMs);
      expect(wallMs, `${typicalMs} ms`).toBeCloseTo(TYPICAL_WALL_MS, 6);
    }
    expect(speedForExperiment(null)).toBe(DEFAULT_SPEED);
  });

  test('a keyboard notch moves a tenth of a decade', () => {
    expect(nudgeSpeed(1e-2, 1)).toBeCloseTo(10 ** -1.9, 12);
    expect(nudgeSpeed(1e-2, -10)).toBeCloseTo(1e-3, 12);
  });
});
