/**
 * The benchmark report, byte for byte as etcd's `pkg/report` (v3.4–v3.5, the versions the
 * article ran) prints it, so a simulated run can be laid next to a real one with `diff`.
 * Pure: no DOM, no Node; shared by the command line and the UI.
 */
import type { BenchSummary } from '../workers/contract/result.ts';
import { rankFor } from '../workers/contract/percentile.ts';
import { goFixed, goG } from './goFormat.ts';

export interface BenchReportOptions {
  /** `--precise`: Go's `%g` (shortest exact digits) instead of `%4.4f`. */
  precise: boolean;
}

/** etcd's histogram bar glyph (U+220E), one per 1/40 of the fullest bucket. */
const BAR = '∎';
/** The widest bar, in glyphs: the bucket with the most latencies gets exactly this many. */
const BAR_WIDTH = 40;

/**
 * The report `benchmark` prints after its progress bar: a blank line, `Summary:`, the
 * `Response time histogram:` and the `Latency distribution:`, each after a blank line; then
 * `Error distribution:` when requests failed. Summary, histogram and distribution appear only
 * when at least one request succeeded, exactly as etcd skips them when it has no latencies.
 * Every line ends in "\n"; an empty summary with no errors gives "".
 *
 * Deviations, both invisible in a real run: errors print in the order given (Go iterates its map
 * in random order), and the histogram and percentiles are taken as computed by the model rather
 * than recomputed from raw latencies, which the summary does not carry.
 */
export function formatBenchReport(summary: BenchSummary, opts: BenchReportOptions): string {
  // etcd's `precision` string is spliced into every time format: "%4.4f" or "%g".
  const num = (x: number): string => (opts.precise ? goG(x) : goFixed(x, 4, 4));
  const secs = (x: number): string => `${num(x)} secs`;
  let s = '';
  if (summary.succeeded > 0) {
    s += '\nSummary:\n';
    s += `  Total:\t${secs(summary.totalSec)}.\n`;
    s += `  Slowest:\t${secs(summary.slowestSec)}.\n`;
    s += `  Fastest:\t${secs(summary.fastestSec)}.\n`;
    s += `  Average:\t${secs(summary.averageSec)}.\n`;
    s += `  Stddev:\t${secs(summary.stddevSec)}.\n`;
    s += `  Requests/sec:\t${num(summary.rps)}\n`;

    s += '\nResponse time histogram:\n';
    const max = summary.histogram.reduce((m, row) => Math.max(m, row.count), 0);
    for (const row of summary.histogram) {
      // Go's integer division: count·40/max truncated toward zero.
      const bars = max > 0 ? Math.floor((row.count * BAR_WIDTH) / max) : 0;
      s += `  ${num(row.boundSec)} [${row.count}]\t|${BAR.repeat(bars)}\n`;
    }

    s += '\nLatency distribution:\n';
    for (const { p, sec } of summary.percentiles) {
      // etcd leaves out a percentile whose value is 0: a zero latency, or a rank its loop never
      // reaches (p99.9 of fewer than 1,000 samples; every percentile of a single one).
      const reached = rankFor(p, summary.succeeded) < summary.succeeded;
      if (sec > 0 && reached) s += `  ${goG(p)}% in ${secs(sec)}.\n`;
    }
  }
  if (summary.errors.length > 0) {
    s += '\nError distribution:\n';
    for (const { message, count } of summary.errors) s += `  [${count}]\t${message}\n`;
  }
  return s;
}
