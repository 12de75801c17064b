/** Any scenario the validator accepts, for property tests: every field from its spec, relations kept. */
import fc from 'fast-check';
import { PARAMS, type ParamName } from '../../workers/contract/params.ts';
import { PROFILE_NAMES } from '../../workers/contract/profiles.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';
import { maybeScenario } from '../../workers/contract/validate.ts';

export function arbitraryScenario(): fc.Arbitrary<Scenario> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    profile: fc.constantFrom(...PROFILE_NAMES),
  };
  for (const name of Object.keys(PARAMS) as ParamName[]) {
    const spec = PARAMS[name];
    if (spec.kind === 'int') fields[name] = fc.integer({ min: spec.min, max: spec.max });
    else if (spec.kind === 'number')
      fields[name] = fc.double({ min: spec.min, max: spec.max, noNaN: true });
    else if (spec.kind === 'bool') fields[name] = fc.boolean();
    else fields[name] = fc.constantFrom(...(spec.choices as readonly (string | number)[]));
  }
  return fc.record(fields).map((r) => {
    const s = r as unknown as Scenario;
    s.endpoints = Math.min(s.endpoints, s.members + (s.learner ? 1 : 0));
    s.keysPerRange = Math.min(s.keysPerRange, s.totalKeys);
    return maybeScenario(s);
  });
}
