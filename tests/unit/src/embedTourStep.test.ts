import { describe, expect, test } from 'vitest';
import { embedUrl } from '../../../src/lib/shareLinks.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';

// A trainer on step 5 of the tour who opens “Share or embed” and picks the tour gets a frame on
// step 5, not on step 1 with no word of how to reach 5 (#tour/5 is what the embed reads).
const PAGE = 'https://example.org/course/lab/index.html?lang=zh&seed=1';
const o = { lang: 'zh', theme: 'system', locked: null } as const;

describe('the embedded tour opens on the step the page is on', () => {
  test('#tour/5 on the page: the tour frame’s address keeps it', () => {
    expect(
      new URL(embedUrl(`${PAGE}#tour/5`, defaultScenario(), { ...o, view: 'tour' })).hash,
    ).toBe('#tour/5');
  });

  test('no tour step on the page, or another figure: no hash', () => {
    expect(new URL(embedUrl(PAGE, defaultScenario(), { ...o, view: 'tour' })).hash).toBe('');
    expect(
      new URL(embedUrl(`${PAGE}#results`, defaultScenario(), { ...o, view: 'tour' })).hash,
    ).toBe('');
    for (const view of ['chain', 'results'] as const)
      expect(new URL(embedUrl(`${PAGE}#tour/5`, defaultScenario(), { ...o, view })).hash).toBe('');
  });
});
