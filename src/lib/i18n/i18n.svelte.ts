/**
 * The i18n layer: every user-visible string goes through `i18n.t(key, params)`.
 * Languages are plain dictionaries typed against English, so a missing key is a compile error.
 *
 * English is in the first load but for the bcrypt lab's and the sweep's strings, which come with
 * those panels (loadLaterStrings); 简体中文 is a chunk of its own (≈ 14 kB gzipped, issue 16's
 * first-load budget), loaded by loadLang() — before the app mounts when the page opens in
 * Chinese (main.ts), and before the language switches when a reader picks it.
 */
import type { MessageKey, Messages } from './en.ts';
import { enFirst } from './enFirst.ts';
import { numberFormat } from './numberFormat.ts';

/** The shape of `i18n.t`, for helpers that are handed it. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const LANGS = { en: 'English', zh: '简体中文' } as const;
export type Lang = keyof typeof LANGS;

/** The languages loaded so far: English always, all of it once loadLaterStrings has run. */
const dictionaries: Partial<Record<Lang, Partial<Messages>>> = { en: { ...enFirst } };
let later: Promise<void> | null = null;

/**
 * Loads the English strings that come with their panels (enLater.ts). The panels' loaders await
 * it, so a panel never shows before its strings.
 */
export function loadLaterStrings(): Promise<void> {
  later ??= import('./enLater.ts').then(
    (m) => {
      dictionaries.en = { ...dictionaries.en, ...m.enLater };
      i18n.loaded++;
    },
    (e: unknown) => {
      later = null; // a later call tries again
      throw e;
    },
  );
  return later;
}
/** How each other language's chunk is fetched. */
const loaders: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  zh: () => import('./zh.ts').then((m) => m.zh),
};
/** Fetches under way, so a language is fetched once (not reactive state: nothing renders it). */
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** Whether `lang`'s strings are loaded. */
export function hasLang(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Makes `lang`'s strings available (tests and the single-file build register them directly). */
export function registerLang(lang: Lang, messages: Messages): void {
  dictionaries[lang] = messages;
  i18n.loaded++;
}

/** Loads `lang`'s strings once; resolves at once when they are there. */
export function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' || hasLang(lang)) return Promise.resolve();
  let p = loading[lang];
  if (p === undefined) {
    p = loaders[lang]().then(
      (messages) => registerLang(lang, messages),
      (e: unknown) => {
        delete loading[lang]; // a later call tries again
        throw e;
      },
    );
    loading[lang] = p;
  }
  return p;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LANGS, value);
}

/** A Chinese character, and a Latin letter or digit. */
const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9]/;
/** Whether `left` then `right` put Chinese directly against a Latin letter or digit. */
function tight(left: string, right: string): boolean {
  return (HAN.test(left) && LATIN.test(right)) || (LATIN.test(left) && HAN.test(right));
}

/**
 * Replace `{name}` placeholders with params; unknown placeholders stay visible to be noticed.
 * `{name|one|other}` picks a word by the number in param `name` (formatted or not: "1,000"):
 * `one` for exactly 1, `other` otherwise — English's rule, the only language here with plurals
 * (Chinese nouns do not inflect, so zh templates never use it).
 *
 * `spaceHan` sets a space where a filled value puts Chinese against a Latin letter or digit, the
 * house style of the zh dictionary ("在 ReadIndex"): a template cannot space a placeholder that
 * is filled with ReadIndex in one sentence and 网络到成员 in the next ("在{stage}").
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  { spaceHan = false }: { spaceHan?: boolean } = {},
): string {
  const chosen = template.replace(
    /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
    (whole, name: string, one: string, other: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const n = Number(String(params[name]).replace(/[^\d.eE+-]/g, ''));
      return n === 1 ? one : other;
    },
  );
  // Template text and filled values alternate: split() keeps the names at odd indices.
  const parts = chosen.split(/\{(\w+)\}/);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i];
    const filled = i % 2 === 1 && Object.hasOwn(params, name);
    const piece = i % 2 === 0 ? name : filled ? String(params[name]) : `{${name}}`;
    // Only a value's edges: the template's own text is spaced as written.
    const edge = filled || (i > 0 && Object.hasOwn(params, parts[i - 1]) && i % 2 === 0);
    if (spaceHan && edge && piece !== '' && tight(out.slice(-1), piece[0])) out += ' ';
    out += piece;
  }
  return out;
}

export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const d = dictionaries[lang];
  if (d === undefined)
    throw new Error(`the ${LANGS[lang]} strings are not loaded: await loadLang('${lang}') first`);
  const template = d[key];
  if (template === undefined) {
    // An English string of a panel whose strings are still on their way (enLater.ts): blank for
    // the moment; the text re-renders when they arrive (i18n.loaded).
    void loadLaterStrings().catch(() => undefined);
    return '';
  }
  return format(template, params, { spaceHan: lang === 'zh' });
}

class I18n {
  #lang = $state<Lang>('en');
  /** Counts languages loaded, so text re-renders when a language arrives. */
  loaded = $state(0);

  /** The reader's language. Setting one not loaded yet starts loading it; until it is there the
   * text stays English (callers that can wait use setLang). */
  get lang(): Lang {
    return this.#lang;
  }
  set lang(lang: Lang) {
    this.#lang = lang;
    if (!hasLang(lang)) void loadLang(lang).catch(() => undefined);
  }

  /** Loads the language, then switches to it (no English flash). */
  async setLang(lang: Lang): Promise<void> {
    await loadLang(lang);
    this.lang = lang;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => {
    void this.loaded; // re-run when a language arrives
    return translate(hasLang(this.#lang) ? this.#lang : 'en', key, params);
  };

  /** Locale-aware number formatting for the current language. */
  num = (value: number, maximumFractionDigits = 1): string =>
    numberFormat(this.lang, { maximumFractionDigits }).format(value);
}

export const i18n = new I18n();

/** First language from the browser's preferences that we speak; English otherwise. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
