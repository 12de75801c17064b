/**
 * A label before its value ends in the reader's colon: “本实验：” in 简体中文, not the ASCII
 * “本实验:” a component wrote after the translated label (seen in the experiment sentence, the
 * tour's published figure and the bcrypt card).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { format } from '../../../src/lib/i18n/i18n.svelte.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { zh } from '../../../src/lib/i18n/zh.ts';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? svelteFiles(join(dir, d.name))
      : d.name.endsWith('.svelte')
        ? [join(dir, d.name)]
        : [],
  );
}

describe('a label’s colon', () => {
  test('is full-width in 简体中文 and “: ” in English', () => {
    expect(format(zh['label.colon'], { label: '本实验' })).toBe('本实验：');
    expect(format(en['label.colon'], { label: 'This experiment' })).toBe('This experiment: ');
  });

  test('no component prints an ASCII colon right after a translated label on screen', () => {
    // `{t('…')}:` as text (not inside an aria-label's template string, which screen readers read).
    const offenders = svelteFiles('src')
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${f}:${i + 1}`, line })),
      )
      .filter(({ line }) => /(?<!\$)\{t\([^}]*\)\}:/.test(line) && !/visually-hidden/.test(line))
      .map(({ where }) => where);
    expect(offenders).toEqual([]);
  });
});
