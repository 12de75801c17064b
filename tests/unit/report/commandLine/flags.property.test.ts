import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../../report/commandLine/flags.ts';
import { FLAGS } from '../../../../report/commandLine/flagSpecs.ts';
import { PARAMS, type ParamName } from '../../../../workers/contract/params.ts';
import { PROFILE_NAMES } from '../../../../workers/contract/profiles.ts';
import { maybeScenario } from '../../../../workers/contract/validate.ts';

type Value = string | number | boolean;

/** A valid value for a Scenario field, drawn from the parameter table's own range. */
function fieldValue(field: ParamName): fc.Arbitrary<Value> {
  const spec = PARAMS[field];
  switch (spec.kind) {
    case 'int':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'number':
      return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
    case 'bool':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom<Value>(...spec.choices);
  }
}

const FIELD_FLAGS = FLAGS.filter(
  (f): f is typeof f & { field: ParamName } => f.field !== undefined,
);

/** Optional values for every flag that sets a field, keyed by flag name. */
const fieldFlags = fc.record(
  Object.fromEntries(FIELD_FLAGS.map((f) => [f.name, fieldValue(f.field)])),
  { requiredKeys: [] },
);

/** The real tool's flags that set no field directly, each optional. */
const otherFlags = fc.record(
  {
    profile: fc.constantFrom<Value>(...PROFILE_NAMES),
    endpoints: fc.integer({ min: 1, max: 8 }),
    user: fc.constantFrom<Value>('root', 'root:pw'),
    cert: fc.constant<Value>('client.crt'),
    key: fc.constant<Value>('client.key'),
    cacert: fc.constant<Value>('ca.crt'),
    precise: fc.boolean(),
    sample: fc.boolean(),
    'target-leader': fc.boolean(),
    'dial-timeout': fc.constantFrom<Value>('2s', '500ms', '1m30s', '0'),
    'insecure-skip-tls-verify': fc.boolean(),
    consistency: fc.constantFrom<Value>('l', 's'),
    limit: fc.integer({ min: 0, max: 1000 }),
    'count-only': fc.boolean(),
    'keys-only': fc.boolean(),
    prefix: fc.boolean(),
    disk: fc.constantFrom<Value>('ssd', 'hdd', '3'),
    json: fc.boolean(),
  },
  { requiredKeys: [] },
);

/**
 * Keeps a drawn flag set valid across fields: endpoints no more than the cluster can have, and no
 * more keys per range than keys. Returns the flags as [name, value] pairs.
 */
function consistent(
  fields: Partial<Record<string, Value>>,
  others: Partial<Record<string, Value>>,
): [string, Value][] {
  const flags: Record<string, Value> = {};
  for (const [name, value] of Object.entries({ ...others, ...fields }))
    if (value !== undefined) flags[name] = value;
  // --disk and --fsync-ms both set fsyncMs (the last wins): draw at most one of them.
  if (flags['fsync-ms'] !== undefined) delete flags.disk;
  // --range-result, --count-only and --keys-only all set rangeResult: keep the explicit field,
  // and never both switches (refused together).
  if (flags['range-result'] !== undefined) {
    delete flags['count-only'];
    delete flags['keys-only'];
  }
  if (flags['count-only'] === true) delete flags['keys-only'];
  const learner = flags.learner === true ? 1 : 0;
  if (typeof flags.endpoints === 'number') {
    const cap = typeof flags.members === 'number' ? flags.members + learner : 7 + learner;
    flags.endpoints = Math.min(flags.endpoints, cap);
  }
  if (typeof flags['keys-per-range'] === 'number') {
    const keys = typeof flags.keys === 'number' ? flags.keys : 1;
    flags['keys-per-range'] = Math.min(flags['keys-per-range'], keys);
  }
  return Object.entries(flags);
}

/** One flag as argv words, in one of the spellings pflag accepts. */
function spell(name: string, value: Value, joined: boolean): string[] {
  const spec = FLAGS.find((f) => f.name === name);
  const text =
    name === 'endpoints'
      ? Array.from({ length: Number(value) }, (_, i) => `m${i}:2379`).join(',')
      : String(value);
  if (spec?.arg === undefined)
    return value === true && !joined ? [`--${name}`] : [`--${name}=${text}`];
  return joined ? [`--${name}=${text}`] : [`--${name}`, text];
}

const commandLine = fc
  .record({
    fields: fieldFlags,
    others: otherFlags,
    command: fc.constantFrom<string[]>(['range', 'k'], ['range', 'a', 'z'], ['authenticate']),
    joined: fc.boolean(),
    at: fc.nat(),
  })
  .chain(({ fields, others, command, joined, at }) => {
    const pairs = consistent(fields, others);
    return fc.shuffledSubarray(pairs, { minLength: pairs.length }).map((order) => {
      const words = order.map(([n, v]) => spell(n, v, joined));
      // The command may stand before, between or after the flags, as with cobra.
      words.splice(at % (words.length + 1), 0, command);
      return { argv: words.flat(), fields: Object.fromEntries(pairs) };
    });
  });

describe('random valid command lines', () => {
  test('never throw and always give a scenario the validator accepts unchanged', () => {
    fc.assert(
      fc.property(commandLine, ({ argv }) => {
        const { scenario } = parseArgs(argv);
        expect(maybeScenario(scenario)).toEqual(scenario);
      }),
      { numRuns: 300 },
    );
  });

  test('put every explicit model flag value into its Scenario field', () => {
    fc.assert(
      fc.property(commandLine, ({ argv, fields }) => {
        const { scenario } = parseArgs(argv);
        for (const spec of FIELD_FLAGS) {
          const value = fields[spec.name];
          if (value !== undefined) expect(scenario[spec.field], spec.name).toBe(value);
        }
      }),
      { numRuns: 300 },
    );
  });
});
