/**
 * Reads what etcd's `benchmark` printed (docs/design/REPORT-FORMAT.md; pkg/report/report.go):
 * one or more runs pasted one after another, each optionally preceded by its command line
 * (`$ benchmark --clients 10 … range k --total 20000`, backslash continuations allowed). Both
 * report formats are read: etcd 3.4/3.5, whose latency distribution is in `secs` (`%4.4f` or
 * `%g` with --precise), and main's, which prints it as `10% in 0.712 ms.`. DOM-free and pure:
 * the app and `readpath fit` share it. Anything it cannot read is a BenchmarkOutputError naming
 * the line and what was expected — never a silent guess.
 */
import type { ReadMode } from '../workers/contract/params.ts';
import { isBenchmarkWord } from './commandLine/flags.ts';
import { shellSplit } from './shellWords.ts';
import { BenchmarkOutputError } from './benchmarkOutputErrors.ts';

export { BenchmarkOutputError };

export interface ParsedSummary {
  totalSec: number;
  slowestSec: number;
  fastestSec: number;
  averageSec: number;
  stddevSec: number;
  rps: number;
}

export interface ParsedRun {
  /** The command line's words (without a leading `$`), or null when none was pasted. */
  command: string[] | null;
  /** 1-based line where the run (its command line or its first report line) begins. */
  line: number;
  /** From `bench with linearizable range` / `… serializable range`, when printed. */
  readMode: ReadMode | null;
  summary: ParsedSummary;
  histogram: { boundSec: number; count: number }[];
  percentiles: { p: number; sec: number }[];
  /** The unit the latency distribution was printed in: etcd 3.4/3.5 `secs`, main `ms`. */
  latencyUnit: 'secs' | 'ms' | null;
  errors: { message: string; count: number }[];
}

const NUM = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?`;
const SUMMARY_LINE = new RegExp(String.raw`^\s*([A-Za-z/]+):\s*(${NUM})\s*(secs)?\.?\s*$`);
const HISTOGRAM_LINE = new RegExp(String.raw`^\s*(${NUM})\s+\[(\d+)\]\s*\|∎*\s*$`);
const PERCENTILE_LINE = new RegExp(String.raw`^\s*(${NUM})%\s+in\s+(${NUM})\s+(secs|ms)\.?\s*$`);
const ERROR_LINE = /^\s*\[(\d+)\]\s+(.+?)\s*$/;
const HEADER_LINE = /^\s*bench with (linearizable|serializable) range\s*$/;
/** The live progress bar: `20000 / 20000  100.00% 4s`, `10000 / 10000 [====] 100.00% 1s`. */
const PROGRESS_LINE = /^\s*\d+\s*\/\s*\d+\s.*\d%/;

const SUMMARY_FIELDS = {
  Total: 'totalSec',
  Slowest: 'slowestSec',
  Fastest: 'fastestSec',
  Average: 'averageSec',
  Stddev: 'stddevSec',
  'Requests/sec': 'rps',
} as const satisfies Record<string, keyof ParsedSummary>;
type SummaryLabel = keyof typeof SUMMARY_FIELDS;

type Section = 'none' | 'summary' | 'histogram' | 'latency' | 'errors';

interface Draft {
  command: string[] | null;
  line: number;
  readMode: ReadMode | null;
  summary: Partial<ParsedSummary>;
  /** The line each summary field was read on: an error about a value names its own line. */
  summaryAt: Partial<Record<keyof ParsedSummary, number>>;
  summaryLine: number | null;
  histogram: { boundSec: number; count: number }[];
  percentiles: { p: number; sec: number }[];
  /** The line of each percentile, in the same order. */
  percentileAt: number[];
  latencyUnit: 'secs' | 'ms' | null;
  errors: { message: string; count: number }[];
}

function draft(line: number, command: string[] | null = null): Draft {
  const d: Draft = {
    command,
    line,
    readMode: null,
    summary: {},
    summaryAt: {},
    summaryLine: null,
    histogram: [],
    percentiles: [],
    percentileAt: [],
    latencyUnit: null,
    errors: [],
  };
  return d;
}

/** Has the draft any report content yet (a new command line then starts a new run)? */
function started(d: Draft): boolean {
  return d.summaryLine !== null || d.errors.length > 0 || d.readMode !== null;
}

/** A pasted command line's words, when `text` is one: `[$ ]benchmark …` or `[$ ]…/benchmark …`. */
function commandWords(text: string, line: number): string[] | null {
  const trimmed = text.trim().replace(/^\$\s*/, '');
  const first = trimmed.split(/\s+/, 1)[0];
  if (!isBenchmarkWord(first)) return null;
  const words = shellSplit(trimmed);
  if (words === null) throw new BenchmarkOutputError('unclosedQuote', {}, line);
  return words;
}

function finish(d: Draft): ParsedRun {
  const where = d.summaryLine ?? d.line;
  if (d.summaryLine === null) {
    if (d.errors.length > 0) throw new BenchmarkOutputError('allFailed', {}, d.line);
    throw new BenchmarkOutputError('noSummary', {}, d.line);
  }
  const missing = (Object.keys(SUMMARY_FIELDS) as SummaryLabel[]).filter(
    (label) => d.summary[SUMMARY_FIELDS[label]] === undefined,
  );
  if (missing.length > 0)
    throw new BenchmarkOutputError(
      'summaryMissing',
      { fields: missing.map((m) => `${m}:`).join(', ') },
      where,
    );
  const s = d.summary as ParsedSummary;
  const at = (field: keyof ParsedSummary): number => d.summaryAt[field] ?? where;
  if (!(s.totalSec > 0)) throw new BenchmarkOutputError('summaryZero', {}, at('totalSec'));
  if (!(s.rps > 0)) throw new BenchmarkOutputError('summaryZero', {}, at('rps'));
  if (s.fastestSec > s.averageSec)
    throw new BenchmarkOutputError('summaryOrder', {}, at('fastestSec'));
  if (s.averageSec > s.slowestSec)
    throw new BenchmarkOutputError('summaryOrder', {}, at('averageSec'));
  if (d.percentiles.length === 0) throw new BenchmarkOutputError('noPercentiles', {}, where);
  for (let i = 1; i < d.percentiles.length; i++)
    if (
      d.percentiles[i].p <= d.percentiles[i - 1].p ||
      d.percentiles[i].sec < d.percentiles[i - 1].sec
    )
      throw new BenchmarkOutputError('percentileOrder', {}, d.percentileAt[i] ?? where);
  return {
    command: d.command,
    line: d.line,
    readMode: d.readMode,
    summary: s,
    histogram: d.histogram,
    percentiles: d.percentiles,
    latencyUnit: d.latencyUnit,
    errors: d.errors,
  };
}

/** Joins lines ending in a backslash with the next (a command pasted over several lines). */
function logicalLines(text: string): { text: string; line: number }[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const out: { text: string; line: number }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = i + 1;
    let t = raw[i];
    while (/\\\s*$/.test(t) && i + 1 < raw.length) t = t.replace(/\\\s*$/, ' ') + raw[++i];
    out.push({ text: t, line });
  }
  return out;
}

/** Every run in the pasted text, in order. Throws BenchmarkOutputError for what it cannot read. */
export function parseBenchmarkOutput(text: string): ParsedRun[] {
  const runs: ParsedRun[] = [];
  let d: Draft | null = null;
  let section: Section = 'none';
  const current = (line: number): Draft => (d ??= draft(line));
  const close = (): void => {
    if (d !== null) runs.push(finish(d));
    d = null;
    section = 'none';
  };

  for (const { text: t, line } of logicalLines(text)) {
    if (t.trim() === '' || PROGRESS_LINE.test(t)) continue;
    const command = commandWords(t, line);
    if (command !== null) {
      if (d !== null && started(d)) close();
      d = draft(line, command);
      section = 'none';
      continue;
    }
    const header = HEADER_LINE.exec(t);
    if (header) {
      if (d !== null && started(d)) close();
      current(line).readMode = header[1] as ReadMode;
      section = 'none';
      continue;
    }
    const label = t.trim();
    if (label === 'Summary:') {
      if (d !== null && d.summaryLine !== null) close();
      current(line).summaryLine = line;
      section = 'summary';
      continue;
    }
    if (label === 'Response time histogram:' || label === 'Latency distribution:') {
      if (d === null || d.summaryLine === null)
        throw new BenchmarkOutputError('sectionEarly', { label }, line);
      section = label.startsWith('Response') ? 'histogram' : 'latency';
      continue;
    }
    if (label === 'Error distribution:') {
      current(line);
      section = 'errors';
      continue;
    }
    readRow(current(line), section, t, line);
  }
  close();
  if (runs.length === 0) throw new BenchmarkOutputError('empty');
  return runs;
}

function readRow(d: Draft, section: Section, t: string, line: number): void {
  const shown = t.trim().length > 60 ? `${t.trim().slice(0, 57)}…` : t.trim();
  switch (section) {
    case 'summary': {
      const m = SUMMARY_LINE.exec(t);
      const label = m?.[1];
      if (!m || label === undefined || !Object.hasOwn(SUMMARY_FIELDS, label))
        throw new BenchmarkOutputError('badSummaryRow', { text: shown }, line);
      const isTime = label !== 'Requests/sec';
      if (isTime !== (m[3] === 'secs'))
        throw new BenchmarkOutputError(
          isTime ? 'summaryNotSecs' : 'rpsUnit',
          { label, text: shown },
          line,
        );
      const field = SUMMARY_FIELDS[label as SummaryLabel];
      // NUM also matches a number too large for a double (1e400): it would read as Infinity,
      // which no later check refuses and the panel then shows as "—" beside the model's figure.
      const value = Number(m[2]);
      if (!Number.isFinite(value))
        throw new BenchmarkOutputError('badSummaryRow', { text: shown }, line);
      d.summary[field] = value;
      d.summaryAt[field] = line;
      return;
    }
    case 'histogram': {
      const m = HISTOGRAM_LINE.exec(t);
      const boundSec = Number(m?.[1]);
      if (!m || !Number.isFinite(boundSec))
        throw new BenchmarkOutputError('badHistogramRow', { text: shown }, line);
      d.histogram.push({ boundSec, count: Number(m[2]) });
      return;
    }
    case 'latency': {
      const m = PERCENTILE_LINE.exec(t);
      if (!m) throw new BenchmarkOutputError('badLatencyRow', { text: shown }, line);
      const unit = m[3] as 'secs' | 'ms';
      if (d.latencyUnit !== null && d.latencyUnit !== unit)
        throw new BenchmarkOutputError('mixedUnits', {}, line);
      d.latencyUnit = unit;
      const value = Number(m[2]);
      if (!Number.isFinite(value))
        throw new BenchmarkOutputError('badLatencyRow', { text: shown }, line);
      d.percentiles.push({ p: Number(m[1]), sec: unit === 'ms' ? value / 1000 : value });
      d.percentileAt.push(line);
      return;
    }
    case 'errors': {
      const m = ERROR_LINE.exec(t);
      if (!m) throw new BenchmarkOutputError('badErrorRow', { text: shown }, line);
      d.errors.push({ message: m[2], count: Number(m[1]) });
      return;
    }
    case 'none':
      throw new BenchmarkOutputError('unexpected', { text: shown }, line);
  }
}
