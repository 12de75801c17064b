/**
 * Which controls are always in view and which wait under "More": the lecture is about five
 * settings — authentication, read mode, members, write load, value size — and the number of
 * clients sets the load on all of them, so those six are the basic controls. Every other field
 * stays in its PARAMS group, in a section opened on demand; a group in which some value differs
 * from its default opens by itself and names those values, so nothing that changes the result
 * is out of sight. The address holds the whole experiment either way (urlState.ts).
 */
import { PARAMS, type ParamGroup, type ParamName } from '../../workers/contract/params.ts';
import { scenarioOnProfile, type Scenario } from '../../workers/contract/scenario.ts';
import type { ProfileName } from '../../workers/contract/profiles.ts';

/** The basic controls, in the order the panel shows them. */
export const BASIC_PARAMS = [
  'auth',
  'readMode',
  'members',
  'writeQps',
  'valueBytes',
  'clients',
] as const satisfies readonly ParamName[];

/** The hardware profile a fresh experiment runs on (defaultScenario's). */
const DEFAULT_PROFILE: ProfileName = 'article-3x8c';

export function isBasic(name: ParamName): boolean {
  return (BASIC_PARAMS as readonly ParamName[]).includes(name);
}

/** A group's parameters that live under "More" (the basic ones are shown above it). */
export function moreParamsOf(group: ParamGroup): ParamName[] {
  return (Object.keys(PARAMS) as ParamName[]).filter(
    (n) => PARAMS[n].group === group && !isBasic(n),
  );
}

/**
 * What in one "More" group differs from its default: the parameters (against the defaults of
 * the scenario's own profile, as each control's "default" line says) and, in Machines &
 * network, the profile itself. Names in `hidden` (fixed by a lesson's link) are left out.
 */
export function changedInGroup(
  group: ParamGroup,
  s: Scenario,
  hidden: ReadonlySet<string> | null = null,
): (ParamName | 'profile')[] {
  const defaults = scenarioOnProfile(s.profile);
  const changed: (ParamName | 'profile')[] = [];
  if (group === 'machines' && s.profile !== DEFAULT_PROFILE && !hidden?.has('profile'))
    changed.push('profile');
  for (const name of moreParamsOf(group))
    if (!hidden?.has(name) && s[name] !== defaults[name]) changed.push(name);
  return changed;
}
