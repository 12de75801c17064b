/**
 * The calibration report as plain text (`readpath calibrate`) and the English description of
 * every row (the CLI, docs/calibration.md; the app says the same in its own dictionaries).
 */
import {
  CALIBRATION_SOURCES,
  type CalibrationRowId,
  type CalibrationSource,
} from '../workers/contract/calibrationRows.ts';
import { ETCD_IO_SOURCE } from '../workers/contract/calibrationEtcdIo.ts';
import { LOOPBACK_SOURCE } from '../workers/contract/calibrationLoopback.ts';
import {
  CALIBRATION_HEADER,
  NUMERIC_COLUMNS,
  passText,
  rowCells,
  tally,
  type CalibrationReport,
} from './calibrationTable.ts';

export const SOURCE_TEXT: Record<CalibrationSource, string> = {
  lecture: 'Tang Cong, etcd实战课 lecture 16 (2021): 3 × 8-core members, 16-core client',
  'etcd.io': ETCD_IO_SOURCE,
  loopback: LOOPBACK_SOURCE,
};

/** What each row measures, in English. */
export const ROW_TEXT: Record<CalibrationRowId, string> = {
  'lecture.serializable-1000c.qps': 'serializable, 1,000 clients: QPS',
  'lecture.serializable-1000c.avgMs': 'serializable, 1,000 clients: average latency',
  'lecture.linearizable-1000c.qps': 'linearizable, 1,000 clients: QPS',
  'lecture.linearizable-1000c.avgMs': 'linearizable, 1,000 clients: average latency',
  'lecture.large-value-1mb.qps': 'one 1 MiB value, 1,000 clients: QPS',
  'lecture.large-value-1mb.avgMs': 'one 1 MiB value, 1,000 clients: average latency',
  'lecture.authenticate-3.4.8.qps': 'Authenticate on 3.4.8, 200 clients: QPS',
  'lecture.authenticate-3.4.8.p99Ms': 'Authenticate on 3.4.8, 200 clients: P99',
  'lecture.authenticate-3.4.9.qps': 'Authenticate on 3.4.9, 200 clients: QPS',
  'lecture.authenticate-3.4.9.p99Ms': 'Authenticate on 3.4.9, 200 clients: P99 (reported: under)',
  'etcd.io.l-1c.qps': 'linearizable, 1 client: QPS',
  'etcd.io.l-1c.avgMs': 'linearizable, 1 client: average latency',
  'etcd.io.s-1c.qps': 'serializable, 1 client: QPS',
  'etcd.io.s-1c.avgMs': 'serializable, 1 client: average latency',
  'etcd.io.l-1000c.qps': 'linearizable, 1,000 clients: QPS',
  'etcd.io.l-1000c.avgMs': 'linearizable, 1,000 clients: average latency',
  'etcd.io.s-1000c.qps': 'serializable, 1,000 clients: QPS',
  'etcd.io.s-1000c.avgMs': 'serializable, 1,000 clients: average latency',
  'etcd.io.s-l-1c': 'serializable ÷ linearizable QPS, 1 client',
  'etcd.io.s-l-1000c': 'serializable ÷ linearizable QPS, 1,000 clients',
  'loopback.s-l.c1-leader': 'serializable ÷ linearizable QPS, 1 client on the leader',
  'loopback.s-l.c10-spread': 'serializable ÷ linearizable QPS, 10 clients spread',
  'loopback.s-l.c100-spread': 'serializable ÷ linearizable QPS, 100 clients spread',
  'loopback.s-l.c500-spread': 'serializable ÷ linearizable QPS, 500 clients spread',
  'loopback.cpu-l-s.c1-leader': 'member CPU per read, linearizable ÷ serializable, 1 client',
  'loopback.cpu-l-s.c100-spread': 'member CPU per read, linearizable ÷ serializable, 100 clients',
  'loopback.spread-leader.l-c10': 'spread ÷ leader QPS, linearizable, 10 clients',
  'loopback.spread-leader.s-c100': 'spread ÷ leader QPS, serializable, 100 clients',
  'loopback.c100-c1.s-leader': '100 ÷ 1 client QPS, serializable, on the leader',
  'loopback.c100-c1.l-leader': '100 ÷ 1 client QPS, linearizable, on the leader',
  'loopback.c500-c100.s-spread': '500 ÷ 100 client QPS on 100 connections, serializable, spread',
  'loopback.c500-c100.l-spread': '500 ÷ 100 client QPS on 100 connections, linearizable, spread',
  'loopback.value.s-c1-10KiB': '10 KiB ÷ 256 B value QPS, serializable, 1 client',
  'loopback.value.s-c1-100KiB': '100 KiB ÷ 256 B value QPS, serializable, 1 client',
  'loopback.value.s-c1-1MiB': '1 MiB ÷ 256 B value QPS, serializable, 1 client',
  'loopback.value.l-c1-1MiB': '1 MiB ÷ 256 B value QPS, linearizable, 1 client',
  'loopback.value.s-c100-100KiB': '100 KiB ÷ 256 B value QPS, serializable, 100 clients',
  'loopback.value.s-c100-1MiB': '1 MiB ÷ 256 B value QPS, serializable, 100 clients',
  'loopback.keys.10': '10 ÷ 1 key per range QPS, serializable, 10 clients',
  'loopback.keys.100': '100 ÷ 1 key per range QPS, serializable, 10 clients',
  'loopback.keys.1000': '1,000 ÷ 1 key per range QPS, serializable, 10 clients',
  'loopback.keys.10000': '10,000 ÷ 1 key per range QPS, serializable, 10 clients',
  'loopback.result.keys-only': 'keys-only ÷ full range QPS over 10,000 keys',
  'loopback.result.count-only': 'count-only ÷ full range QPS over 10,000 keys',
  'loopback.tail.s.c1-leader': 'P99 ÷ average, serializable, 1 client',
  'loopback.tail.l.c1-leader': 'P99 ÷ average, linearizable, 1 client',
  'loopback.tail.l.c10-spread': 'P99 ÷ average, linearizable, 10 clients spread',
  'loopback.tail.s.c100-leader': 'P99 ÷ average, serializable, 100 clients',
  'loopback.tail.l.c100-leader': 'P99 ÷ average, linearizable, 100 clients',
};

/** Lines fit a terminal this wide, in characters (as `readpath --help`). */
const COLUMNS = 100;

/** `lead` then the words of `text`, wrapped at COLUMNS, continuation lines under the first word. */
export function wrap(lead: string, text: string): string[] {
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

/**
 * The plain-text report: the sources, the aligned table, the trends (result, sentence, then the
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
  const out = ['Calibration: the model against three sources', ''];
  for (const s of CALIBRATION_SOURCES) out.push(...wrap(`  ${s.padEnd(9)} `, SOURCE_TEXT[s]));
  out.push('', ...table.map((cells) => `  ${line(cells)}`), '', 'Trends:');
  for (const t of report.trends)
    out.push(...wrap(`  ${passText(t.pass)}  `, t.sentence), ...wrap(' '.repeat(8), t.detail));
  out.push('', ...wrap('', tally(report)));
  return `${out.join('\n')}\n`;
}
