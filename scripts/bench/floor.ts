/**
 * The floor under a run's speed (issue 16): the run's bookings on servers, cores and NICs and its
 * event queue's pushes and pops, replayed alone — no model, no recording. However much the model
 * and the recorder are trimmed, the run cannot beat this on the same engine, so the floor says
 * whether a speed target is reachable by trimming at all.
 *
 * The probe (tests/unit/workers/engine/bookingFloor.ts) reaches into the engine, which the bench
 * scripts may not import: it runs in a forked process and sends its figures back.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spreadOf, type Spread } from './stats.ts';
import { grouped } from './table.ts';

const PROBE = fileURLToPath(
  new URL('../../tests/unit/workers/engine/bookingFloor.ts', import.meta.url),
);

/** The probe's message (bookingFloor.ts FloorMeasurement). */
export interface Floor {
  id: string;
  requests: number;
  bookingsPerRequest: number;
  eventsPerRequest: number;
  replaySec: number[];
  /** Replayed results that differed from the run's: 0, or the floor means nothing. */
  wrong: number;
}

function isFloor(v: unknown): v is Floor {
  if (typeof v !== 'object' || v === null) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.id === 'string' &&
    ['requests', 'bookingsPerRequest', 'eventsPerRequest', 'wrong'].every(
      (k) => typeof f[k] === 'number',
    ) &&
    Array.isArray(f.replaySec) &&
    f.replaySec.length > 0 &&
    f.replaySec.every((x) => typeof x === 'number' && x > 0)
  );
}

/** Runs the probe for bench run `id` in a fresh process (tsx's hooks at `tsx`, a URL). */
export function measureFloor(id: string, tsx: string): Promise<Floor> {
  return new Promise((resolve, reject) => {
    let got: Floor | undefined;
    const child = fork(PROBE, [id], { execArgv: ['--import', tsx], stdio: 'inherit' });
    child.on('message', (msg) => {
      if (isFloor(msg)) got = msg;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (got !== undefined && code === 0) resolve(got);
      else reject(new Error(`floor of ${id} ended with ${signal ?? `exit code ${code}`}`));
    });
  });
}

/** One line per run: the floor, and the share of the target's time budget it takes alone. */
export function formatFloors(
  floors: readonly { floor: Floor; clusterRps: number; targetRatio: number }[],
): string {
  const lines = floors.map(({ floor, clusterRps, targetRatio }) => {
    const s: Spread = spreadOf(floor.replaySec);
    const rps = floor.requests / s.median;
    // The target: targetRatio × the real cluster's rate, so this many seconds for the run.
    const budgetSec = floor.requests / (targetRatio * clusterRps);
    const share = (100 * s.median) / budgetSec;
    const check = floor.wrong === 0 ? '' : ` — REPLAY DIFFERED in ${floor.wrong} results`;
    return (
      `  ${floor.id}: ${floor.bookingsPerRequest.toFixed(1)} bookings and ` +
      `${floor.eventsPerRequest.toFixed(1)} events per request; replayed in ${s.median.toFixed(3)} s ` +
      `(${s.min.toFixed(3)}–${s.max.toFixed(3)}) = ${grouped(rps)} req/s, ` +
      `${(rps / clusterRps).toFixed(2)}× the cluster; ${targetRatio}× needs the whole run in ` +
      `${budgetSec.toFixed(3)} s, and these alone take ${share.toFixed(0)} % of that${check}`
    );
  });
  return (
    "floor: each run's bookings on servers, cores and NICs and its event queue's pushes and pops,\n" +
    'replayed alone on fresh resources (no model, no recording; locks left out), median of 5:\n' +
    `${lines.join('\n')}\n`
  );
}
