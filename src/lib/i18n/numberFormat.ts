/**
 * Intl.NumberFormat instances by language and options, built once. `toLocaleString` builds a
 * formatter on every call, which made a result with a few hundred numbers cost tens of ms on
 * the main thread. A plain cache, not state: nothing reacts to it.
 */
export type NumberLang = 'en' | 'zh';

const formatters = new Map<string, Intl.NumberFormat>();

export function numberFormat(
  lang: NumberLang,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', options);
    formatters.set(key, f);
  }
  return f;
}
