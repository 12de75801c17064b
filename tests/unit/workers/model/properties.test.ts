/** Properties over random valid scenarios (fast-check): the model never produces nonsense. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../../workers/model/simulate.ts';
import { maybeScenario, clampScenario } from '../../../../workers/contract/validate.ts';
import { smallScenarios } from './smallScenarios.ts';

const scenarios = smallScenarios();

function numbersIn(
  value: unknown,
  path = 'result',
  out: [string, number][] = [],
): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

describe('random valid scenarios', () => {
  test('no NaN or infinity anywhere, no negative time, monotone percentiles, every request finishes', async () => {
    await fc.assert(
      fc.asyncProperty(scenarios, async (s) => {
        const r = await simulate(s, { journeys: 50 });
        for (const [path, n] of numbersIn(r)) {
          expect(Number.isFinite(n), path).toBe(true);
        }
        const sm = r.summary;
        expect(sm.succeeded + sm.failed).toBe(s.total);
        for (const [path, n] of numbersIn(sm)) expect(n, path).toBeGreaterThanOrEqual(0);
        for (const st of r.stages) {
          expect(st.queueMeanMs).toBeGreaterThanOrEqual(0);
          expect(st.serviceMeanMs).toBeGreaterThanOrEqual(0);
          expect(st.lockMeanMs).toBeGreaterThanOrEqual(0);
        }
        const pcts = sm.percentiles.map((x) => x.sec);
        for (let i = 1; i < pcts.length; i++) expect(pcts[i]).toBeGreaterThanOrEqual(pcts[i - 1]);
        if (sm.succeeded > 0) {
          expect(sm.fastestSec).toBeLessThanOrEqual(sm.averageSec + 1e-12);
          expect(sm.averageSec).toBeLessThanOrEqual(sm.slowestSec + 1e-12);
          expect(sm.histogram.reduce((a, h) => a + h.count, 0)).toBe(sm.succeeded);
        }
        for (const res of r.resources) {
          expect(res.utilisation).toBeGreaterThanOrEqual(0);
          expect(res.utilisation).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60, seed: 42 },
    );
    // One draw (three members and the client on two shared 0.1× cores under 3,000 puts/s, with
    // the raft steps on those cores) overloads its machine: 27 M events, 53 simulated minutes,
    // within the model's event budget (budget.ts) but ≈ 17 s of a quiet core.
  }, 180_000);
});

describe('validation', () => {
  test('bad input is refused with the field, the value and what is allowed', () => {
    expect(() => maybeScenario({ clients: 0 })).toThrow(
      'invalid clients: 0 (allowed: integers 1..10000 clients)',
    );
    expect(() => maybeScenario({ readMode: 'fast' })).toThrow(
      'invalid readMode: fast (allowed: linearizable, serializable)',
    );
    expect(() => maybeScenario({ members: 4 })).toThrow('invalid members: 4 (allowed: 1, 3, 5, 7)');
    expect(() => maybeScenario({ valueBytes: 2_000_000 })).toThrow(
      'invalid valueBytes: 2000000 (allowed: integers 1..1572864 bytes)',
    );
    expect(() => maybeScenario({ fsyncMs: Number.NaN })).toThrow('invalid fsyncMs: NaN');
    expect(() => maybeScenario({ endpoints: 4 })).toThrow(
      'invalid endpoints: 4 (allowed: 1..3: the 3 members)',
    );
    expect(() => maybeScenario({ colour: 'red' })).toThrow('invalid field: colour');
  });

  test('clamping repairs any input into a valid scenario and names every field it changed', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            clients: fc.oneof(fc.double(), fc.integer()),
            members: fc.oneof(fc.integer({ min: -5, max: 20 }), fc.constant(Number.NaN)),
            readMode: fc.string(),
            fsyncMs: fc.double(),
            endpoints: fc.integer({ min: -3, max: 30 }),
            keysPerRange: fc.integer({ min: 1, max: 2000 }),
            totalKeys: fc.integer({ min: 1, max: 2000 }),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const { scenario, repairs } = clampScenario(input);
          expect(() => maybeScenario(scenario)).not.toThrow();
          const named = new Set(repairs.map((r) => r.field));
          for (const [field, given] of Object.entries(input)) {
            if (!Object.is(scenario[field as keyof typeof scenario], given))
              expect(named, `${field}: ${String(given)} changed silently`).toContain(field);
          }
          for (const r of repairs) expect(r.allowed.length).toBeGreaterThan(0);
        },
      ),
      { seed: 7 },
    );
  });
});
