/**
 * What one control shows for a parameter, given the scenario: its kind, current value, range
 * (relations included) and default, narrowed by the value's runtime type — no casts.
 */
import { PARAMS, type ParamName } from '../../workers/contract/params.ts';
import { scenarioOnProfile, type Scenario } from '../../workers/contract/scenario.ts';
import { numberRange } from './paramText.ts';
import type { SliderSpec } from './sliderScale.ts';
import type { SliderKind } from './sliderScale.ts';

/**
 * How a number's slider moves, where the parameter table's `log` does not say it all: ranges
 * from 0 ("no limit", "off", no writes) to a large number get a zero stop then a log scale, so
 * small values can be reached by dragging; the seed is typed, not slid.
 */
const SLIDER_KIND: Partial<Record<ParamName, SliderKind>> = {
  rate: 'logZero',
  writeQps: 'logZero',
  compactionMs: 'logZero',
  seed: 'none',
};

function sliderKind(name: ParamName): SliderKind {
  const spec = PARAMS[name];
  return SLIDER_KIND[name] ?? ('log' in spec && spec.log === true ? 'log' : 'linear');
}

export type ControlModel =
  | { kind: 'number'; value: number; spec: SliderSpec; defaultValue: number }
  | {
      kind: 'choice';
      value: string | number;
      choices: readonly (string | number)[];
      defaultValue: string | number;
    }
  | { kind: 'bool'; value: boolean; defaultValue: boolean };

export function controlModel(name: ParamName, s: Scenario): ControlModel {
  const spec = PARAMS[name];
  const value = s[name];
  // The default on this scenario's hardware profile: machine fields differ per profile.
  const defaultValue = scenarioOnProfile(s.profile)[name];
  if (spec.kind === 'choice' && typeof value !== 'boolean' && typeof defaultValue !== 'boolean')
    return { kind: 'choice', value, choices: spec.choices, defaultValue };
  if (spec.kind === 'bool' && typeof value === 'boolean' && typeof defaultValue === 'boolean')
    return { kind: 'bool', value, defaultValue };
  const range = numberRange(name, s);
  if (range && typeof value === 'number' && typeof defaultValue === 'number')
    return {
      kind: 'number',
      value,
      defaultValue,
      spec: { ...range, scale: sliderKind(name), int: spec.kind === 'int' } satisfies SliderSpec,
    };
  throw new Error(`parameter ${name} does not match its spec`);
}

/**
 * Is this a value the parameter can take — a number for numbers, one of the choices, a boolean?
 * What a control hands back is checked here once, so the lab's `set` stays typed per field.
 */
export function isParamValue<K extends ParamName>(name: K, value: unknown): value is Scenario[K] {
  const spec = PARAMS[name];
  switch (spec.kind) {
    case 'bool':
      return typeof value === 'boolean';
    case 'choice':
      return (spec.choices as readonly unknown[]).includes(value);
    case 'int':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
  }
}

/** Parameter names of one group, in the table's order. */
export function paramsOf(group: string): ParamName[] {
  return (Object.keys(PARAMS) as ParamName[]).filter((n) => PARAMS[n].group === group);
}
