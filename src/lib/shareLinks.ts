/**
 * The addresses the share dialog and the embed hand out: one embedded figure of this experiment,
 * and the whole lab on it ("open in the full lab"). Both start from the page's own address, so
 * they work wherever the lab is hosted (a sub-folder, a file:// copy).
 */
import type { Scenario } from '../../workers/contract/scenario.ts';
import type { Lang } from './i18n/i18n.svelte.ts';
import type { Theme } from './themeNames.ts';
import { writeB } from './compare/abUrl.ts';
import { writeQuery } from './urlState.ts';
import { isTourHash } from './tour/tourHash.ts';
import { writeLock, type EmbedView, type LockName } from './viewState.ts';

export interface EmbedOptions {
  view: EmbedView;
  lang: Lang;
  theme: Theme;
  locked: ReadonlySet<LockName> | null;
}

/**
 * The address of one embedded figure of this experiment, on the page at `pageUrl`. The tour sets
 * each step's own experiment, so its address holds only the language, the view and the colours,
 * and the page's tour step (`#tour/5`) when it is on one.
 */
export function embedUrl(pageUrl: string, s: Scenario, o: EmbedOptions): string {
  const url = new URL(pageUrl);
  const tour = o.view === 'tour';
  const query = new URLSearchParams(tour ? `lang=${o.lang}` : writeQuery(s, o.lang));
  query.set('embed', o.view);
  // An empty set fixes nothing: written as no lock (readView says `lock=` names nothing).
  if (o.locked !== null && o.locked.size > 0 && !tour) query.set('lock', writeLock(o.locked));
  if (o.theme !== 'system') query.set('theme', o.theme);
  url.search = query.toString();
  // The tour opens on the step the page is on (#tour/5), so a trainer embeds the step in view.
  if (!(tour && isTourHash(url.hash))) url.hash = '';
  return url.toString();
}

/**
 * The whole lab on this experiment, with nothing fixed and no embed: "open in the full lab". With
 * `b`, the link reopens the comparison of A (`s`) and B, in the page address's own scheme.
 */
export function fullLabUrl(
  pageUrl: string,
  s: Scenario,
  lang: Lang,
  b: Scenario | null = null,
): string {
  const url = new URL(pageUrl);
  const query = new URLSearchParams(writeQuery(s, lang));
  if (b !== null) for (const [k, v] of writeB(s, b)) query.set(k, v);
  url.search = query.toString();
  url.hash = '';
  return url.toString();
}
