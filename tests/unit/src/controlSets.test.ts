/**
 * Basic and advanced controls: the six basic ones plus the "More" groups hold every parameter
 * exactly once, and a "More" group reports exactly the values that differ from their defaults
 * on the scenario's profile (so a closed group never hides a change to the experiment).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PARAM_GROUPS, PARAMS, type ParamName } from '../../../workers/contract/params.ts';
import { defaultScenario, scenarioOnProfile } from '../../../workers/contract/scenario.ts';
import {
  BASIC_PARAMS,
  changedInGroup,
  isBasic,
  moreParamsOf,
} from '../../../src/lib/controlSets.ts';
import { arbitraryScenario } from '../arbitraryScenario.ts';

const ALL = Object.keys(PARAMS) as ParamName[];

describe('basic and more controls', () => {
  test('the basic controls are the lecture’s five and clients', () => {
    expect([...BASIC_PARAMS].sort()).toEqual(
      ['auth', 'clients', 'members', 'readMode', 'valueBytes', 'writeQps'].sort(),
    );
  });

  test('every parameter is shown once: basic, or in one More group', () => {
    const more = PARAM_GROUPS.flatMap((g) => moreParamsOf(g));
    expect(new Set(more).size).toBe(more.length);
    expect([...more, ...BASIC_PARAMS].sort()).toEqual([...ALL].sort());
    for (const n of more) expect(isBasic(n)).toBe(false);
  });

  test('nothing has changed in the default experiment', () => {
    for (const g of PARAM_GROUPS) expect(changedInGroup(g, defaultScenario())).toEqual([]);
  });

  test('a group names exactly the More values that differ from the profile’s defaults', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        const defaults = scenarioOnProfile(s.profile);
        const named = PARAM_GROUPS.flatMap((g) => changedInGroup(g, s));
        const expected = ALL.filter((n) => !isBasic(n) && s[n] !== defaults[n]);
        expect(named.filter((n) => n !== 'profile').sort()).toEqual(expected.sort());
        expect(named.includes('profile')).toBe(s.profile !== 'article-3x8c');
      }),
      { numRuns: 200 },
    );
  });

  test('a value fixed by a lesson’s link is not reported', () => {
    const s = { ...defaultScenario(), rbacRules: 500, bcryptCost: 12 };
    expect(changedInGroup('auth', s)).toEqual(['bcryptCost', 'rbacRules']);
    expect(changedInGroup('auth', s, new Set(['rbacRules']))).toEqual(['bcryptCost']);
  });
});
