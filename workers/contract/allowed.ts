/**
 * What a field or a flag allows, in words: codes with parameters and the English template of each.
 * One source for every refusal that says "(allowed: …)" — validate.ts's ScenarioError (field names,
 * for the model's API and URLs) and the command-line parser's UsageError (flag names, for the CLI
 * and pasted benchmark output). The app words the same codes from its dictionaries
 * (`fit.allowed.<code>`), which a test holds to these templates.
 */
import { fillTemplate } from './fillTemplate.ts';
import { PARAMS, type ParamName } from './params.ts';
import { PROFILE_NAMES } from './profiles.ts';

/**
 * What a field allows, as it is named inside `(allowed: …)`: the words the model's validator and
 * the command-line parser share (the parser adds its flags' own, usageErrors.ts ALLOWED).
 * `{unit}` is the unit of the Allowed's field with a leading space, or nothing.
 */
export const FIELD_ALLOWED = {
  /** Words typed as they are: choices, `true, false`, `l, s`, profile names. */
  words: '{words}',
  int: 'integers {min}..{max}{unit}',
  number: '{min}..{max}{unit}',
  reachable: '1..{max}: the {members} members',
  reachableLearner: '1..{max}: the {members} members and the learner',
  /** `{keys}`: the store's key count by its name where the refusal is read: --keys on a command
   *  line, totalKeys in a scenario. */
  keysInStore: '1..{max} ({keys})',
  atMost: 'at most {max}',
} as const;

export type FieldAllowedCode = keyof typeof FIELD_ALLOWED;

export interface FieldAllowed {
  code: FieldAllowedCode;
  params: Record<string, string>;
  /** The Scenario field whose unit `{unit}` names. */
  field?: ParamName;
}

/** The English unit of a field, with its leading space (`integers 1..10000 clients`). */
export function unitSuffix(field: ParamName | undefined): string {
  const unit = field === undefined ? '' : PARAMS[field].unit;
  return unit === '' ? '' : ` ${unit}`;
}

export function fieldAllowedEnglish(a: FieldAllowed): string {
  return fillTemplate(FIELD_ALLOWED[a.code], { ...a.params, unit: unitSuffix(a.field) });
}

/** What a Scenario field (or the profile) allows. */
export function allowedFor(name: ParamName | 'profile'): FieldAllowed {
  if (name === 'profile') return choiceWords(PROFILE_NAMES);
  const spec = PARAMS[name];
  switch (spec.kind) {
    case 'choice':
      return choiceWords(spec.choices as readonly (string | number)[]);
    case 'bool':
      return choiceWords(['true', 'false']);
    case 'int':
    case 'number':
      return {
        code: spec.kind,
        params: { min: String(spec.min), max: String(spec.max) },
        field: name,
      };
  }
}

export function choiceWords(list: readonly (string | number)[]): FieldAllowed {
  return { code: 'words', params: { words: list.join(', ') } };
}
