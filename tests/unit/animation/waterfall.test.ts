import { describe, expect, test } from 'vitest';
import {
  boundaries,
  createWaterfall,
  nextBoundary,
  segmentStarts,
  telling,
} from '../../../src/lib/animation/waterfall.ts';
import { latencyMs } from '../../../src/lib/animation/journeyPhase.ts';
import { fixtureResult, journeyFrom } from './fixture.ts';

const j = journeyFrom(9, 100, { client: [0.5, 0.25], network: [0, 1], response: [2, 0.25] });

describe('the waterfall of one request', () => {
  test('each stage the request spent time in is one row split into the four kinds', () => {
    const w = createWaterfall(j);
    expect(w.rows.map((r) => [r.id, r.lock, r.queue, r.flight, r.service])).toEqual([
      ['client', 0, 0.5, 0, 0.25],
      ['network', 0, 0, 0, 1],
      ['response', 0, 2, 0, 0.25],
    ]);
    // Stages not on the request's path are not "passed in zero time".
    expect(w.zeroTime).toEqual([]);
  });

  test('a stage on the path passed in zero time is named apart from those not on it', () => {
    const zero = journeyFrom(1, 0, { client: [0, 1], applyWait: [0, 0], response: [0, 1] });
    const w = createWaterfall(zero);
    expect(w.zeroTime).toEqual(['applyWait']);
    expect(w.rows.map((r) => r.id)).toEqual(['client', 'response']);
  });

  test('within a row the kinds follow each other: lock, queue, flight, service', () => {
    const k = journeyFrom(2, 10, { readIndex: [2, 1, 3, 4] });
    const [row] = createWaterfall(k).rows;
    expect(segmentStarts(row)).toEqual({ lock: 10, queue: 13, flight: 15, service: 19 });
  });

  test('for every sampled request the bars add up to its latency', () => {
    for (const journey of fixtureResult().journeys) {
      const { rows } = createWaterfall(journey);
      const sum = rows.reduce((a, r) => a + r.lock + r.queue + r.flight + r.service, 0);
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
