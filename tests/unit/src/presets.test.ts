import { describe, expect, test } from 'vitest';
import { ARTICLE_FIGURES } from '../../../workers/contract/calibration.ts';
import { scenarioOnProfile } from '../../../workers/contract/scenario.ts';
import { maybeScenario } from '../../../workers/contract/validate.ts';
import { PRESETS, presetOf } from '../../../src/lib/presets.ts';
import { sameScenario } from '../../../workers/contract/scenario.ts';

describe('presets', () => {
  test('every preset is a scenario the validator accepts', () => {
    for (const p of PRESETS) expect(() => maybeScenario(p.scenario), p.id).not.toThrow();
  });

  test('the article presets are the five figures on their profiles, with what the article measured', () => {
    const article = PRESETS.filter((p) => p.kind === 'article');
    expect(article.map((p) => p.id)).toEqual(ARTICLE_FIGURES.map((f) => f.id));
    for (const f of ARTICLE_FIGURES) {
      const p = article.find((a) => a.id === f.id);
      expect(p?.scenario).toEqual(scenarioOnProfile(f.profile, f.scenario));
      expect(p?.article).toEqual(f.expect);
    }
  });

  test('teaching presets stay small enough to answer quickly', () => {
    for (const p of PRESETS.filter((x) => x.kind === 'teaching'))
      expect(p.scenario.total, p.id).toBeLessThanOrEqual(100_000);
  });

  test('no two presets describe the same experiment, and each is found from its scenario', () => {
    for (const p of PRESETS) {
      expect(presetOf({ ...p.scenario })?.id).toBe(p.id);
      for (const q of PRESETS)
        if (q !== p) expect(sameScenario(p.scenario, q.scenario)).toBe(false);
    }
  });
});
