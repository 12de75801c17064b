/**
 * The per-stage table the CLI prints under the benchmark report: where each request's time went,
 * its mean and p99, and the mean split into the four kinds of time (timeKinds.ts): waiting for a
 * lock, waiting for a server, on the wire or in raft, and served. Pure text, shared by CLI and UI.
 */
import type { SimResult } from '../workers/contract/result.ts';
import { goFixed } from './goFormat.ts';

const HEADER = [
  'stage',
  'requests',
  'mean',
  'p99',
  'lock',
  'queue',
  'flight',
  'service',
  'etcd trace step',
] as const;

/** What the four columns of means count, printed under the table. */
export const KIND_LEGEND =
  'lock: waiting for a lock; queue: waiting for a core, NIC, disk or loop; flight: on the wire ' +
  'or in raft (round trips, replication, commit); service: the request’s own work. The four add ' +
  'up to the mean.';

/**
 * Milliseconds with microsecond resolution (the model's stages range from µs to seconds), rounded
 * half to even on the exact value like the report above it, so ties never depend on the engine.
 */
function ms(x: number): string {
  return goFixed(x, 3);
}

/**
 * `Time per stage (ms):` then one row per stage a request passed through (stages with a count of
 * 0, such as ReadIndex in a serializable run, are left out), in the order of the read path, then
 * the legend of the four kinds. Numbers are right-aligned, names left-aligned, columns two spaces
 * apart; the last column is the step name etcd's own trace logs use, so a reader can match it
 * against a slow-request log. Each line ends in "\n".
 */
export function formatStageTable(result: SimResult): string {
  const rows: string[][] = result.stages
    .filter((st) => st.count > 0)
    .map((st) => [
      st.id,
      String(st.count),
      ms(st.meanMs),
      ms(st.p99Ms),
      ms(st.lockMeanMs),
      ms(st.queueMeanMs),
      ms(st.flightMeanMs),
      ms(st.serviceMeanMs),
      st.step,
    ]);
  const table = [[...HEADER], ...rows];
  const widths = HEADER.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const last = HEADER.length - 1;
  const line = (row: string[]): string =>
    row
      .map((cell, c) => {
        if (c === last) return cell; // no trailing padding
        return c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]);
      })
      .join('  ');
  return `Time per stage (ms):\n${table.map((row) => `  ${line(row)}\n`).join('')}  ${KIND_LEGEND}\n`;
}
