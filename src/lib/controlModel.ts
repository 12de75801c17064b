/**
 * What one control shows for a parameter, given the scenario: its kind, current value, range
 * (relations included) and default, narrowed by the value's runtime type — no casts.
 */
import { PARAMS, type ParamName } from '../../workers/model/params.ts';
import { scenarioOnProfile, type Scenario } from '../../workers/model/scenario.ts';
import { numberRange } from './paramText.ts';
import type { SliderSpec } from './sliderScale.ts';

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
      spec: {
        ...range,
        log: 'log' in spec && spec.log === true,
        int: spec.kind === 'int',
      },
    };
  throw new Error(`parameter ${name} does not match its spec`);
}

/** Parameter names of one group, in the table's order. */
export function paramsOf(group: string): ParamName[] {
  return (Object.keys(PARAMS) as ParamName[]).filter((n) => PARAMS[n].group === group);
}
