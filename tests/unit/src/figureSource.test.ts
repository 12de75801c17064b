/**
 * Every published figure the app shows is named with its source and what it was measured on:
 * the article presets (their profile's machines) and the tour's figures, in both languages.
 */
import { describe, expect, test } from 'vitest';
import { PRESETS } from '../../../src/lib/presets.ts';
import { en, type MessageKey } from '../../../src/lib/i18n/en.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';

const LANGS = ['en', 'zh'] as const;
/** How each language names the lecture's author and number. */
const LECTURE = { en: ['Tang Cong', '16', '2021'], zh: ['唐聪', '16', '2021'] } as const;

function isKey(key: string): key is MessageKey {
  return key in en;
}

describe('the source beside every published figure', () => {
  const article = PRESETS.filter((p) => p.kind === 'article');

  test('there are article presets with figures', () => {
    expect(article.length).toBe(5);
    for (const p of article) expect(p.article?.qps).toBeGreaterThan(0);
  });

  for (const lang of LANGS)
    test(`each article preset names the lecture and its machines (${lang})`, () => {
      for (const p of article) {
        const key = `controls.presets.measuredOn.${p.scenario.profile}`;
        expect(isKey(key), key).toBe(true);
        if (!isKey(key)) continue;
        const machines = translate(lang, key);
        expect(machines).toMatch(/\d+/);
        const line = translate(lang, 'controls.presets.source', { what: machines });
        for (const word of LECTURE[lang]) expect(line).toContain(word);
        expect(line).toContain(machines);
      }
    });

  for (const lang of LANGS)
    test(`each tour figure names its source and what it was measured on (${lang})`, () => {
      const figures = LECTURE_TOUR.steps.flatMap((s) => s.text[lang].figure ?? []);
      expect(figures.length).toBeGreaterThanOrEqual(5);
      for (const f of figures) {
        const label = translate(lang, `tour.source.${f.source}`);
        if (f.source === 'lecture') for (const word of LECTURE[lang]) expect(label).toContain(word);
        else expect(label).toContain('etcd.io');
        expect(f.measuredOn.length).toBeGreaterThan(20);
      }
    });
});
