import { describe, expect, test } from 'vitest';
import { bucketAt, loadInBucket, peakLoad } from '../../../src/lib/animation/occupancyAt.ts';
import type { Occupancy } from '../../../workers/contract/result.ts';

const occ: Occupancy = {
  fromMs: 10,
  bucketMs: 2,
  lock: [
    [0, 0, 2],
    [0, 0, 0],
  ],
  flight: [
    [0, 3, 0],
    [0, 0, 0],
  ],
  queued: [
    [0, 1, 4],
    [0.5, 0, 0],
  ],
  serving: [
    [1, 1, 1],
    [0, 2, 0],
  ],
};

describe('queue lengths at the animation time', () => {
  test('a time falls in the bucket that contains it, clamped to the recorded buckets', () => {
    expect(bucketAt(occ, 10)).toBe(0);
    expect(bucketAt(occ, 13.9)).toBe(1);
    expect(bucketAt(occ, 14)).toBe(2);
    expect(bucketAt(occ, 99)).toBe(2);
    expect(bucketAt(occ, -5)).toBe(0);
  });

  test('an empty occupancy has no bucket', () => {
    const empty = { fromMs: 0, bucketMs: 1, lock: [], queued: [], flight: [], serving: [] };
    expect(bucketAt(empty, 3)).toBe(-1);
  });

  test('each stage shows the four means the model recorded for the bucket', () => {
    expect(loadInBucket(occ, 1, 3)).toEqual([
      { lock: 0, queued: 1, flight: 3, serving: 1 },
      { lock: 0, queued: 0, flight: 0, serving: 2 },
      { lock: 0, queued: 0, flight: 0, serving: 0 },
    ]);
  });

  test('the bar scale holds the largest total of any stage at any time', () => {
    expect(peakLoad(occ)).toBe(7); // stage 0, bucket 2: lock 2 + queued 4 + serving 1
  });
});
