import { describe, expect, test } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { zh } from '../../../src/lib/i18n/zh.ts';
import { format, preferredLang, translate } from '../../../src/lib/i18n/i18n.svelte.ts';

describe('i18n', () => {
  test('简体中文 has every English key, each non-empty and with the same placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const zhText = zh[key as keyof typeof en];
      expect(zhText.trim(), key).not.toBe('');
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(zhText), key).toEqual(holes(text));
    }
  });

  test('format fills named placeholders and leaves unknown ones visible', () => {
    expect(format('{a} and {b}', { a: 1, b: 'two' })).toBe('1 and two');
    expect(format('{a} and {missing}', { a: 1 })).toBe('1 and {missing}');
  });

  test('a plural placeholder picks the singular for exactly one, formatted or not', () => {
    const t = '{n} {n|client|clients}';
    expect(format(t, { n: 1 })).toBe('1 client');
    expect(format(t, { n: '1' })).toBe('1 client');
    expect(format(t, { n: '1,000' })).toBe('1,000 clients');
    expect(format(t, { n: 0 })).toBe('0 clients');
    expect(format(t, { n: '1.5' })).toBe('1.5 clients');
    expect(format(t, {})).toBe('{n} {n|client|clients}');
    expect(translate('en', 'chain.clientHostShort', { clients: '1' })).toBe(
      'client host · 1 client',
    );
  });

  test('translate picks the dictionary of the language asked for', () => {
    expect(translate('en', 'app.name')).toBe('etcd Read-Path Lab');
    expect(translate('zh', 'app.name')).toBe('etcd 读路径实验室');
  });

  test('the preferred language is the first one of the browser that the app speaks', () => {
    expect(preferredLang(['fr-FR', 'zh-CN', 'en'])).toBe('zh');
    expect(preferredLang(['de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
