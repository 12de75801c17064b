import { describe, expect, test } from 'vitest';
import { formatBenchReport } from '../../../report/benchReport.ts';
import { benchSummaryFixture } from '../cli/fixture.ts';

// Bar lengths by hand: counts 1, 3, 3, 1, 0, 0, 0, 1, 0, 0, 1; the fullest bucket holds 3, so a
// count of 3 gets 40 bars and a count of 1 gets ⌊1·40/3⌋ = 13.
const BAR40 = '∎'.repeat(40);
const BAR13 = '∎'.repeat(13);

const HISTOGRAM = [
  '',
  'Response time histogram:',
  `  0.0002 [1]\t|${BAR13}`,
  `  0.0012 [3]\t|${BAR40}`,
  `  0.0022 [3]\t|${BAR40}`,
  `  0.0032 [1]\t|${BAR13}`,
  '  0.0042 [0]\t|',
  '  0.0052 [0]\t|',
  '  0.0062 [0]\t|',
  `  0.0072 [1]\t|${BAR13}`,
  '  0.0082 [0]\t|',
  '  0.0092 [0]\t|',
  `  0.0102 [1]\t|${BAR13}`,
];

const ERRORS = [
  '',
  'Error distribution:',
  '  [2]\tetcdserver: request timed out',
  '  [1]\trpc error: code = Unavailable desc = transport is closing',
];

const lines = (...rows: string[]): string => rows.map((r) => `${r}\n`).join('');

describe("the benchmark report in etcd's pkg/report format", () => {
  test('prints the summary, histogram, distribution and errors byte for byte with %4.4f', () => {
    expect(formatBenchReport(benchSummaryFixture(), { precise: false })).toBe(
      lines(
        '',
        'Summary:',
        '  Total:\t0.0125 secs.',
        '  Slowest:\t0.0102 secs.',
        '  Fastest:\t0.0002 secs.',
        '  Average:\t0.0029 secs.',
        '  Stddev:\t0.0030 secs.',
        '  Requests/sec:\t800.0000',
        ...HISTOGRAM,
        '',
        'Latency distribution:',
        '  10% in 0.0009 secs.',
        '  25% in 0.0012 secs.',
        '  50% in 0.0019 secs.',
        '  75% in 0.0066 secs.',
        '  90% in 0.0102 secs.',
        ...ERRORS,
      ),
    );
  });

  test("prints every time and the rate with Go's %g when precise", () => {
    expect(formatBenchReport(benchSummaryFixture(), { precise: true })).toBe(
      lines(
        '',
        'Summary:',
        '  Total:\t0.0125 secs.',
        '  Slowest:\t0.0102 secs.',
        '  Fastest:\t0.0002 secs.',
        '  Average:\t0.00287 secs.',
        '  Stddev:\t0.0029665 secs.',
        '  Requests/sec:\t800',
        ...HISTOGRAM,
        '',
        'Latency distribution:',
        '  10% in 0.0009 secs.',
        '  25% in 0.0012 secs.',
        '  50% in 0.0019 secs.',
        '  75% in 0.0066 secs.',
        '  90% in 0.0102 secs.',
        ...ERRORS,
      ),
    );
  });

  test('uses exponent form in precise mode for times under 0.0001 s', () => {
    const s = { ...benchSummaryFixture(), fastestSec: 0.0000304 };
    expect(formatBenchReport(s, { precise: true })).toContain('  Fastest:\t3.04e-05 secs.\n');
    expect(formatBenchReport(s, { precise: false })).toContain('  Fastest:\t0.0000 secs.\n');
  });

  test('prints only the percentiles whose value is above zero, with Go %v percent labels', () => {
    const s = { ...benchSummaryFixture(), succeeded: 1000 };
    s.percentiles = [
      { p: 10, sec: 0 },
      { p: 99, sec: 0.0102 },
      { p: 99.9, sec: 0.0102 },
    ];
    const out = formatBenchReport(s, { precise: false });
    expect(out).toContain(
      '\nLatency distribution:\n  99% in 0.0102 secs.\n  99.9% in 0.0102 secs.\n',
    );
    expect(out).not.toContain('10% in');
  });

  test('leaves out a percentile whose rank etcd never reaches: p99.9 of 999, any of 1', () => {
    const s = { ...benchSummaryFixture(), succeeded: 999 };
    s.percentiles = [
      { p: 99, sec: 0.0102 },
      { p: 99.9, sec: 0.0102 },
    ];
    const out = formatBenchReport(s, { precise: false });
    expect(out).toContain('\nLatency distribution:\n  99% in 0.0102 secs.\n');
    expect(out).not.toContain('99.9% in');
    const one = formatBenchReport({ ...s, succeeded: 1 }, { precise: false });
    expect(one).not.toContain('% in');
  });

  test('prints only the error distribution when no request succeeded', () => {
    const s = { ...benchSummaryFixture(), succeeded: 0 };
    expect(formatBenchReport(s, { precise: false })).toBe(lines(...ERRORS));
  });

  test('prints nothing when no request succeeded and none failed', () => {
    const s = { ...benchSummaryFixture(), succeeded: 0, errors: [] };
    expect(formatBenchReport(s, { precise: true })).toBe('');
  });

  test('leaves out the error section when every request succeeded', () => {
    const s = { ...benchSummaryFixture(), failed: 0, errors: [] };
    const out = formatBenchReport(s, { precise: false });
    expect(out).not.toContain('Error distribution');
    expect(out.endsWith('  90% in 0.0102 secs.\n')).toBe(true);
  });

  test('draws no bars when every bucket is empty', () => {
    const s = benchSummaryFixture();
    s.histogram = s.histogram.map((row) => ({ ...row, count: 0 }));
    expect(formatBenchReport(s, { precise: false })).not.toContain('∎');
  });

  test("rounds an exact tie to even like Go's fmt", () => {
    const s = { ...benchSummaryFixture(), averageSec: 0.03125 };
    expect(formatBenchReport(s, { precise: false })).toContain('  Average:\t0.0312 secs.\n');
  });
});
