import { describe, expect, test } from 'vitest';
import { controlModel, isParamValue } from '../../../src/lib/controlModel.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';

const scaleOf = (name: Parameters<typeof controlModel>[0]): string | undefined => {
  const m = controlModel(name, defaultScenario());
  return m.kind === 'number' ? m.spec.scale : undefined;
};

describe('the slider each number gets', () => {
  test('ranges from 0 ("off", "no limit") to a large number start with a zero stop, then log', () => {
    expect(scaleOf('rate')).toBe('logZero');
    expect(scaleOf('compactionMs')).toBe('logZero');
    expect(scaleOf('writeQps')).toBe('logZero');
  });

  test('the seed is a number box alone; other numbers follow the parameter table', () => {
    expect(scaleOf('seed')).toBe('none');
    expect(scaleOf('clients')).toBe('log');
    expect(scaleOf('cpuSpeed')).toBe('linear');
  });

  test('a control value is checked against its field before it reaches the lab', () => {
    expect(isParamValue('clients', 250)).toBe(true);
    expect(isParamValue('clients', Number.NaN)).toBe(false);
    expect(isParamValue('readMode', 'serializable')).toBe(true);
    expect(isParamValue('readMode', 'eventual')).toBe(false);
    expect(isParamValue('learner', 'true')).toBe(false);
  });
});
