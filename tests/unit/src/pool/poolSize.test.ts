import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_POOL, poolSizeFor } from '../../../../src/lib/pool/poolSize.ts';

describe('a pool’s size (the sweep’s and the bcrypt lab’s)', () => {
  test('one worker per core the browser reports, at most eight, at least one', () => {
    expect(MAX_POOL).toBe(8);
    expect(poolSizeFor(1)).toBe(1);
    expect(poolSizeFor(2)).toBe(2);
    expect(poolSizeFor(8)).toBe(8);
    expect(poolSizeFor(64)).toBe(8);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1024 }), (cores) => {
        expect(poolSizeFor(cores)).toBe(Math.min(cores, MAX_POOL));
      }),
    );
  });

  test('a browser that reports nothing usable gets one worker', () => {
    for (const cores of [undefined, 0, -3, Number.NaN, Number.POSITIVE_INFINITY])
      expect(poolSizeFor(cores), String(cores)).toBe(1);
  });
});
