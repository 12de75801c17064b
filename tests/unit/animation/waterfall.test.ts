import { describe, expect, test } from 'vitest';
import {
  boundaries,
  createWaterfall,
  nextBoundary,
  stageBars,
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

  test('a row is drawn where each kind happened: its spans, with flight between them', () => {
    const k = journeyFrom(2, 10, { readIndex: [2, 1, 3, 4] }); // lock 3, queue 2, flight 4, service 1
    const [row] = createWaterfall(k).rows;
    expect(row.bars).toEqual([
      { kind: 'lock', fromMs: 10, toMs: 13 },
      { kind: 'queue', fromMs: 13, toMs: 15 },
      { kind: 'flight', fromMs: 15, toMs: 19 },
      { kind: 'service', fromMs: 19, toMs: 20 },
    ]);
    // A service in the middle of a stage stays in the middle (a login's bcrypt between waits).
    const mid = stageBars({
      ...{ enterMs: 0, endMs: 10, lock: 8, queue: 0, flight: 1, service: 1 },
      spans: [
        { kind: 'lock', fromMs: 1, toMs: 5 },
        { kind: 'service', fromMs: 5, toMs: 6 },
        { kind: 'lock', fromMs: 6, toMs: 10 },
      ],
    });
    expect(mid.map((b) => b.kind)).toEqual(['flight', 'lock', 'service', 'lock']);
  });

  test('spans that do not account for the kinds fall back to the kinds in order', () => {
    const bars = stageBars({
      ...{ enterMs: 0, endMs: 4, lock: 1, queue: 1, flight: 1, service: 1 },
      spans: [],
    });
    expect(bars.map((b) => [b.kind, b.fromMs])).toEqual([
      ['lock', 0],
      ['queue', 1],
      ['flight', 2],
      ['service', 3],
    ]);
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
