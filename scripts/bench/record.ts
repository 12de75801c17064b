/**
 * One bench result as plain data — what the table prints, what `--save` writes to saved.json
 * (committed, so the next run on any machine shows a regression against it), and what the next
 * run reads back. Reading checks the shape and says what is wrong rather than trusting the file.
 */
import type { Spread } from './stats.ts';

export interface MachineInfo {
  cpu: string;
  cores: number;
  node: string;
  /** 1-, 5- and 15-minute load averages (os.loadavg) before the first run and after the last. */
  loadBefore: number[];
  loadAfter: number[];
}

export interface RunSummary {
  id: string;
  requests: number;
  reps: number;
  /** Simulated requests per wall-clock second, over the repetitions. */
  wallRps: Spread;
  /** Simulated requests per CPU second of the process (null in the browser: not measurable). */
  cpuRps: Spread | null;
  /** The real cluster's requests per second for the same benchmark (the article). */
  clusterRps: number;
  /** Highest of the repetitions, MB (null in the browser). */
  peakRssMB: number | null;
  peakHeapMB: number | null;
  startRssMB: number | null;
}

export interface BenchRecord {
  /** ISO date of the run. */
  date: string;
  machine: MachineInfo;
  node: RunSummary[];
  /** The same runs in a dedicated worker in headless Chromium; null when no browser ran. */
  browser: { version: string; runs: RunSummary[] } | null;
}

function isSpread(v: unknown): v is Spread {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return ['median', 'min', 'max', 'relative'].every((k) => typeof s[k] === 'number');
}

function isRun(v: unknown): v is RunSummary {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.requests === 'number' &&
    typeof r.reps === 'number' &&
    isSpread(r.wallRps) &&
    (r.cpuRps === null || isSpread(r.cpuRps)) &&
    typeof r.clusterRps === 'number'
  );
}

/** The record in `text`, or an error naming what is missing. */
export function parseRecord(text: string): BenchRecord {
  const v: unknown = JSON.parse(text);
  if (typeof v !== 'object' || v === null) throw new Error('not a JSON object');
  const r = v as Record<string, unknown>;
  if (typeof r.date !== 'string') throw new Error('no "date" string');
  const m = r.machine as Record<string, unknown> | undefined;
  if (typeof m !== 'object' || m === null || typeof m.cpu !== 'string')
    throw new Error('no "machine" with a "cpu" string');
  if (!Array.isArray(r.node) || !r.node.every(isRun))
    throw new Error('"node" is not a list of run summaries (id, requests, reps, wallRps, …)');
  const b = r.browser as Record<string, unknown> | null | undefined;
  if (b != null && (!Array.isArray(b.runs) || !b.runs.every(isRun)))
    throw new Error('"browser.runs" is not a list of run summaries');
  return v as BenchRecord;
}
