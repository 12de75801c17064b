/**
 * The calibration report: the model's numbers beside the article's (ARTICLE_FIGURES), one row per
 * figure, plus the trend checks. Computed from results the caller already has, so the command,
 * the doc generator and tests share it and none of them hard-codes a model value.
 */
import type { ArticleFigure } from '../workers/contract/calibration.ts';
import type { SimResult } from '../workers/contract/result.ts';
import { grouped, short } from './numbers.ts';

export type FigureName = 'qps' | 'avg ms' | 'p99 ms';

/** How a row is judged: a relative band around the article's value, or a one-sided bound. */
export type Tolerance =
  { kind: 'relative'; within: number } | { kind: 'atLeast' } | { kind: 'below' };

export interface CalibrationRow {
  id: string;
  figure: FigureName;
  /** The article's value, or the bound the figure's note derives from it. */
  article: number;
  model: number;
  /** Signed relative error, (model − article) / article. */
  error: number;
  tolerance: Tolerance;
  pass: boolean;
}

export interface TrendRow {
  id: string;
  sentence: string;
  pass: boolean;
  detail: string;
}

export interface CalibrationReport {
  rows: CalibrationRow[];
  trends: TrendRow[];
}

function p99Ms(result: SimResult): number {
  const found = result.summary.percentiles.find((x) => x.p === 99);
  return found === undefined ? NaN : found.sec * 1000;
}

function row(
  f: ArticleFigure,
  figure: FigureName,
  article: number,
  model: number,
  tolerance: Tolerance,
): CalibrationRow {
  const error = (model - article) / article;
  const pass =
    tolerance.kind === 'relative'
      ? Math.abs(error) <= tolerance.within
      : tolerance.kind === 'atLeast'
        ? model >= article
        : model < article;
  return { id: f.id, figure, article, model, error, tolerance, pass };
}

/** The rows for one figure, in the order its `expect` names them: qps, avg ms, then p99 ms. */
export function calibrationRows(f: ArticleFigure, result: SimResult): CalibrationRow[] {
  const e = f.expect;
  const rows = [
    row(f, 'qps', e.qps, result.summary.rps, { kind: 'relative', within: f.tolerance.qps }),
  ];
  if (e.avgMs !== undefined) {
    // A figure without its own latency band is held to the article's value exactly.
    const within = f.tolerance.avgMs ?? 0;
    rows.push(
      row(f, 'avg ms', e.avgMs, result.summary.averageSec * 1000, { kind: 'relative', within }),
    );
  }
  if (e.p99MsAtLeast !== undefined)
    rows.push(row(f, 'p99 ms', e.p99MsAtLeast, p99Ms(result), { kind: 'atLeast' }));
  if (e.p99MsBelow !== undefined)
    rows.push(row(f, 'p99 ms', e.p99MsBelow, p99Ms(result), { kind: 'below' }));
  return rows;
}

export function calibrationReport(
  runs: readonly { figure: ArticleFigure; result: SimResult }[],
  trends: readonly TrendRow[],
): CalibrationReport {
  return {
    rows: runs.flatMap(({ figure, result }) => calibrationRows(figure, result)),
    trends: [...trends],
  };
}

export const CALIBRATION_HEADER = [
  'scenario',
  'figure',
  'article',
  'model',
  'error',
  'tolerance',
  'result',
] as const;

/** The article's figures as it gives them: 320,000 and 2.5, not 2.50. */
export function articleText(x: number): string {
  return Number.isInteger(x) ? grouped(x) : String(x);
}

/** Signed percentage with one decimal: "+8.8 %", "−27.9 %". */
export function errorText(error: number): string {
  if (!Number.isFinite(error)) return String(error);
  const p = error * 100;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)} %`;
}

export function toleranceText(t: Tolerance): string {
  // toFixed first: 0.15 × 100 is 15.000000000000002 in floating point.
  if (t.kind === 'relative') return `±${Number((t.within * 100).toFixed(1))} %`;
  return t.kind === 'atLeast' ? 'at least' : 'below';
}

export function passText(pass: boolean): string {
  return pass ? 'pass' : 'FAIL';
}

/** One row as table cells, in CALIBRATION_HEADER order. */
export function rowCells(r: CalibrationRow): string[] {
  return [
    r.id,
    r.figure,
    articleText(r.article),
    short(r.model),
    errorText(r.error),
    toleranceText(r.tolerance),
    passText(r.pass),
  ];
}

/** Columns whose cells are numbers, right-aligned in text and markdown alike. */
export const NUMERIC_COLUMNS: ReadonlySet<number> = new Set([2, 3, 4]);

/**
 * The plain-text report: header line, the aligned table, the trends (result, sentence, then the
 * numbers indented beneath), and a one-line tally. Each line ends in "\n".
 */
export function formatCalibrationText(report: CalibrationReport): string {
  const table = [[...CALIBRATION_HEADER], ...report.rows.map(rowCells)];
  const widths = CALIBRATION_HEADER.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  const last = CALIBRATION_HEADER.length - 1;
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => {
        if (c === last) return cell; // no trailing padding
        return NUMERIC_COLUMNS.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]);
      })
      .join('  ');
  const out = [
    "Calibration: the model against the article's measurements",
    '(Tang Cong, etcd实战课 lecture 16, 2021)',
    '',
    ...table.map((cells) => `  ${line(cells)}`),
    '',
    'Trends:',
  ];
  for (const t of report.trends)
    out.push(...wrap(`  ${passText(t.pass)}  `, t.sentence), ...wrap(' '.repeat(8), t.detail));
  out.push('', tally(report));
  return `${out.join('\n')}\n`;
}

/** Lines fit a terminal this wide, in characters (as `readpath --help`). */
const COLUMNS = 100;

/** `lead` then the words of `text`, wrapped at COLUMNS, continuation lines under the first word. */
function wrap(lead: string, text: string): string[] {
  const indent = ' '.repeat(lead.length);
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(' ')) {
    if (line.length > lead.length && line.length + 1 + word.length > COLUMNS) {
      lines.push(line);
      line = indent + word;
    } else {
      line += line.length > lead.length ? ` ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** "9 of 10 rows within tolerance; 5 of 5 trends hold." */
export function tally(report: CalibrationReport): string {
  const rows = report.rows.filter((r) => r.pass).length;
  const trends = report.trends.filter((t) => t.pass).length;
  return (
    `${rows} of ${report.rows.length} rows within tolerance; ` +
    `${trends} of ${report.trends.length} trends hold.`
  );
}
