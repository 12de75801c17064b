import { describe, expect, test } from 'vitest';
import { PRESETS } from '../../../src/lib/presets.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';

// A preset reading 1,048,576 B was titled “1 MB” while its note said 1 MiB: a value of 2^20
// bytes is named in binary units in its title and description, in both languages.
describe('a preset names its value size in the unit it is', () => {
  for (const p of PRESETS.filter((x) => x.scenario.valueBytes === 1_048_576))
    for (const lang of ['en', 'zh'] as const)
      test(`${p.id}, ${lang}`, () => {
        const title = translate(lang, `controls.preset.${p.id}.title`);
        const desc = translate(lang, `controls.preset.${p.id}.desc`);
        expect(title).toContain('1 MiB');
        for (const s of [title, desc]) expect(s).not.toMatch(/\bMB\b/);
      });
});
