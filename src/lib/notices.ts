/**
 * Notices: values the lab could not use (from a link or a change that broke a rule between two
 * fields), kept as data so they render in the reader's language. The validator's messages are
 * English sentences `invalid <field>: <value> (allowed: …)`; we keep the field and the value.
 */
import { PARAMS, type ParamName } from '../../workers/contract/params.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';

export type NoticeField = ParamName | 'profile';

export type Notice =
  | { kind: 'adjusted'; field: NoticeField; value: string; now: string | number | boolean }
  | { kind: 'unknown'; name: string }
  /** A link's `lang` that names no language we speak. */
  | { kind: 'lang'; value: string };

const INVALID = /^invalid (\w+): (.*) \(allowed: .*\)$/s;

function isNoticeField(name: string): name is NoticeField {
  return name === 'profile' || Object.hasOwn(PARAMS, name);
}

/** Turns clampScenario's messages into notices, each with the value now in use. */
export function noticesFromClamp(messages: readonly string[], scenario: Scenario): Notice[] {
  const out: Notice[] = [];
  for (const message of messages) {
    const m = INVALID.exec(message);
    if (m && isNoticeField(m[1]))
      out.push({ kind: 'adjusted', field: m[1], value: m[2], now: scenario[m[1]] });
    else out.push({ kind: 'unknown', name: message });
  }
  return out;
}

export function sameNotice(a: Notice, b: Notice): boolean {
  if (a.kind === 'unknown') return b.kind === 'unknown' && a.name === b.name;
  if (a.kind === 'lang') return b.kind === 'lang' && a.value === b.value;
  if (b.kind !== 'adjusted') return false;
  return a.field === b.field && a.value === b.value && a.now === b.now;
}
