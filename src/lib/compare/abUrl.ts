/**
 * Experiment B of an A/B comparison, in the same query string as A. The scheme:
 *
 *   ?readMode=linearizable&…   experiment A, as always (urlState.ts)
 *   &b=1                       a comparison is open (B may equal A: just duplicated)
 *   &b.readMode=serializable   each field in which B differs from A, prefixed `b.`
 *   &b.profile=laptop          B on another profile: its machine fields, then B's own `b.` keys
 *
 * So B is written as "A, changed like this", and a link names exactly what the comparison varies.
 * Reading repairs B's values like A's (clampScenario): every bad `b.` value becomes a notice
 * quoting the link's text; unknown `b.` keys are reported by readQuery like any unknown key.
 */
import { PARAMS, type ParamName } from '../../../workers/contract/params.ts';
import { isProfileName, PROFILES } from '../../../workers/contract/profiles.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import { clampScenario } from '../../../workers/contract/validate.ts';
import { noticesFromClamp, type Notice } from '../notices.ts';
import { isBKey, linkNotices, parseValue } from '../urlState.ts';

const NAMES = Object.keys(PARAMS) as ParamName[];

/** The experiment B starts from: A, or A's other fields on B's profile's machine. */
function startOf(a: Scenario, profile: Scenario['profile']): Scenario {
  return profile === a.profile ? a : { ...a, ...PROFILES[profile].machine, profile };
}

/** The `b` keys for experiment B beside A: `b=1`, then `b.<field>` where B differs. */
export function writeB(a: Scenario, b: Scenario): URLSearchParams {
  const query = new URLSearchParams();
  query.set('b', '1');
  if (b.profile !== a.profile) query.set('b.profile', b.profile);
  const start = startOf(a, b.profile);
  for (const name of NAMES) if (b[name] !== start[name]) query.set(`b.${name}`, String(b[name]));
  return query;
}

export interface BFromUrl {
  /** Experiment B, or null when the link opens no comparison. */
  scenario: Scenario | null;
  /** Repairs of B's values (rendered under "experiment B"), and a `b` flag we cannot read. */
  notices: Notice[];
}

/** Experiment B from a query string, given A as the link's own keys gave it. */
export function readB(search: string, a: Scenario): BFromUrl {
  const query = new URLSearchParams(search);
  // B's keys without their prefix, so A's readers (parseValue, linkNotices) serve B unchanged.
  const own = new URLSearchParams();
  for (const [key, value] of query) if (key !== 'b' && isBKey(key)) own.append(key.slice(2), value);
  const flag = query.get('b');
  const notices: Notice[] = [];
  if (flag !== null && flag !== '1') notices.push({ kind: 'unknown', name: `b=${flag}` });
  if (flag !== '1' && own.size === 0) return { scenario: null, notices };

  const profile = own.get('profile');
  const input: Partial<Record<keyof Scenario, unknown>> = isProfileName(profile)
    ? { ...startOf(a, profile) }
    : { ...a };
  if (profile !== null) input.profile = profile;
  for (const name of NAMES) {
    const raw = own.get(name);
    if (raw !== null) input[name] = parseValue(name, raw);
  }
  const { scenario, repairs } = clampScenario(input);
  return {
    scenario,
    notices: [...linkNotices(noticesFromClamp(repairs, scenario), own), ...notices],
  };
}
