import { describe, expect, test } from 'vitest';
import { benchHeader } from '../../../report/benchHeader.ts';

describe('the line benchmark prints before its report', () => {
  test('a range names its read mode', () => {
    expect(benchHeader({ request: 'range', readMode: 'linearizable' })).toBe(
      'bench with linearizable range',
    );
    expect(benchHeader({ request: 'range', readMode: 'serializable' })).toBe(
      'bench with serializable range',
    );
  });

  test('an Authenticate run says so, whatever the read mode', () => {
    expect(benchHeader({ request: 'authenticate', readMode: 'linearizable' })).toBe(
      'bench with authenticate',
    );
  });
});
