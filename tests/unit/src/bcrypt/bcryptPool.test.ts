import { describe, expect, test } from 'vitest';
import { MAX_WORKERS, poolSize } from '../../../../src/lib/bcryptPool.ts';

describe('the bcrypt pool’s size', () => {
  test('one worker per core the browser reports, at most eight, at least one', () => {
    expect(MAX_WORKERS).toBe(8);
    expect(poolSize(2)).toBe(2);
    expect(poolSize(8)).toBe(8);
    expect(poolSize(64)).toBe(8);
    expect(poolSize(1)).toBe(1);
  });

  test('a browser that reports nothing usable gets one worker', () => {
    expect(poolSize(undefined)).toBe(1);
    expect(poolSize(0)).toBe(1);
    expect(poolSize(Number.NaN)).toBe(1);
  });
});
