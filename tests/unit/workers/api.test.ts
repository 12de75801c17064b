import { describe, expect, test } from 'vitest';
import { api } from '../../../workers/api.ts';

describe('the worker facade', () => {
  test('bcrypt work doubles with each cost step from the cost table', () => {
    expect(api.estimateBcrypt(10).msPerCompare).toBe(50);
    expect(api.estimateBcrypt(11).msPerCompare).toBe(100);
    expect(api.estimateBcrypt(8).perCorePerSecond).toBe(80);
  });

  test('a cost outside bcrypt range is refused with the allowed range named', () => {
    expect(() => api.estimateBcrypt(3)).toThrow('invalid bcryptCost: 3 (allowed: integers 4..31)');
    expect(() => api.estimateBcrypt(10.5)).toThrow('invalid bcryptCost: 10.5');
    expect(() => api.estimateBcrypt(Number.NaN)).toThrow('invalid bcryptCost: NaN');
  });
});
