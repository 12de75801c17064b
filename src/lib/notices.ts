/**
 * Notices: values the lab could not use (from a link or a change that broke a rule between two
 * fields), kept as data so they render in the reader's language. The validator hands over its
 * repairs as data (field, given value, what is allowed); nothing here reads an English message.
 */
import type { ParamName } from '../../workers/contract/params.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';
import type { Repair } from '../../workers/contract/validate.ts';

export type NoticeField = ParamName | 'profile';

export type Notice =
  | { kind: 'adjusted'; field: NoticeField; value: string; now: string | number | boolean }
  | { kind: 'unknown'; name: string }
  /** A link's `lang` that names no language we speak. */
  | { kind: 'lang'; value: string }
  /** A key the link gives more than once: the first value is used, the others are named. */
  | { kind: 'repeated'; name: string; used: string; ignored: string[] }
  /** A view key of the link (embed, lock, theme: viewState.ts) with a value it cannot use. */
  | { kind: 'view'; key: 'embed' | 'lock' | 'theme'; value: string; allowed: readonly string[] }
  /** An embedded tour's link with experiment keys: each step sets its own, so they go unused. */
  | { kind: 'tourSets'; names: string[] };

/** A value as the reader typed it: strings as they are (an empty one as ""), the rest by String(). */
function shown(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value;
  return String(value);
}

/** Turns clampScenario's repairs into notices, each with the value now in use. */
export function noticesFromClamp(repairs: readonly Repair[], scenario: Scenario): Notice[] {
  return repairs.map((r) => ({
    kind: 'adjusted',
    field: r.field,
    value: shown(r.given),
    now: scenario[r.field],
  }));
}

export function sameNotice(a: Notice, b: Notice): boolean {
  if (a.kind === 'unknown') return b.kind === 'unknown' && a.name === b.name;
  if (a.kind === 'lang') return b.kind === 'lang' && a.value === b.value;
  if (a.kind === 'view') return b.kind === 'view' && a.key === b.key && a.value === b.value;
  if (a.kind === 'repeated') return b.kind === 'repeated' && a.name === b.name && a.used === b.used;
  if (a.kind === 'tourSets') return b.kind === 'tourSets' && a.names.join() === b.names.join();
  if (b.kind !== 'adjusted') return false;
  return a.field === b.field && a.value === b.value && a.now === b.now;
}

/**
 * An embedded tour's notice for the experiment keys its link holds (`clients=50`): each step sets
 * its own experiment, so they are not used — said, not dropped in silence. None when there are
 * none. `isOwn` tells an experiment key (urlState.ts isOwnKey); `lang` is the tour's too.
 */
export function tourSetsNotice(search: string, isOwn: (key: string) => boolean): Notice[] {
  const names = [...new Set(new URLSearchParams(search).keys())].filter(
    (key) => key !== 'lang' && isOwn(key),
  );
  return names.length === 0 ? [] : [{ kind: 'tourSets', names }];
}
