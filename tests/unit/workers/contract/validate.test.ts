/**
 * A value refused by its field's own range and by a relation with another field is refused with
 * whichever allows less, so the refusal never names values that would be refused too.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MEMBER_COUNTS, PARAMS } from '../../../../workers/contract/params.ts';
import { maybeScenario, ScenarioError } from '../../../../workers/contract/validate.ts';

function refusal(input: Record<string, unknown>): ScenarioError {
  try {
    maybeScenario(input);
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

describe('endpoints beyond what the cluster has', () => {
  test('above the field’s own maximum, the refusal names the members (and learner) there are, when fewer', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEMBER_COUNTS),
        fc.boolean(),
        fc.integer({ min: PARAMS.endpoints.max + 1, max: 10_000 }),
        (members, learner, endpoints) => {
          const e = refusal({ members, learner, endpoints });
          const reachable = members + (learner ? 1 : 0);
          expect(e.field).toBe('endpoints');
          if (reachable < PARAMS.endpoints.max) {
            expect(e.allowed).toMatch(new RegExp(`^1\\.\\.${reachable}: the ${members} members`));
            expect(e.relation).toMatchObject({ max: reachable, members });
          } else {
            // Seven members and a learner reach the field's own maximum: its words say as much.
            expect(e.allowed).toBe(`integers 1..${PARAMS.endpoints.max} members`);
            expect(e.relation).toBeNull();
          }
        },
      ),
    );
  });

  test('a field’s own range still speaks when the relation would not refuse the value', () => {
    const e = refusal({ members: 3, endpoints: 0 });
    expect(e.allowed).toBe('integers 1..8 members');
    expect(e.relation).toBeNull();
  });

  test('with another field invalid too, the relation is not worded from it', () => {
    const e = refusal({ members: 4, endpoints: 9 });
    expect(e.field).toBe('endpoints');
    expect(e.relation).toBeNull();
  });
});
