import { describe, expect, test, vi } from 'vitest';
import { en } from '../../../src/lib/i18n/en.ts';
import { zh } from '../../../src/lib/i18n/zh.ts';
import { enFirst } from '../../../src/lib/i18n/enFirst.ts';
import { enLater } from '../../../src/lib/i18n/enLater.ts';
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

  test('the first-load English strings and those that come with their panels are all of en, once each', () => {
    const first = Object.keys(enFirst);
    const later = Object.keys(enLater);
    expect([...first, ...later].sort()).toEqual(Object.keys(en).sort());
    expect(first.filter((k) => later.includes(k))).toEqual([]);
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

  test('简体中文 is fetched on demand: refused by name until loaded, English meanwhile, then Chinese', async () => {
    // A fresh copy of the module: the test setup has registered zh in the shared one.
    vi.resetModules();
    const fresh = await import('../../../src/lib/i18n/i18n.svelte.ts');
    expect(fresh.hasLang('zh')).toBe(false);
    expect(() => fresh.translate('zh', 'app.name')).toThrow(/not loaded: await loadLang\('zh'\)/);
    fresh.i18n.lang = 'zh';
    expect(fresh.i18n.t('app.name')).toBe('etcd Read-Path Lab');
    await fresh.loadLang('zh');
    expect(fresh.hasLang('zh')).toBe(true);
    expect(fresh.i18n.t('app.name')).toBe('etcd 读路径实验室');
    await fresh.i18n.setLang('en');
    expect(fresh.i18n.t('app.name')).toBe('etcd Read-Path Lab');
  });

  test('a panel string not loaded yet reads blank, then arrives with loadLaterStrings', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/lib/i18n/i18n.svelte.ts');
    const key = Object.keys(enLater)[0] as keyof typeof enLater;
    expect(fresh.translate('en', key)).toBe('');
    await fresh.loadLaterStrings();
    expect(fresh.translate('en', key)).toBe(enLater[key]);
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
