import { describe, expect, test } from 'vitest';
import { controlModel } from '../../../src/lib/controlModel.ts';
import { defaultScenario } from '../../../workers/model/scenario.ts';

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
});
