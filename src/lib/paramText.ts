/**
 * The words for a parameter: label, unit, explanation, choice labels and its allowed range, in
 * the current language. Keys are built from PARAMS names, so a missing translation is a type error.
 */
import { PARAMS, type ParamGroup, type ParamName } from '../../workers/contract/params.ts';
import type { ProfileName } from '../../workers/contract/profiles.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';
import type { Locale } from './format.ts';
import { count, sig } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';

/** Parameters whose choices are words (members is a choice of numbers: they speak for themselves). */
export type WordChoiceName = 'lb' | 'auth' | 'readMode' | 'request' | 'etcdVersion' | 'rangeResult';

export const paramLabel = (t: Translate, name: ParamName): string =>
  t(`controls.param.${name}.label`);
/** Parameters without a unit: choices in words, the learner switch, the seed. */
type UnitlessName = WordChoiceName | 'learner' | 'sharedHost' | 'seed';

function hasUnit(name: ParamName): name is Exclude<ParamName, UnitlessName> {
  return !isWordChoice(name) && name !== 'learner' && name !== 'sharedHost' && name !== 'seed';
}

export const paramUnit = (t: Translate, name: ParamName): string =>
  hasUnit(name) ? t(`controls.param.${name}.unit`) : '';
export const paramHelp = (t: Translate, name: ParamName): string =>
  t(`controls.param.${name}.help`);
export const groupLabel = (t: Translate, group: ParamGroup): string => t(`controls.group.${group}`);
export const profileLabel = (t: Translate, name: ProfileName): string =>
  t(`controls.profile.${name}`);

export function isWordChoice(name: ParamName): name is WordChoiceName {
  return (
    name === 'lb' ||
    name === 'auth' ||
    name === 'readMode' ||
    name === 'request' ||
    name === 'etcdVersion' ||
    name === 'rangeResult'
  );
}

/** The label of one choice: translated words, or the number itself. */
export function choiceLabel(t: Translate, name: ParamName, value: string | number): string {
  if (!isWordChoice(name)) return String(value);
  switch (name) {
    case 'lb':
      return t(`controls.choice.lb.${value as Scenario['lb']}`);
    case 'auth':
      return t(`controls.choice.auth.${value as Scenario['auth']}`);
    case 'readMode':
      return t(`controls.choice.readMode.${value as Scenario['readMode']}`);
    case 'request':
      return t(`controls.choice.request.${value as Scenario['request']}`);
    case 'etcdVersion':
      return t(`controls.choice.etcdVersion.${value as Scenario['etcdVersion']}`);
    case 'rangeResult':
      return t(`controls.choice.rangeResult.${value as Scenario['rangeResult']}`);
  }
}

/** A value as people read it: numbers grouped, choices in words, booleans as on/off. */
export function valueText(
  t: Translate,
  lang: Locale,
  name: ParamName,
  value: string | number | boolean,
): string {
  if (typeof value === 'boolean') return t(value ? 'controls.on' : 'controls.off');
  if (typeof value === 'string') return choiceLabel(t, name, value);
  if (name === 'seed') return String(value);
  // Integers in full (1,572,864 bytes), fractions to six significant digits.
  return Number.isInteger(value) ? count(value, lang) : sig(value, lang, 6);
}

/**
 * The range a number may take given the rest of the scenario: endpoints cannot exceed the
 * members (plus the learner), keys per range cannot exceed the keys in the store.
 */
export function numberRange(name: ParamName, s: Scenario): { min: number; max: number } | null {
  const spec = PARAMS[name];
  if (spec.kind !== 'int' && spec.kind !== 'number') return null;
  if (name === 'endpoints') return { min: spec.min, max: s.members + (s.learner ? 1 : 0) };
  if (name === 'keysPerRange') return { min: spec.min, max: Math.min(spec.max, s.totalKeys) };
  return { min: spec.min, max: spec.max };
}

/**
 * The other field that narrows this one's range in this scenario, if any: endpoints by the members
 * (and the learner), keys per range by the keys in the store. Null when the range is the table's.
 */
export function limitedBy(name: ParamName, s: Scenario): ParamName | null {
  const spec = PARAMS[name];
  const range = numberRange(name, s);
  if (!range || (spec.kind !== 'int' && spec.kind !== 'number') || range.max >= spec.max)
    return null;
  if (name === 'endpoints') return 'members';
  if (name === 'keysPerRange') return 'totalKeys';
  return null;
}

/** The allowed values: "1 – 10,000 clients" in words, or the choices as a link writes them. */
export function allowedWords(t: Translate, lang: Locale, name: ParamName, s: Scenario): string {
  const spec = PARAMS[name];
  // A link's own words (`password-token-reused`, `true`), which can be typed back into it: the
  // labels ("password, token reused") hold commas, and read "password is not allowed (none (auth
  // disabled), password, token reused, …)".
  if (spec.kind === 'choice') return (spec.choices as readonly (string | number)[]).join(', ');
  if (spec.kind === 'bool') return 'true, false';
  const range = numberRange(name, s) ?? spec;
  // "whole numbers": a link's 2.5 clients is in range, and the box refuses it for that reason.
  return t(spec.kind === 'int' ? 'controls.rangeWhole' : 'controls.range', {
    min: valueText(t, lang, name, range.min),
    max: valueText(t, lang, name, range.max),
    unit: paramUnit(t, name),
  }).trim();
}
