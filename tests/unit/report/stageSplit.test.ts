/**
 * "Mostly X" only when X holds at least MOSTLY_SHARE of the stage; otherwise the sentence names the
 * two largest kinds with their times (report/stageSplit.ts).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MOSTLY_SHARE, stageSplit } from '../../../report/stageSplit.ts';
import type { StageStat } from '../../../workers/contract/result.ts';
import { fixtureResult } from '../src/fixtureResult.ts';

const ms = fc.double({ min: 0, max: 1000, noNaN: true });

function stage(lock: number, queue: number, flight: number, service: number): StageStat {
  const st = fixtureResult().stages[0];
  return {
    ...st,
    lockMeanMs: lock,
    queueMeanMs: queue,
    flightMeanMs: flight,
    serviceMeanMs: service,
  };
}

describe('how a stage splits into kinds', () => {
  test('the first two are the two largest, and "mostly" holds exactly when the first has the share (property)', () => {
    fc.assert(
      fc.property(ms, ms, ms, ms, (lock, queue, flight, service) => {
        const all = [lock, queue, flight, service];
        const total = all.reduce((a, b) => a + b, 0);
        const sorted = [...all].sort((a, b) => b - a);
        const s = stageSplit(stage(lock, queue, flight, service));
        expect(s.first.ms).toBe(sorted[0]);
        expect(s.second.ms).toBe(sorted[1]);
        expect(s.mostly).toBe(total <= 0 || sorted[0] >= MOSTLY_SHARE * total);
      }),
    );
  });

  test('the cross-region ReadIndex a learner read as "mostly the round trip" is two things', () => {
    // 67.3 ms on the wire and 65.9 ms queued (the lab's cross-region preset): 50.5 % and 49.5 %.
    const s = stageSplit(stage(0, 65.9, 67.3, 0.1));
    expect(s.mostly).toBe(false);
    expect([s.first.kind, s.second.kind]).toEqual(['flight', 'queue']);
    expect(stageSplit(stage(0, 10, 90, 0)).mostly).toBe(true);
  });
});
