import { describe, expect, test } from 'vitest';
import {
  basisPoint,
  bcrypt10MsFor,
  deviceMs10,
  goMs,
  labCosts,
  measureCosts,
  runsAt,
  type Hasher,
} from '../../../../src/lib/costLab.ts';

/** A hasher whose compare at cost c takes `base · 2^(c−4)` ms, plus the next noise value. */
function fakeHasher(base: number, noise: number[] = []) {
  const calls: string[] = [];
  let i = 0;
  const costOf = (hash: string) => Number(hash.split('$')[2]);
  const hasher: Hasher = {
    hash: (cost) => {
      calls.push(`hash ${cost}`);
      return Promise.resolve({ hash: `$2b$${String(cost).padStart(2, '0')}$x`, ms: 0 });
    },
    compare: (hash) => {
      calls.push(`compare ${costOf(hash)}`);
      const ms = base * 2 ** (costOf(hash) - 4) + (noise[i++ % Math.max(1, noise.length)] ?? 0);
      return Promise.resolve({ ok: true, ms });
    },
  };
  return { hasher, calls };
}

describe('the cost lab', () => {
  test('measures 4..12 by default and 13, 14 only when asked', () => {
    expect(labCosts(false)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(labCosts(true)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  test('at each cost: a hash and a compare to warm up, then the timed compares; the point is their median', async () => {
    // Noise on the timed runs of cost 4 (after the warm-up compare): +0, +9, +1, +0, +2 ms.
    const { hasher, calls } = fakeHasher(1, [100, 0, 9, 1, 0, 2]);
    const points = await measureCosts(hasher, [4]);
    expect(calls).toEqual([
      'hash 4',
      'compare 4',
      'compare 4',
      'compare 4',
      'compare 4',
      'compare 4',
      'compare 4',
    ]);
    expect(points).toEqual([{ cost: 4, medianMs: 2, runsMs: [1, 10, 2, 1, 3] }]);
  });

  test('reports each point as it comes and progress that rises to 1, weighted by the work of each cost', async () => {
    const { hasher } = fakeHasher(1);
    const seen: number[] = [];
    const fractions: number[] = [];
    await measureCosts(hasher, [4, 5, 13], {
      onPoint: (p) => seen.push(p.cost),
      onProgress: (f) => fractions.push(f),
    });
    expect(seen).toEqual([4, 5, 13]);
    expect(fractions.at(-1)).toBe(1);
    for (let i = 1; i < fractions.length; i++)
      expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
    // Cost 13 is 2^8 times the work of cost 5 per call: costs 4 and 5 are under 1 % of the total.
    expect(fractions[2 * (runsAt(4) + 2) - 1]).toBeLessThan(0.01);
  });

  test('this device’s time at cost 10 comes from the measured cost the simulation uses, else from the highest', () => {
    const points = [
      { cost: 8, medianMs: 20, runsMs: [20] },
      { cost: 12, medianMs: 360, runsMs: [360] },
    ];
    expect(deviceMs10(points, 8)).toBe(80);
    expect(deviceMs10(points, 12)).toBe(90);
    expect(deviceMs10(points, 15)).toBe(90);
    expect(deviceMs10([], 10)).toBeNull();
    expect(basisPoint(points, 8)?.cost).toBe(8);
    expect(basisPoint(points, 10)?.cost).toBe(12);
    expect(basisPoint([], 10)).toBeNull();
  });

  test('Go’s reference doubles per cost step from the cost table’s 50 ms at cost 10', () => {
    expect(goMs(10)).toBe(50);
    expect(goMs(4)).toBeCloseTo(50 / 64, 12);
    expect(goMs(14)).toBe(800);
  });

  test('the simulation’s bcrypt10Ms is this device’s time on a reference core, to 3 digits, inside its range', () => {
    expect(bcrypt10MsFor(87.654, 1)).toBe(87.7);
    // A 0.625× core divides by its speed; the parameter is per reference core, so it is scaled back.
    expect(bcrypt10MsFor(80, 0.625)).toBe(50);
    expect(bcrypt10MsFor(0.2, 1)).toBe(1);
    expect(bcrypt10MsFor(9000, 4)).toBe(10_000);
  });
});
