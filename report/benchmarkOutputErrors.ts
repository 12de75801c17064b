/**
 * What reading pasted benchmark output can refuse, as codes with parameters, and the English
 * words `readpath fit` prints for each; the app says the same in its own dictionaries (keyed by
 * the code), so a refusal reads in the learner's language.
 */

import type { UsageError } from './commandLine/usageErrors.ts';
import { fillTemplate } from './fillTemplate.ts';

export const OUTPUT_ERRORS = {
  empty:
    'found no benchmark output: paste what `benchmark … range KEY` printed, from its command ' +
    'line to the end of its latency distribution',
  unclosedQuote: 'the command line has a quote that is never closed',
  allFailed: 'every request of this run failed (only an Error distribution): nothing to compare',
  noSummary:
    'found no `Summary:` for this run; paste the benchmark’s whole output, from its command ' +
    'line to the end of its latency distribution',
  summaryMissing:
    'the Summary has no {fields} line (expected Total, Slowest, Fastest, Average and Stddev as ' +
    '`<label>:<TAB><seconds> secs.`, then `Requests/sec:<TAB><number>`)',
  summaryZero: 'Total and Requests/sec must be above zero',
  summaryOrder: 'the Summary is inconsistent: expected Fastest ≤ Average ≤ Slowest',
  noPercentiles: 'found no `Latency distribution:` rows (`  50% in 0.0014 secs.`) for this run',
  percentileOrder:
    'the latency distribution must rise: each row a higher percentile and no shorter time',
  sectionEarly: '`{label}` before any `Summary:`',
  badSummaryRow:
    'could not read “{text}” in the Summary (expected Total, Slowest, Fastest, Average and ' +
    'Stddev as `<label>:<TAB><seconds> secs.`, then `Requests/sec:<TAB><number>`)',
  summaryNotSecs: '{label} must be in secs (“{text}”)',
  rpsUnit: 'Requests/sec takes no unit (“{text}”)',
  badHistogramRow: 'could not read the histogram row “{text}” (expected `  0.0194 [19923]\t|∎∎∎`)',
  badLatencyRow:
    'could not read the latency row “{text}” (expected `  99% in 0.0099 secs.` or, from etcd ' +
    'main, `  99% in 9.900 ms.`)',
  mixedUnits: 'the latency distribution mixes secs and ms',
  badErrorRow:
    'could not read the error row “{text}” (expected `  [3]\tcontext deadline exceeded`)',
  unexpected:
    'did not expect “{text}” here: a run is its command line, `bench with … range`, ' +
    '`Summary:`, `Response time histogram:`, `Latency distribution:` and their rows',
  noCommand:
    'this run has no command line: paste the benchmark command above its output ' +
    '(`$ benchmark --endpoints … --clients … range KEY --total …`)',
  badCommand: 'could not read its command line: {message}',
  modeMismatch: 'the output says {output} but the command line asks for {command}',
} as const;

export type OutputErrorCode = keyof typeof OUTPUT_ERRORS;
export type OutputErrorParams = Record<string, string>;

export class BenchmarkOutputError extends Error {
  constructor(
    readonly code: OutputErrorCode,
    readonly params: OutputErrorParams = {},
    readonly line: number | null = null,
    /** badCommand: the parser's refusal as code and parameters, to word in another language. */
    readonly usage: UsageError | null = null,
  ) {
    const text = fillTemplate(OUTPUT_ERRORS[code], params);
    super(line === null ? text : `line ${line}: ${text}`);
    this.name = 'BenchmarkOutputError';
  }
}
