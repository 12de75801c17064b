/**
 * The i18n layer: every user-visible string goes through `i18n.t(key, params)`.
 * Languages are plain dictionaries typed against English, so a missing key is a compile error.
 */
import { en, type MessageKey, type Messages } from './en.ts';
import { zh } from './zh.ts';
import { numberFormat } from './numberFormat.ts';

/** The shape of `i18n.t`, for helpers that are handed it. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const LANGS = { en: 'English', zh: '简体中文' } as const;
export type Lang = keyof typeof LANGS;

const dictionaries: Record<Lang, Messages> = { en, zh };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LANGS, value);
}

/**
 * Replace `{name}` placeholders with params; unknown placeholders stay visible to be noticed.
 * `{name|one|other}` picks a word by the number in param `name` (formatted or not: "1,000"):
 * `one` for exactly 1, `other` otherwise — English's rule, the only language here with plurals
 * (Chinese nouns do not inflect, so zh templates never use it).
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) => {
        if (!Object.hasOwn(params, name)) return whole;
        const n = Number(String(params[name]).replace(/[^\d.eE+-]/g, ''));
        return n === 1 ? one : other;
      },
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

export function translate(
  lang: Lang,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return format(dictionaries[lang][key], params);
}

class I18n {
  lang = $state<Lang>('en');

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(this.lang, key, params);

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
