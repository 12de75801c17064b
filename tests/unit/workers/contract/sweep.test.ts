import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MEMBER_COUNTS, PARAMS } from '../../../../workers/contract/params.ts';
import { defaultScenario, scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import {
  parseSweepSpec,
  planSweep,
  SWEEP_PARAMS,
  SWEEP_POINTS,
  SweepSpecError,
  sweepRange,
  sweepValues,
  type SweepInput,
  type SweepProblem,
  type SweepSpec,
} from '../../../../workers/contract/sweep.ts';
import { maybeScenario } from '../../../../workers/contract/validate.ts';
import { arbitraryScenario } from '../../arbitraryScenario.ts';

const base = scenarioOnProfile('article-3x8c');

function problemOf(input: SweepInput, hasB = false): SweepProblem {
  try {
    parseSweepSpec(input, base, hasB);
  } catch (e) {
    if (e instanceof SweepSpecError) return e.problem;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

/** Any spec the parser accepts for `s`: a parameter, two different ends in range, a spacing. */
function arbitrarySpec(s = base): fc.Arbitrary<SweepSpec> {
  return fc
    .record({
      param: fc.constantFrom(...SWEEP_PARAMS),
      a: fc.double({ min: 0, max: 1, noNaN: true }),
      b: fc.double({ min: 0, max: 1, noNaN: true }),
      points: fc.integer(SWEEP_POINTS),
      log: fc.boolean(),
      series: fc.constantFrom('one' as const, 'readModes' as const),
    })
    .map(({ param, a, b, points, log, series }) => {
      const r = sweepRange(param, s);
      const lo = log ? Math.max(r.min, 0.01) : r.min;
      const at = (f: number): number => lo + (r.max - lo) * f;
      return {
        param,
        from: at(a),
        to: at(b),
        points,
        spacing: log ? 'log' : 'linear',
        series,
      } as SweepSpec;
    })
    .filter((spec) => spec.from !== spec.to && !(spec.spacing === 'log' && spec.from <= 0));
}

describe('parsing a sweep', () => {
  test('defaults: the whole range, 10 points, log where the control is log and the range starts above 0', () => {
    expect(parseSweepSpec({ param: 'clients' }, base)).toEqual({
      param: 'clients',
      from: 1,
      to: 10_000,
      points: 10,
      spacing: 'log',
      series: 'one',
    });
    expect(parseSweepSpec({ param: 'writeQps' }, base).spacing).toBe('linear');
  });

  test('each refusal names the field, the value as typed, and what is allowed', () => {
    expect(problemOf({ param: 'readMode' })).toMatchObject({
      field: 'param',
      reason: 'choice',
      value: 'readMode',
    });
    expect(problemOf({ param: 'seed' }).field).toBe('param');
    expect(problemOf({ param: 'writeQps', from: 'abc' })).toEqual({
      field: 'from',
      value: 'abc',
      reason: 'range',
      min: 0,
      max: PARAMS.writeQps.max,
    });
    expect(problemOf({ param: 'writeQps', to: '0x10' })).toMatchObject({
      field: 'to',
      reason: 'range',
    });
    expect(problemOf({ param: 'writeQps', to: '60000' })).toMatchObject({
      field: 'to',
      max: 50_000,
    });
    expect(problemOf({ param: 'writeQps', points: '1' })).toMatchObject({
      field: 'points',
      min: 2,
      max: 50,
    });
    expect(problemOf({ param: 'writeQps', points: '2.5' })).toMatchObject({
      field: 'points',
      reason: 'integer',
    });
    expect(problemOf({ param: 'writeQps', spacing: 'log' })).toMatchObject({
      field: 'from',
      reason: 'log',
    });
    expect(problemOf({ param: 'clients', from: '5', to: '5' })).toMatchObject({
      field: 'to',
      reason: 'same',
    });
    expect(problemOf({ param: 'clients', spacing: 'cubic' })).toMatchObject({
      field: 'spacing',
      choices: ['linear', 'log'],
    });
    expect(problemOf({ param: 'clients', series: 'ab' })).toMatchObject({
      field: 'series',
      reason: 'needsB',
    });
    expect(parseSweepSpec({ param: 'clients', series: 'ab' }, base, true).series).toBe('ab');
  });

  test('the English message says what is allowed', () => {
    expect(() => parseSweepSpec({ param: 'writeQps', to: '60000' }, base)).toThrow(
      'invalid sweep to: 60000 (allowed: numbers 0..50000)',
    );
  });

  test('endpoints and keys per range are limited by the experiment, as the validator limits them', () => {
    expect(sweepRange('endpoints', { ...base, members: 5, learner: true })).toEqual({
      min: 1,
      max: 6,
    });
    expect(sweepRange('keysPerRange', { ...base, totalKeys: 1000 })).toEqual({ min: 1, max: 1000 });
    expect(problemOf({ param: 'endpoints', to: '4' })).toMatchObject({ field: 'to', max: 3 });
  });
});

describe('the values of a sweep', () => {
  test('run from `from` to `to` in order, inside the range, each once, no more than asked', () => {
    fc.assert(
      fc.property(arbitrarySpec(), (spec) => {
        const xs = sweepValues(spec);
        const r = sweepRange(spec.param, base);
        expect(xs.length).toBeGreaterThanOrEqual(1);
        expect(xs.length).toBeLessThanOrEqual(spec.points);
        expect(new Set(xs).size).toBe(xs.length);
        for (const x of xs) {
          expect(x).toBeGreaterThanOrEqual(r.min);
          expect(x).toBeLessThanOrEqual(r.max);
        }
        const up = spec.to > spec.from;
        for (let i = 1; i < xs.length; i++) expect(xs[i] > xs[i - 1]).toBe(up);
        expect(xs[xs.length - 1]).toBe(sweepValues({ ...spec, points: 2 }).at(-1));
      }),
      { numRuns: 400 },
    );
  });

  test('log spacing keeps a constant ratio, linear a constant step', () => {
    const log = sweepValues({
      param: 'peerRttMs',
      from: 0.1,
      to: 100,
      points: 4,
      spacing: 'log',
      series: 'one',
    });
    expect(log).toEqual([0.1, 1, 10, 100]);
    const lin = sweepValues({
      param: 'writeQps',
      from: 0,
      to: 20_000,
      points: 5,
      spacing: 'linear',
      series: 'one',
    });
    expect(lin).toEqual([0, 5000, 10_000, 15_000, 20_000]);
  });

  test('the member count snaps to sizes etcd runs, integers round and repeat only once', () => {
    expect(
      sweepValues({
        param: 'members',
        from: 1,
        to: 7,
        points: 7,
        spacing: 'linear',
        series: 'one',
      }),
    ).toEqual([...MEMBER_COUNTS]);
    expect(
      sweepValues({
        param: 'serverCores',
        from: 1,
        to: 3,
        points: 10,
        spacing: 'linear',
        series: 'one',
      }),
    ).toEqual([1, 2, 3]);
  });
});

describe('planning a sweep', () => {
  test('every point is a valid scenario with the swept value set; x-major, series-minor order', () => {
    fc.assert(
      fc.property(arbitraryScenario(), fc.nat(), (s, seed) => {
        const spec = fc.sample(arbitrarySpec(s), { numRuns: 1, seed })[0];
        if (spec === undefined) return;
        const plan = planSweep(spec, s);
        const perX = spec.series === 'readModes' ? 2 : 1;
        expect(plan.points).toHaveLength(plan.xs.length * perX);
        plan.points.forEach((p, i) => {
          expect(p.index).toBe(i);
          expect(p.x).toBe(plan.xs[Math.floor(i / perX)]);
          expect(p.scenario[spec.param]).toBe(p.x);
          expect(maybeScenario(p.scenario)).toEqual(p.scenario);
          if (spec.series === 'readModes')
            expect(p.scenario.readMode).toBe(i % 2 === 0 ? 'linearizable' : 'serializable');
        });
      }),
      { numRuns: 150 },
    );
  });

  test('a relation the swept value breaks is repaired and recorded: one member, one endpoint', () => {
    const plan = planSweep(
      { param: 'members', from: 1, to: 3, points: 2, spacing: 'linear', series: 'one' },
      base,
    );
    expect(plan.points.map((p) => [p.x, p.scenario.endpoints])).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(plan.repairs).toEqual([{ series: 'base', x: 1, field: 'endpoints', now: 1 }]);
  });

  test('A and B: two series on their own experiments; a B that cannot take the range is refused', () => {
    const b = { ...base, readMode: 'serializable' as const };
    const plan = planSweep(
      { param: 'clients', from: 10, to: 100, points: 2, spacing: 'log', series: 'ab' },
      base,
      b,
    );
    expect(plan.points.map((p) => [p.series, p.scenario.readMode])).toEqual([
      ['a', 'linearizable'],
      ['b', 'serializable'],
      ['a', 'linearizable'],
      ['b', 'serializable'],
    ]);
    const small = { ...defaultScenario(), members: 1, endpoints: 1 };
    expect(() =>
      planSweep(
        { param: 'endpoints', from: 1, to: 3, points: 3, spacing: 'linear', series: 'ab' },
        base,
        small,
      ),
    ).toThrow(SweepSpecError);
  });
});
