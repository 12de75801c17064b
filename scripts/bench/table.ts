/** The bench's output as plain aligned text: one row per run, numbers right-aligned. */
import type { Measurement } from './measurement.ts';

export interface BenchRow {
  m: Measurement;
  /** The real cluster's throughput for the same benchmark (the article), req/s. */
  clusterRps: number;
}

const HEADER = [
  'run',
  'requests',
  'wall s',
  'sim req/wall s',
  'cluster req/s',
  'ratio',
  'start RSS MB',
  'peak RSS MB',
  'peak heap MB',
];

/** Locale-free thousands commas, so the output is the same on every machine. */
export function grouped(x: number): string {
  return Math.round(x)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function cells({ m, clusterRps }: BenchRow): string[] {
  const simRps = m.requests / m.wallSec;
  return [
    m.id,
    grouped(m.requests),
    m.wallSec.toFixed(2),
    grouped(simRps),
    grouped(clusterRps),
    `${(simRps / clusterRps).toFixed(2)}×`,
    m.startRssMB.toFixed(1),
    m.peakRssMB.toFixed(1),
    m.peakHeapMB.toFixed(1),
  ];
}

export function formatBenchTable(rows: readonly BenchRow[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  return table
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))))
    .map((r) => `${r.join('  ')}\n`)
    .join('');
}
