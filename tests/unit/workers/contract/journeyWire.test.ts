/**
 * The packed journeys (journeyWire.ts) carry a run's sampled requests between threads: unpacking
 * must give back exactly what the model produced — every number, every error, every key in the
 * same order (JSON of both is the same text) — for real runs and for arbitrary journeys.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { packJourneys, unpackJourneys } from '../../../../workers/contract/journeyWire.ts';
import type { Journey, JourneyStage } from '../../../../workers/contract/result.ts';
import { STAGES } from '../../../../workers/contract/stages.ts';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import { runInProcess } from '../../../../workers/api.ts';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

const stageArb: fc.Arbitrary<JourneyStage> = fc.record({
  id: fc.constantFrom(...STAGES.map((s) => s.id)),
  visited: fc.boolean(),
  enterMs: finite,
  endMs: finite,
  lock: finite,
  queue: finite,
  flight: finite,
  service: finite,
  spans: fc.array(
    fc.record({
      kind: fc.constantFrom('lock' as const, 'queue' as const, 'service' as const),
      fromMs: finite,
      toMs: finite,
    }),
    { maxLength: 5 },
  ),
});

const journeyArb: fc.Arbitrary<Journey> = fc
  .tuple(
    fc.record({
      id: fc.nat(),
      client: fc.nat(),
      member: fc.nat(),
      issuedMs: finite,
      doneMs: finite,
      stages: fc.array(stageArb, { maxLength: 4 }),
    }),
    fc.option(fc.constantFrom('deadline exceeded', 'token expired', 'learner refused'), {
      nil: undefined,
    }),
  )
  .map(([j, error]) => (error === undefined ? j : { ...j, error }));

describe('packed journeys', () => {
  test('unpack(pack(j)) is j: every number exact, errors kept, keys in order (property)', () => {
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 6 }), (journeys) => {
        const back = unpackJourneys(packJourneys(journeys));
        expect(back).toEqual(journeys);
        // Object.is per number: -0 and the last bit survive.
        expect(JSON.stringify(back)).toBe(JSON.stringify(journeys));
        back.forEach((j, n) => {
          expect(Object.keys(j)).toEqual(Object.keys(journeys[n]));
          j.stages.forEach((s, k) =>
            expect(Object.is(s.lock, journeys[n].stages[k].lock)).toBe(true),
          );
        });
      }),
    );
  });

  test('a real run with errors and spans comes back as the model returned it', async () => {
    const result = await runInProcess(
      scenarioOnProfile('article-3x8c', {
        total: 3000,
        clients: 60,
        conns: 12,
        learner: true,
        endpoints: 4,
        lb: 'round-robin',
      }),
    );
    expect(result.journeys.length).toBeGreaterThan(0);
    expect(result.journeys.some((j) => j.error !== undefined)).toBe(true);
    expect(result.journeys.some((j) => j.stages.some((s) => s.spans.length > 0))).toBe(true);
    const packed = packJourneys(result.journeys);
    expect(JSON.stringify(unpackJourneys(packed))).toBe(JSON.stringify(result.journeys));
  });

  test('an unknown stage or span kind is refused by name', () => {
    const bad = {
      id: 1,
      client: 0,
      member: 0,
      issuedMs: 0,
      doneMs: 1,
      stages: [{ id: 'nowhere', spans: [] }],
    };
    expect(() => packJourneys([bad as unknown as Journey])).toThrow(/unknown stage "nowhere"/);
  });
});
