import { describe, expect, test } from 'vitest';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';
import {
  A_PLACEHOLDERS,
  hasB,
  PLACEHOLDERS,
  placeholdersIn,
  type Tour,
} from '../../../src/lib/tour/tourFormat.ts';
import { resolvePatch, stepScenarios } from '../../../src/lib/tour/tourScenario.ts';
import { maybeScenario } from '../../../workers/contract/validate.ts';
import { STAGES } from '../../../workers/contract/stages.ts';
import { LANGS, translate, type Lang } from '../../../src/lib/i18n/i18n.svelte.ts';

const TOURS: Tour[] = [LECTURE_TOUR];
const LANG_LIST = Object.keys(LANGS) as Lang[];

describe.each(TOURS.map((t) => [t.id, t] as const))('tour %s', (_id, tour) => {
  test('has steps with unique ids', () => {
    expect(tour.steps.length).toBeGreaterThan(0);
    expect(new Set(tour.steps.map((s) => s.id)).size).toBe(tour.steps.length);
  });

  test.each(tour.steps.map((s) => [s.id, s] as const))(
    'step %s: every patch is a valid scenario, with no repair',
    (_s, step) => {
      const { a, b } = stepScenarios(step.experiment);
      for (const side of b ? [a, b] : [a]) {
        expect(side.repairs).toEqual([]);
        expect(maybeScenario(side.scenario)).toEqual(side.scenario);
      }
    },
  );

  test.each(tour.steps.map((s) => [s.id, s] as const))(
    'step %s: its stage exists and its answer is one of its choices',
    (_s, step) => {
      expect(STAGES.map((s) => s.id)).toContain(step.stage);
      for (const lang of LANG_LIST) {
        const text = step.text[lang];
        expect(text.choices.length).toBeGreaterThanOrEqual(2);
        expect(text.choices.length).toBeLessThanOrEqual(3);
        expect(step.answer).toBeLessThan(text.choices.length);
      }
    },
  );

  test.each(tour.steps.map((s) => [s.id, s] as const))(
    'step %s: en and zh use the same placeholders, all known, B ones only with a B',
    (_s, step) => {
      const allowed: readonly string[] = hasB(step.experiment) ? PLACEHOLDERS : A_PLACEHOLDERS;
      const sets = LANG_LIST.map((lang) => placeholdersIn(step.text[lang].takeaway).sort());
      for (const set of sets) {
        expect(set.length).toBeGreaterThan(0); // a takeaway states the model's number
        for (const name of set) expect(allowed).toContain(name);
        expect(set).toEqual(sets[0]);
      }
      // The same number of answers, and a figure in both languages or in neither.
      expect(new Set(LANG_LIST.map((l) => step.text[l].choices.length)).size).toBe(1);
      expect(new Set(LANG_LIST.map((l) => step.text[l].figure?.source ?? null)).size).toBe(1);
    },
  );

  test.each(tour.steps.map((s) => [s.id, s] as const))(
    'step %s: a stage time in the takeaway is said to be spent in the step’s own stage',
    (_s, step) => {
      // "{stageMs} in Authenticate" must be the Authenticate stage's time: the placeholder is
      // filled from the step's stage, so a sentence naming another stage beside it misleads.
      const labels = STAGES.map((st) => ({
        id: st.id,
        en: translate('en', `results.stage.${st.id}`),
      }));
      const text = step.text.en.takeaway;
      for (const m of text.matchAll(/\{stageMsB?\} (?:in|on) (\S+)/g)) {
        const named = labels.filter((l) => l.en.split(' ')[0] === m[1]);
        for (const l of named) expect(l.id, `${step.id}: "${m[0]}"`).toBe(step.stage);
      }
    },
  );

  test('no takeaway joins two numbers with a dash, which reads as a range (“450 — 460 times”)', () => {
    for (const step of tour.steps)
      for (const lang of LANG_LIST)
        expect(step.text[lang].takeaway, `${step.id} ${lang}`).not.toMatch(/\}\s*[—–-]\s*\{/);
  });

  test('no takeaway hard-codes a number of five digits or more (model numbers are placeholders)', () => {
    for (const step of tour.steps)
      for (const lang of LANG_LIST) {
        // Fixed inputs of the experiment (20,000 writes/s) are allowed; results never are.
        const text = step.text[lang].takeaway.replace(/\{\w+\}/g, '');
        const numbers = text.match(/\d[\d,.]*/g) ?? [];
        for (const n of numbers) {
          const value = Number(n.replace(/,/g, ''));
          const isInput = JSON.stringify(step.experiment).includes(String(value));
          expect(isInput || value < 10_000, `${step.id} ${lang}: ${n}`).toBe(true);
        }
      }
  });
});

describe('placeholdersIn', () => {
  test('lists each name once, in order', () => {
    expect(placeholdersIn('{qps} and {qpsB}, then {qps} again')).toEqual(['qps', 'qpsB']);
    expect(placeholdersIn('no numbers')).toEqual([]);
  });
});

describe('resolvePatch', () => {
  test('names a repair instead of failing on a bad value', () => {
    const { repairs, scenario } = resolvePatch({ members: 4 });
    expect(repairs.map((r) => r.field)).toEqual(['members']);
    expect([3, 5]).toContain(scenario.members);
  });
  test('takes the profile’s machine', () => {
    expect(resolvePatch({ profile: 'cross-region' }).scenario.peerRttMs).toBeGreaterThan(10);
  });
});
