/**
 * The bench's summaries: the median and spread of repeated runs, the verdict against a saved
 * result (faster or slower only when the ranges do not overlap), the saved file's shape check,
 * and the comparison text naming a regression.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { spreadOf, verdict } from '../../../scripts/bench/stats.ts';
import { parseRecord, type BenchRecord, type RunSummary } from '../../../scripts/bench/record.ts';
import { formatComparison } from '../../../scripts/bench/table.ts';

const finite = fc.double({ min: 1, max: 1e7, noNaN: true });

describe('spreadOf', () => {
  test('median of an odd and an even count, min, max and the relative spread', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, relative: 1 });
    expect(spreadOf([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4, relative: 1.2 });
    expect(spreadOf([5])).toEqual({ median: 5, min: 5, max: 5, relative: 0 });
  });

  test('the median lies between min and max whatever the order (property)', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 9 }), (xs) => {
        const s = spreadOf(xs);
        expect(s.min).toBe(Math.min(...xs));
        expect(s.max).toBe(Math.max(...xs));
        expect(s.median).toBeGreaterThanOrEqual(s.min);
        expect(s.median).toBeLessThanOrEqual(s.max);
        expect(spreadOf([...xs].reverse())).toEqual(s);
      }),
    );
  });

  test('refuses no values and non-finite ones, saying which', () => {
    expect(() => spreadOf([])).toThrow(/no values/);
    expect(() => spreadOf([1, Infinity])).toThrow(/not all finite: 1, Infinity/);
  });
});

describe('verdict', () => {
  test('faster or slower only when the ranges do not overlap', () => {
    const before = spreadOf([100, 110, 120]);
    expect(verdict(spreadOf([121, 130]), before)).toBe('faster');
    expect(verdict(spreadOf([90, 99]), before)).toBe('slower');
    expect(verdict(spreadOf([90, 100]), before)).toBe('within the spread');
    expect(verdict(spreadOf([115, 200]), before)).toBe('within the spread');
  });
});

function run(id: string, rates: number[]): RunSummary {
  return {
    id,
    requests: 500_000,
    reps: rates.length,
    wallRps: spreadOf(rates),
    cpuRps: spreadOf(rates.map((r) => 2 * r)),
    clusterRps: 190_000,
    startRssMB: 80,
    peakRssMB: 90,
    peakHeapMB: 12,
  };
}

function record(cpu: string, runs: RunSummary[]): BenchRecord {
  return {
    date: '2026-12-02T06:00:00.000Z',
    machine: { cpu, cores: 2, node: 'v20', loadBefore: [1, 1, 1], loadAfter: [1, 1, 1] },
    node: runs,
    browser: null,
  };
}

describe('the saved result', () => {
  test('a written record reads back as it was', () => {
    const r = record('AMD EPYC', [run('linearizable-500k', [1, 2, 3])]);
    expect(parseRecord(JSON.stringify(r))).toEqual(r);
  });

  test('a file of the wrong shape is refused with what is wrong', () => {
    expect(() => parseRecord('[]')).toThrow(/no "date"/);
    expect(() => parseRecord('{"date":"x"}')).toThrow(/"machine"/);
    expect(() => parseRecord('{"date":"x","machine":{"cpu":"c"},"node":[{"id":1}]}')).toThrow(
      /"node" is not a list of run summaries/,
    );
  });

  test('the comparison names a regression, a speed-up, a run it cannot compare and another machine', () => {
    const saved = record('Intel Xeon', [
      run('linearizable-500k', [700_000, 720_000]),
      run('serializable-500k', [1_000_000, 1_100_000]),
    ]);
    const now = record('AMD EPYC', [
      run('linearizable-500k', [500_000, 600_000]),
      run('serializable-500k', [1_200_000, 1_300_000]),
      run('linearizable-5M', [600_000]),
    ]);
    const text = formatComparison(now, saved);
    expect(text).toContain('a different machine');
    expect(text).toMatch(/linearizable-500k: 710,000 → 550,000 req\/wall s \(-23 %\): SLOWER/);
    expect(text).toMatch(/serializable-500k: 1,050,000 → 1,250,000 req\/wall s \(\+19 %\): faster/);
    expect(text).toContain('linearizable-5M: not in the saved result');
  });
});
