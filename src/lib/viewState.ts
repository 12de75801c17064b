/**
 * How the page shows the experiment, as opposed to what the experiment is (urlState.ts): three
 * query keys a trainer writes into a link or an <iframe> snippet.
 *
 * - `embed=chain|results|tour`: one figure alone, sized to its frame, or the lecture's tour (its
 *   step in the hash, `#tour/3`). The values are EMBED_VIEWS; a view built later (compare,
 *   sweep) is one more entry there and one more component in EmbedApp.svelte. Any other value is refused with a notice naming the allowed ones, and the
 *   whole lab is shown instead.
 * - `lock=a,b,c`: these controls are fixed for a lesson; only the others are shown. `all` fixes
 *   every one and `-name` frees one again, so `lock=all,-readMode` leaves one control to play
 *   with. Names are the Scenario fields (as in the link) and `profile`.
 * - `theme=light|dark|system`: the host page's colours, for this page only (not stored).
 *
 * Reading never throws: every value it cannot use becomes a notice and is ignored.
 */
import { PARAMS, type ParamName } from '../../workers/contract/params.ts';
import type { Notice } from './notices.ts';
import { isTheme, THEMES, type Theme } from './themeNames.ts';

/** Figures that can be embedded alone. Add a view here, then render it in EmbedApp.svelte. */
export const EMBED_VIEWS = ['chain', 'results', 'tour'] as const;
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** The query keys this module owns. */
export const VIEW_KEYS = ['embed', 'lock', 'theme'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** What `lock` can name: a Scenario field, or the hardware profile picker. */
export type LockName = ParamName | 'profile';
export const LOCK_NAMES: readonly LockName[] = ['profile', ...(Object.keys(PARAMS) as ParamName[])];
/** `lock=all`: every control. */
export const LOCK_ALL = 'all';

export interface ViewState {
  embed: EmbedView | null;
  /** The controls this link fixes; null when the link has no `lock` (nothing is fixed). */
  locked: ReadonlySet<LockName> | null;
  /** The theme the link asks for, or null to keep the reader's own. */
  theme: Theme | null;
  notices: Notice[];
}

export function isViewKey(key: string): key is ViewKey {
  return (VIEW_KEYS as readonly string[]).includes(key);
}

export function isEmbedView(value: unknown): value is EmbedView {
  return typeof value === 'string' && (EMBED_VIEWS as readonly string[]).includes(value);
}

function isLockName(value: string): value is LockName {
  return (LOCK_NAMES as readonly string[]).includes(value);
}

/**
 * The `lock` list: names applied left to right, `all` adding every control and `-name` taking
 * one away. Unknown names come back separately, as the reader wrote them.
 */
export function parseLock(raw: string): { locked: Set<LockName>; unknown: string[] } {
  const locked = new Set<LockName>();
  const unknown: string[] = [];
  for (const part of raw.split(',')) {
    const token = part.trim();
    if (token === '') continue;
    const free = token.startsWith('-');
    const name = free ? token.slice(1) : token;
    const names: readonly LockName[] | null =
      name === LOCK_ALL ? LOCK_NAMES : isLockName(name) ? [name] : null;
    if (names === null) {
      unknown.push(token);
      continue;
    }
    for (const n of names) {
      if (free) locked.delete(n);
      else locked.add(n);
    }
  }
  return { locked, unknown };
}

/** The `lock` value that fixes exactly `locked`: the shorter of the list and `all,-…`. */
export function writeLock(locked: ReadonlySet<LockName>): string {
  const listed = LOCK_NAMES.filter((n) => locked.has(n));
  const freed = LOCK_NAMES.filter((n) => !locked.has(n)).map((n) => `-${n}`);
  return freed.length < listed.length ? [LOCK_ALL, ...freed].join(',') : listed.join(',');
}

export function readView(search: string): ViewState {
  const query = new URLSearchParams(search);
  const notices: Notice[] = [];
  for (const key of VIEW_KEYS) {
    const all = query.getAll(key);
    if (all.length > 1)
      notices.push({ kind: 'repeated', name: key, used: all[0], ignored: all.slice(1) });
  }

  const embedRaw = query.get('embed');
  let embed: EmbedView | null = null;
  if (embedRaw !== null) {
    if (isEmbedView(embedRaw)) embed = embedRaw;
    else notices.push({ kind: 'view', key: 'embed', value: embedRaw, allowed: EMBED_VIEWS });
  }

  const lockRaw = query.get('lock');
  let locked: Set<LockName> | null = null;
  if (lockRaw !== null) {
    const parsed = parseLock(lockRaw);
    // `lock=` with no name is no lesson: ignored like any value it cannot use, and said, so a
    // trainer sees the link lost its list. Nor is a list that fixes nothing (`lock=bogus`, its
    // name refused below; `lock=-readMode`): the share dialog never writes one either.
    if (lockRaw.split(',').every((part) => part.trim() === ''))
      notices.push({ kind: 'view', key: 'lock', value: '', allowed: [LOCK_ALL, ...LOCK_NAMES] });
    else if (parsed.locked.size > 0) locked = parsed.locked;
    for (const value of parsed.unknown)
      notices.push({ kind: 'view', key: 'lock', value, allowed: [LOCK_ALL, ...LOCK_NAMES] });
  }

  const themeRaw = query.get('theme');
  let theme: Theme | null = null;
  if (themeRaw !== null) {
    if (isTheme(themeRaw)) theme = themeRaw;
    else notices.push({ kind: 'view', key: 'theme', value: themeRaw, allowed: THEMES });
  }
  return { embed, locked, theme, notices };
}

/**
 * `url` with its view keys as this page applies them: `embed` and any value that could not be
 * used dropped, so the address bar holds no value a notice refused and a copied link does not
 * bring the notice back. A lock list the page used whole stays as the trainer spelled it; one
 * with a refused name is written anew (writeLock's spelling) without it.
 */
export function withView(url: string, view: ViewState): string {
  const u = new URL(url);
  const query = u.searchParams;
  query.delete('embed');
  const given = query.get('lock');
  const whole = given !== null && parseLock(given).unknown.length === 0;
  if (!view.locked) query.delete('lock');
  else if (!whole) query.set('lock', writeLock(view.locked));
  if (view.theme) query.set('theme', view.theme);
  else query.delete('theme');
  u.search = query.toString();
  return u.toString();
}
