/**
 * One source for "(allowed: …)" (workers/contract/allowed.ts): the model's own refusal of a
 * scenario field and the CLI's refusal of the flag that sets it say the same words, and a
 * relation names the other field as its reader knows it.
 */
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../../report/commandLine/flags.ts';
import { flagForField } from '../../../../report/commandLine/flagSpecs.ts';
import { PARAMS, type ParamName } from '../../../../workers/contract/params.ts';
import { defaultScenario } from '../../../../workers/contract/scenario.ts';
import { maybeScenario, ScenarioError } from '../../../../workers/contract/validate.ts';

const allowedIn = (message: string): string => /\(allowed: (.*)\)$/.exec(message)?.[1] ?? '';

function scenarioRefusal(field: ParamName, value: number): ScenarioError {
  try {
    maybeScenario({ ...defaultScenario(), [field]: value });
  } catch (e) {
    if (e instanceof ScenarioError) return e;
    throw e;
  }
  throw new Error(`${field}=${value} was accepted`);
}

function cliRefusal(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('the allowed words have one source', () => {
  const ranged = (Object.keys(PARAMS) as ParamName[]).filter((name) => {
    const spec = PARAMS[name];
    return (spec.kind === 'int' || spec.kind === 'number') && flagForField(name) !== undefined;
  });

  test('every numeric field the CLI sets: the model and the CLI refuse it in the same words', () => {
    let compared = 0;
    for (const name of ranged) {
      const spec = PARAMS[name];
      if (spec.kind !== 'int' && spec.kind !== 'number') continue;
      const over = spec.max * 2 + 1;
      const refusal = scenarioRefusal(name, over);
      // A field a relation bounds first (keysPerRange by totalKeys) is the next test's.
      if (refusal.relation !== null) continue;
      const model = allowedIn(refusal.message);
      const cli = allowedIn(cliRefusal(['range', 'k', `--${flagForField(name)}=${over}`]));
      expect(model, name).not.toBe('');
      // Fields whose flag takes another form (durations, disk names) word their flag's syntax.
      if (cli.startsWith(`${spec.min}..`) || cli.startsWith('integers')) {
        expect(cli, name).toBe(model);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  test('the keys-in-store relation names totalKeys in a scenario and --keys on a command line', () => {
    expect(() => maybeScenario({ ...defaultScenario(), totalKeys: 5, keysPerRange: 10 })).toThrow(
      'invalid keysPerRange: 10 (allowed: 1..5 (totalKeys))',
    );
    expect(cliRefusal(['range', 'k', '--keys=5', '--keys-per-range=10'])).toBe(
      'invalid --keys-per-range: 10 (allowed: 1..5 (--keys))',
    );
  });
});
