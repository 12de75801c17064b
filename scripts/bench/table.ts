/** The bench's output as plain aligned text: one row per run, numbers right-aligned. */
import type { BenchRecord, RunSummary } from './record.ts';
import { verdict, type Spread } from './stats.ts';

/** Locale-free thousands commas, so the output is the same on every machine. */
export function grouped(x: number): string {
  return Math.round(x)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234567 → "1.23 M", 456789 → "457 k": short enough for a range in one cell. */
function short(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M`;
  return `${Math.round(x / 1e3)} k`;
}

function range(s: Spread): string {
  return `${short(s.min)}–${short(s.max)} (±${((100 * s.relative) / 2).toFixed(0)} %)`;
}

const mb = (x: number | null): string => (x === null ? '–' : x.toFixed(1));

const HEADER = [
  'run',
  'requests',
  'runs',
  'sim req/wall s',
  'min–max (spread)',
  'ratio',
  'sim req/CPU s',
  'CPU ratio',
  'start RSS MB',
  'peak RSS MB',
  'peak heap MB',
];

function cells(r: RunSummary): string[] {
  return [
    r.id,
    grouped(r.requests),
    String(r.reps),
    grouped(r.wallRps.median),
    range(r.wallRps),
    `${(r.wallRps.median / r.clusterRps).toFixed(2)}×`,
    r.cpuRps === null ? '–' : grouped(r.cpuRps.median),
    r.cpuRps === null ? '–' : `${(r.cpuRps.median / r.clusterRps).toFixed(2)}×`,
    mb(r.startRssMB),
    mb(r.peakRssMB),
    mb(r.peakHeapMB),
  ];
}

/** Rows aligned under HEADER; the run column left-aligned, the rest right-aligned. */
export function formatRuns(rows: readonly RunSummary[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, c) => Math.max(...table.map((r) => r[c].length)));
  return table
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))))
    .map((r) => `${r.join('  ')}\n`)
    .join('');
}

const load = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(' / ');

export function formatMachine(m: BenchRecord['machine']): string {
  return (
    `machine: ${m.cpu}, ${m.cores} cores; Node ${m.node}\n` +
    `load average (1 / 5 / 15 min): before ${load(m.loadBefore)}, after ${load(m.loadAfter)}`
  );
}

/**
 * Each run's median beside the saved result's: the change, and whether the two sets of runs
 * overlap (verdict). Runs missing on either side are named, not skipped silently.
 */
export function formatComparison(now: BenchRecord, saved: BenchRecord): string {
  const lines = [
    `against the saved result of ${saved.date.slice(0, 10)} (${saved.machine.cpu}, ` +
      `${saved.machine.cores} cores; load before ${load(saved.machine.loadBefore)}):`,
  ];
  if (saved.machine.cpu !== now.machine.cpu || saved.machine.cores !== now.machine.cores)
    lines.push('  (a different machine: a change may be the machine, not the code)');
  const pairs: [string, RunSummary[], RunSummary[]][] = [
    ['', now.node, saved.node],
    ['browser ', now.browser?.runs ?? [], saved.browser?.runs ?? []],
  ];
  for (const [where, runs, before] of pairs) {
    for (const r of runs) {
      const b = before.find((x) => x.id === r.id && x.requests === r.requests);
      if (b === undefined) {
        lines.push(`  ${where}${r.id}: not in the saved result`);
        continue;
      }
      const change = 100 * (r.wallRps.median / b.wallRps.median - 1);
      const v = verdict(r.wallRps, b.wallRps);
      lines.push(
        `  ${where}${r.id}: ${grouped(b.wallRps.median)} → ${grouped(r.wallRps.median)} req/wall s ` +
          `(${change >= 0 ? '+' : ''}${change.toFixed(0)} %): ` +
          (v === 'slower' ? 'SLOWER — every run below the saved range (a regression?)' : v),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
