import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  changedFields,
  defaultScenario,
  sameScenario,
  SCENARIO_FIELDS,
  type Scenario,
} from '../../../../workers/contract/scenario.ts';

/** A scenario with a few fields changed to other (not necessarily valid) values. */
const tweaked = fc.subarray([...SCENARIO_FIELDS], { minLength: 0, maxLength: 5 }).map((fields) => {
  const s: Record<string, unknown> = { ...defaultScenario() };
  for (const f of fields)
    s[f] = typeof s[f] === 'number' ? (s[f] as number) + 1 : `${String(s[f])}!`;
  return { scenario: s as unknown as Scenario, fields };
});

describe('comparing scenarios', () => {
  test('two scenarios are the same exactly when no field differs, and the differing fields are named', () => {
    fc.assert(
      fc.property(tweaked, ({ scenario, fields }) => {
        const base = defaultScenario();
        expect(changedFields(base, scenario)).toEqual(
          SCENARIO_FIELDS.filter((f) => fields.includes(f)),
        );
        expect(sameScenario(base, scenario)).toBe(fields.length === 0);
        expect(sameScenario(base, scenario, fields)).toBe(true);
      }),
      { seed: 3 },
    );
  });

  test('every field of the default scenario is compared, the profile included', () => {
    expect(SCENARIO_FIELDS).toContain('profile');
    expect(SCENARIO_FIELDS).toContain('seed');
    expect(SCENARIO_FIELDS.length).toBe(Object.keys(defaultScenario()).length);
  });
});
