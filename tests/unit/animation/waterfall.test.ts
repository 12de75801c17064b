import { describe, expect, test } from 'vitest';
import {
  boundaries,
  createWaterfall,
  nextBoundary,
  telling,
} from '../../../src/lib/animation/waterfall.ts';
import { latencyMs } from '../../../src/lib/animation/journeyPhase.ts';
import { fixtureResult, journeyFrom } from './fixture.ts';

const j = journeyFrom(9, 100, { client: [0.5, 0.25], network: [0, 1], response: [2, 0.25] });

describe('the waterfall of one request', () => {
  test('each stage the request spent time in is one row split into queue and service', () => {
    const w = createWaterfall(j);
    expect(w.rows.map((r) => [r.id, r.queueMs, r.serviceMs])).toEqual([
      ['client', 0.5, 0.25],
      ['network', 0, 1],
      ['response', 2, 0.25],
    ]);
    expect(w.skipped).toEqual([
      'authenticate',
      'token',
      'readIndex',
      'applyWait',
      'rbac',
      'treeIndex',
      'boltdb',
    ]);
  });

  test('for every sampled request the bars add up to its latency', () => {
    for (const journey of fixtureResult().journeys) {
      const { rows } = createWaterfall(journey);
      const sum = rows.reduce((a, r) => a + r.queueMs + r.serviceMs, 0);
      expect(sum).toBeCloseTo(latencyMs(journey), 9);
    }
  });

  test('stepping visits each instant where the request changes phase, then wraps round', () => {
    expect(boundaries(j)).toEqual([100, 100.5, 100.75, 101.75, 103.75, 104]);
    expect(nextBoundary(j, 100, 1)).toBe(100.5);
    expect(nextBoundary(j, 100.6, 1)).toBe(100.75);
    expect(nextBoundary(j, 104, 1)).toBe(100);
    expect(nextBoundary(j, 100.75, -1)).toBe(100.5);
    expect(nextBoundary(j, 100, -1)).toBe(104);
  });

  test('the still frame of a request is the middle of the stage it spent longest in', () => {
    expect(telling(j)).toBeCloseTo(101.75 + 2.25 / 2, 10);
  });
});
