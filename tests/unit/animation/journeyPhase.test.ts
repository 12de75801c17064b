import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  followWindow,
  journeyPhase,
  latencyMs,
  medianJourney,
  sampleWindow,
  slowestJourney,
  typicalLatencyMs,
} from '../../../src/lib/animation/journeyPhase.ts';
import { S, STAGES } from '../../../workers/contract/stages.ts';
import type { Journey } from '../../../workers/contract/result.ts';
import { journeyFrom } from './fixture.ts';

// Issued at 10 ms: client 1 ms queue + 1 ms service, network 2 ms service, then straight to
// treeIndex (0.5 ms queue, 0.5 ms service) and the response (1 ms): done at 16 ms.
const j = journeyFrom(1, 10, {
  client: [1, 1],
  network: [0, 2],
  treeIndex: [0.5, 0.5],
  response: [0, 1],
});

describe('where a request is at simulated time t', () => {
  test('a request is not in flight before it is issued nor once its response is in', () => {
    expect(journeyPhase(j, 9.99)).toBeNull();
    expect(journeyPhase(j, 16)).toBeNull();
    expect(journeyPhase(j, 10)).not.toBeNull();
  });

  test('between entering a stage and starting service the request waits in its queue', () => {
    expect(journeyPhase(j, 10.5)).toEqual({ kind: 'queue', stage: S.client, wait: 'queue' });
    expect(journeyPhase(j, 14.2)).toEqual({ kind: 'queue', stage: S.treeIndex, wait: 'queue' });
  });

  test('in service the progress is the fraction of the service time already spent', () => {
    expect(journeyPhase(j, 11.5)).toEqual({
      ...{ kind: 'service', stage: S.client, progress: 0.5 },
      time: 'service',
    });
    expect(journeyPhase(j, 13.5)).toEqual({
      ...{ kind: 'service', stage: S.network, progress: 0.75 },
      time: 'service',
    });
  });

  test('stages the request skipped in zero time are never where it is', () => {
    // network ends at 14 ms and treeIndex begins at 14 ms: the skipped stages take no time.
    expect(journeyPhase(j, 14)).toEqual({ kind: 'queue', stage: S.treeIndex, wait: 'queue' });
  });

  test('a gap between two stages is a hop from the one left to the next one entered', () => {
    const gappy: Journey = { ...j, doneMs: 18 }; // 2 ms after the response ends at 16 ms
    expect(journeyPhase(gappy, 17)).toEqual({
      kind: 'between',
      from: S.response,
      to: STAGES.length,
      progress: 0.5,
    });
  });

  test('at every instant in flight a request is in exactly one well-formed phase', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0, max: 5, noNaN: true }),
            fc.double({ min: 0, max: 5, noNaN: true }),
          ),
          {
            minLength: STAGES.length,
            maxLength: STAGES.length,
          },
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pairs, f) => {
          const durations = Object.fromEntries(STAGES.map((s, i) => [s.id, pairs[i]]));
          const journey = journeyFrom(0, 0, durations);
          const t = f * latencyMs(journey);
          const phase = journeyPhase(journey, t);
          if (t >= journey.doneMs) return phase === null;
          if (!phase) return false;
          // Within a stage: lock, queue (waiting), then flight and service (moving).
          if (phase.kind === 'queue') {
            const s = journey.stages[phase.stage];
            return s.enterMs <= t && t < s.enterMs + s.lock + s.queue;
          }
          if (phase.kind === 'service') {
            const s = journey.stages[phase.stage];
            const moving = s.enterMs + s.lock + s.queue;
            return moving <= t && t < s.endMs && phase.progress >= 0 && phase.progress < 1;
          }
          return phase.progress >= 0 && phase.progress <= 1;
        },
      ),
    );
  });
});

describe('the four kinds of time within a stage', () => {
  // client: lock 1, queue 2, flight 3, service 4 (ms), from 0.
  const j = journeyFrom(1, 0, { client: [2, 4, 1, 3] });

  test('a dot waits for the lock, then for a server, then moves on the wire, then is served', () => {
    expect(journeyPhase(j, 0.5)).toEqual({ kind: 'queue', stage: 0, wait: 'lock' });
    expect(journeyPhase(j, 2)).toEqual({ kind: 'queue', stage: 0, wait: 'queue' });
    expect(journeyPhase(j, 4)).toMatchObject({ kind: 'service', stage: 0, time: 'flight' });
    expect(journeyPhase(j, 8)).toMatchObject({ kind: 'service', stage: 0, time: 'service' });
  });

  test('a stage not on the path is skipped, and so is one passed in zero time', () => {
    expect(j.stages[1].visited).toBe(false);
    const zero = journeyFrom(2, 0, { client: [0, 1], network: [0, 0], response: [0, 1] });
    expect(zero.stages[1].visited).toBe(true);
    expect(journeyPhase(zero, 1.5)).toMatchObject({ kind: 'service', stage: STAGES.length - 1 });
  });
});

describe('picking requests from the sample', () => {
  const fast = journeyFrom(2, 0, { client: [0, 1] });
  const slow = journeyFrom(3, 5, { client: [0, 9] });
  const typical = journeyFrom(4, 2, { client: [0, 3] });

  test('the sampled window runs from the first request issued to the last one done', () => {
    expect(sampleWindow([fast, slow, typical])).toEqual({ fromMs: 0, toMs: 14 });
    expect(sampleWindow([])).toEqual({ fromMs: 0, toMs: 0 });
  });

  test('"a slow one" is the sampled request with the longest latency', () => {
    expect(slowestJourney([fast, slow, typical])?.id).toBe(3);
    expect(slowestJourney([])).toBeNull();
  });

  test('the typical latency is the run’s P50, which the headline prints; the sample’s median without one', () => {
    const summary = { percentiles: [{ p: 50, sec: 0.0117 }] };
    expect(typicalLatencyMs(summary, [slow, fast, typical])).toBeCloseTo(11.7, 12);
    expect(typicalLatencyMs(undefined, [slow, fast, typical])).toBe(latencyMs(typical));
    expect(typicalLatencyMs({ percentiles: [] }, [])).toBeNull();
  });

  test('"a typical one" is the sampled request of median latency', () => {
    expect(medianJourney([slow, fast, typical])?.id).toBe(4);
  });

  test('a followed request loops over its own span with a little air either side', () => {
    const w = followWindow(slow); // 5 → 14 ms
    expect(w.fromMs).toBeLessThan(5);
    expect(w.toMs).toBeGreaterThan(14);
    expect(w.toMs - w.fromMs).toBeLessThan(9 * 1.2);
  });
});
