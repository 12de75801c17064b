/**
 * Reading benchmark output: the one exact output of the stock tool from the loopback cluster
 * (real-etcd-3.4.23-loopback.md), outputs written in etcd 3.4/3.5's `secs` format (with
 * --precise) and in main's ms variant, the model's own reports, and what it must refuse.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BenchmarkOutputError, parseBenchmarkOutput } from '../../../report/benchmarkOutput.ts';
import { formatBenchReport } from '../../../report/benchReport.ts';
import { shellSplit } from '../../../report/shellWords.ts';
import { simResultFixture } from '../cli/fixture.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('the stock tool’s real output (etcd 3.4.23, loopback cluster)', () => {
  const [run] = parseBenchmarkOutput(fixture('loopback-3.4.23-l-10c.txt'));

  test('reads its command line, read mode and summary', () => {
    expect(run.command).toEqual([
      'benchmark',
      '--endpoints',
      '127.0.0.1:40011,127.0.0.1:40021,127.0.0.1:40031',
      '--clients',
      '10',
      '--conns',
      '10',
      'range',
      'k256',
      '--total',
      '20000',
    ]);
    expect(run.readMode).toBe('linearizable');
    expect(run.summary).toEqual({
      totalSec: 4.0484,
      slowestSec: 0.192,
      fastestSec: 0.0002,
      averageSec: 0.002,
      stddevSec: 0.0035,
      rps: 4940.2161,
    });
  });

  test('reads the 11 histogram rows, which count every request, and the 8 percentiles', () => {
    expect(run.histogram).toHaveLength(11);
    expect(run.histogram.reduce((n, r) => n + r.count, 0)).toBe(20_000);
    expect(run.histogram[1]).toEqual({ boundSec: 0.0194, count: 19_923 });
    expect(run.percentiles.map((x) => x.p)).toEqual([10, 25, 50, 75, 90, 95, 99, 99.9]);
    expect(run.percentiles[6]).toEqual({ p: 99, sec: 0.0099 });
    expect(run.latencyUnit).toBe('secs');
    expect(run.errors).toEqual([]);
  });
});

describe('outputs in both report formats', () => {
  test('etcd 3.5 with --precise (%g, exponents, ./benchmark)', () => {
    const [run] = parseBenchmarkOutput(fixture('written-3.5-precise-s-1c.txt'));
    expect(run.command?.[0]).toBe('./benchmark');
    expect(run.readMode).toBe('serializable');
    expect(run.summary.stddevSec).toBeCloseTo(8.1722e-5, 12);
    expect(run.summary.rps).toBe(5542.882183);
    expect(run.histogram[2].boundSec).toBeCloseTo(0.000705991, 12);
    expect(run.percentiles.at(-1)).toEqual({ p: 99.9, sec: 0.001204447 });
  });

  test('etcd main’s ms latency distribution, two runs, a command continued over two lines', () => {
    const runs = parseBenchmarkOutput(fixture('written-main-ms-two-runs.txt'));
    expect(runs).toHaveLength(2);
    expect(runs[0].command).toContain('--clients=100');
    expect(runs[0].command?.at(-1)).toBe('--total=100000');
    expect(runs[0].latencyUnit).toBe('ms');
    expect(runs[0].percentiles[6].sec).toBeCloseTo(0.02609, 12);
    expect(runs[1].line).toBeGreaterThan(runs[0].line);
    expect(runs[1].summary.rps).toBe(2430.0252);
    expect(runs[1].percentiles[0].sec).toBeCloseTo(0.000302, 12);
  });

  test('the model’s own reports read back to their summary, at either precision', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.double({ min: 10, max: 400_000, noNaN: true }),
        (precise, rps) => {
          const summary = { ...simResultFixture().summary, rps };
          const [run] = parseBenchmarkOutput(formatBenchReport(summary, { precise }));
          const digits = precise ? 1e-9 : 1e-4;
          expect(Math.abs(run.summary.rps - rps)).toBeLessThanOrEqual(
            Math.max(digits, rps * 1e-12),
          );
          expect(Math.abs(run.summary.averageSec - summary.averageSec)).toBeLessThanOrEqual(digits);
          expect(run.histogram.map((r) => r.count)).toEqual(summary.histogram.map((r) => r.count));
          expect(run.command).toBeNull();
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('what it refuses, naming the line and what it expected', () => {
  const real = fixture('loopback-3.4.23-l-10c.txt');
  const refuse = (text: string): BenchmarkOutputError => {
    try {
      parseBenchmarkOutput(text);
    } catch (e) {
      if (e instanceof BenchmarkOutputError) return e;
      throw e;
    }
    throw new Error('accepted');
  };

  test('nothing pasted, or no summary', () => {
    expect(refuse('').message).toMatch(/found no benchmark output/);
    expect(refuse('$ benchmark range k\n').message).toMatch(/line 1: found no `Summary:`/);
  });

  test('a summary line it cannot read, or one missing', () => {
    const bad = real.replace('Average:\t0.0020 secs.', 'Average:\tfast secs.');
    expect(refuse(bad).message).toMatch(
      /^line 9: could not read “Average:\tfast secs\.” in the Summary/,
    );
    const missing = real.replace('  Requests/sec:\t4940.2161\n', '');
    expect(refuse(missing).message).toMatch(/the Summary has no Requests\/sec: line/);
    expect(refuse(real.replace('0.1920 secs.', '0.1920 ms.')).message).toMatch(/could not read/);
    // A value the summary cannot have names its own line, not the `Summary:` header's (line 5).
    expect(refuse(real.replace('4940.2161', '-4940.2161')).message).toMatch(/^line 11: /);
    expect(refuse(real.replace('Total:\t4.0484', 'Total:\t0')).message).toMatch(/^line 6: /);
    expect(refuse(real.replace('Fastest:\t0.0002', 'Fastest:\t0.0100')).message).toMatch(
      /^line 8: /,
    );
  });

  test('rows that do not belong to their section, and disorder', () => {
    expect(refuse(real.replace('  0.0386 [55]', '  0.0386 55')).message).toMatch(
      /^line 16: could not read the histogram row “0.0386 55/,
    );
    expect(refuse(real.replace('99% in 0.0099 secs.', '99% in 0.0001 secs.')).message).toMatch(
      /latency distribution must rise/,
    );
    expect(refuse(`hello\n${real}`).message).toMatch(/^line 1: did not expect “hello” here/);
    expect(refuse(real.replace('Average:\t0.0020', 'Average:\t0.5000')).message).toMatch(
      /Fastest ≤ Average ≤ Slowest/,
    );
    expect(refuse(`$ benchmark 'range k\n${real}`).message).toMatch(/quote that is never closed/);
  });

  test('a number too large for a double is refused on its own line, not read as Infinity', () => {
    expect(refuse(real.replace('4940.2161', '1e400')).message).toMatch(
      /^line 11: could not read “Requests\/sec:\t1e400” in the Summary/,
    );
    expect(refuse(real.replace('Slowest:\t0.1920', 'Slowest:\t9e999')).message).toMatch(
      /^line 7: could not read/,
    );
    expect(refuse(real.replace('  0.0386 [55]', '  9e999 [55]')).message).toMatch(
      /^line 16: could not read the histogram row/,
    );
    expect(refuse(real.replace('99.9% in 0.0401', '99.9% in 1e309')).message).toMatch(
      /^line 34: could not read the latency row/,
    );
  });

  test('a run whose every request failed', () => {
    const failed =
      '$ benchmark range k\n\nError distribution:\n  [20]\tcontext deadline exceeded\n';
    expect(refuse(failed).message).toMatch(/every request of this run failed/);
  });
});

describe('shell words of a pasted command line', () => {
  test('quotes and backslashes as sh reads them', () => {
    expect(shellSplit(`benchmark --user='root:a b' "x\\"y" c\\ d`)).toEqual([
      'benchmark',
      '--user=root:a b',
      'x"y',
      'c d',
    ]);
    expect(shellSplit(`a 'b`)).toBeNull();
  });
});
