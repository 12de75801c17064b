import { describe, expect, test } from 'vitest';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';
import { fillTakeaway, stageMeanMs, tourValues } from '../../../src/lib/tour/tourNumbers.ts';
import { placeholdersIn } from '../../../src/lib/tour/tourFormat.ts';
import { stepScenarios } from '../../../src/lib/tour/tourScenario.ts';
import { runInProcess, type SimResult } from '../../../workers/api.ts';
import { rate } from '../../../src/lib/format.ts';

// Each step's runs through the model itself: the takeaway must be fully filled (no brace left, no
// "—" for a number the text relies on) and its QPS must be the headline's formatting.
describe.each(LECTURE_TOUR.steps.map((s) => [s.id, s] as const))('step %s', (_id, step) => {
  test('the takeaway is filled from the run in both languages', async () => {
    const { a, b } = stepScenarios(step.experiment);
    const ra = await runInProcess(a.scenario);
    const rb = b ? await runInProcess(b.scenario) : null;
    for (const lang of ['en', 'zh'] as const) {
      const text = fillTakeaway(step.text[lang].takeaway, ra, rb, step.stage, lang);
      expect(text).not.toMatch(/\{\w+\}/);
      const values = tourValues(ra, rb, step.stage, lang);
      for (const name of placeholdersIn(step.text[lang].takeaway))
        expect(values[name as keyof typeof values], `${name}`).not.toBe('—');
      if (step.text[lang].takeaway.includes('{qps}'))
        expect(text).toContain(rate(ra.summary.rps, lang));
    }
    // The step says "Look at the stage marked in the read path": unless its takeaway quotes that
    // stage's own time, the stage holds a tenth of A's or B's mean at least. Steps 9 and 10 marked
    // treeIndex and boltdb (0.2 % and 0.01 % of the time) while Response held 96 % and 99 %.
    if (!/\{stageMsB?\}/.test(step.text.en.takeaway)) {
      const share = (r: SimResult): number =>
        (stageMeanMs(r, step.stage) ?? 0) / (r.summary.averageSec * 1000);
      expect(Math.max(share(ra), rb ? share(rb) : 0), step.stage).toBeGreaterThanOrEqual(0.1);
    }
  }, 60_000);
});
