/**
 * The whole experiment in the query string: every Scenario field that differs from its profile's
 * defaults, the seed (always, so a link names its randomness), the profile, and `lang`.
 * Reading goes through clampScenario, so a hand-edited or outdated link is repaired field by
 * field and each repair becomes a visible notice — never a crash, never a NaN.
 */
import { PARAMS, type ParamName } from '../../workers/contract/params.ts';
import { isProfileName, PROFILES } from '../../workers/contract/profiles.ts';
import {
  defaultScenario,
  scenarioOnProfile,
  type Scenario,
} from '../../workers/contract/scenario.ts';
import { clampScenario } from '../../workers/contract/validate.ts';
import { isLang, type Lang } from './i18n/i18n.svelte.ts';
import { noticesFromClamp, type Notice } from './notices.ts';
import { isViewKey } from './viewState.ts';

const NAMES = Object.keys(PARAMS) as ParamName[];

export interface UrlState {
  scenario: Scenario;
  notices: Notice[];
  /** The language the link asks for, when it names one we speak. */
  lang: Lang | null;
}

/** Is this query key one the lab owns (a scenario field, the profile or the language)? */
export function isOwnKey(key: string): boolean {
  return key === 'profile' || key === 'lang' || Object.hasOwn(PARAMS, key) || isBKey(key);
}

/**
 * Experiment B of a comparison (compare/abUrl.ts reads and writes these): `b=1`, and `b.<field>`
 * for each field in which B differs from A — `b.readMode=serializable`, `b.profile=laptop`.
 */
export function isBKey(key: string): boolean {
  if (key === 'b') return true;
  const name = key.startsWith('b.') ? key.slice(2) : null;
  return name !== null && (name === 'profile' || Object.hasOwn(PARAMS, name));
}

/**
 * A decimal number as people write one: `16`, `-2.5`, `.5`, `1e3`. Not what Number() also takes
 * (`0x10`, `0b1`, `Infinity`), which a link should not smuggle in as a different value.
 */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A query value as the validator expects it; anything unreadable stays a string and is refused.
 * Words are read whatever their case (`SERIALIZABLE`, `True`): what they mean is not in doubt,
 * and refusing them fell back to the other read mode.
 */
export function parseValue(name: ParamName, raw: string): unknown {
  const spec = PARAMS[name];
  const text = raw.trim();
  const lower = text.toLowerCase();
  switch (spec.kind) {
    case 'bool':
      if (lower === 'true' || text === '1') return true;
      if (lower === 'false' || text === '0') return false;
      return raw;
    case 'choice':
      if (spec.choices.every((c) => typeof c === 'number'))
        return DECIMAL.test(text) ? Number(text) : raw;
      return spec.choices.find((c) => typeof c === 'string' && c.toLowerCase() === lower) ?? text;
    case 'int':
    case 'number':
      return DECIMAL.test(text) ? Number(text) : raw;
  }
}

/**
 * One notice per field, quoting the link's own text ("abc", "0x10") rather than what the
 * validator saw after parsing (NaN) or after an earlier repair: `?members=3&endpoints=9` clamps
 * endpoints to its range, then to the members — one notice, quoting 9, ending at 3.
 */
export function linkNotices(notices: Notice[], query: URLSearchParams): Notice[] {
  const out: Notice[] = [];
  for (const n of notices) {
    if (n.kind !== 'adjusted') {
      out.push(n);
      continue;
    }
    // A second repair of the same field (range, then a relation) adds nothing: `now` is already
    // the final value in both.
    if (out.some((o) => o.kind === 'adjusted' && o.field === n.field)) continue;
    const raw = query.get(n.field);
    out.push(raw === null ? n : { ...n, value: raw });
  }
  return out;
}

export function readQuery(search: string): UrlState {
  const query = new URLSearchParams(search);
  const unknown: Notice[] = [];
  for (const key of new Set(query.keys())) {
    // View keys (embed, lock, theme) are read, and their values checked, by viewState.ts.
    if (isViewKey(key)) continue;
    if (!isOwnKey(key)) unknown.push({ kind: 'unknown', name: key });
    // URLSearchParams.get takes the first of repeated keys; say which values were dropped.
    const all = query.getAll(key);
    if (isOwnKey(key) && all.length > 1)
      unknown.push({ kind: 'repeated', name: key, used: all[0], ignored: all.slice(1) });
  }

  const profile = query.get('profile');
  const input: Partial<Record<keyof Scenario, unknown>> = isProfileName(profile)
    ? { ...PROFILES[profile].machine }
    : {};
  if (profile !== null) input.profile = profile;
  for (const name of NAMES) {
    const raw = query.get(name);
    if (raw !== null) input[name] = parseValue(name, raw);
  }
  const { scenario, repairs } = clampScenario(input);
  const lang = query.get('lang');
  if (lang !== null && !isLang(lang)) unknown.push({ kind: 'lang', value: lang });
  return {
    scenario,
    notices: [...linkNotices(noticesFromClamp(repairs, scenario), query), ...unknown],
    lang: isLang(lang) ? lang : null,
  };
}

/** The query string (with its `?`) that reopens exactly this scenario in this language. */
export function writeQuery(s: Scenario, lang: Lang | null): string {
  const base = scenarioOnProfile(s.profile);
  const query = new URLSearchParams();
  if (s.profile !== defaultScenario().profile) query.set('profile', s.profile);
  for (const name of NAMES) {
    if (name === 'seed' || s[name] !== base[name]) query.set(name, String(s[name]));
  }
  if (lang) query.set('lang', lang);
  return `?${query.toString()}`;
}

/**
 * The page's URL for this experiment: our keys rewritten, anyone else's keys kept as they were
 * (they belong to another part of the page, or were reported as ignored). `extra` holds more of
 * our keys to write (experiment B's, from compare/abUrl.ts); without it any B keys are dropped.
 */
export function experimentUrl(
  current: string,
  s: Scenario,
  lang: Lang | null,
  extra?: URLSearchParams,
): string {
  const url = new URL(current);
  const ours = new URLSearchParams(writeQuery(s, lang));
  for (const [key, value] of extra ?? []) ours.append(key, value);
  for (const [key, value] of url.searchParams) if (!isOwnKey(key)) ours.append(key, value);
  url.search = ours.toString();
  return url.toString();
}
