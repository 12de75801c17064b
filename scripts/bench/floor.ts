/**
 * The floor under a run's speed (issue 16): the run's bookings on servers, cores and NICs and its
 * event queue's pushes and pops, replayed alone — no model, no recording. However much the model
 * and the recorder are trimmed, the run cannot go much faster than this on the same engine, so the
 * floor says whether a speed target is within reach of trimming at all. (Approximate: the replay
 * calls each resource from a site of its own, not from the model's, and leaves locks out.)
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

/** The probe's message (bookingFloor.ts measureFloor), checked by isFloor when it arrives. */
export interface Floor {
  id: string;
  requests: number;
  bookingsPerRequest: number;
  eventsPerRequest: number;
  replaySec: number[];
  /** Passes that read the log alone: the replay's own overhead, taken out of the floor. */
  drySec: number[];
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
    [f.replaySec, f.drySec].every(
      (xs) => Array.isArray(xs) && xs.length > 0 && xs.every((x) => typeof x === 'number' && x > 0),
    )
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
    const dry = spreadOf(floor.drySec).median;
    // The bookings' own time: the replay less its reading of the log.
    const own = Math.max(s.median - dry, 1e-9);
    const rps = floor.requests / own;
    // The target: targetRatio × the real cluster's rate, so this many seconds for the run.
    const budgetSec = floor.requests / (targetRatio * clusterRps);
    const share = (100 * own) / budgetSec;
    const check = floor.wrong === 0 ? '' : ` — REPLAY DIFFERED in ${floor.wrong} results`;
    return (
      `  ${floor.id}: ${floor.bookingsPerRequest.toFixed(1)} bookings and ` +
      `${floor.eventsPerRequest.toFixed(1)} events per request; replayed in ${s.median.toFixed(3)} s ` +
      `(${s.min.toFixed(3)}–${s.max.toFixed(3)}), of which ${dry.toFixed(3)} s reading the log: ` +
      `≈ ${own.toFixed(3)} s = ${grouped(rps)} req/s, ${(rps / clusterRps).toFixed(2)}× the cluster; ` +
      `${targetRatio}× needs the whole run in ${budgetSec.toFixed(3)} s, and these alone take ` +
      `≈ ${share.toFixed(0)} % of that${check}`
    );
  });
  return (
    "floor: each run's bookings on servers, cores and NICs and its event queue's pushes and pops,\n" +
    'replayed alone on fresh resources (no model, no recording; locks left out), median of 5, less\n' +
    "a pass that only reads the log. Approximate: the replay's calls are not the model's own call sites.\n" +
    `${lines.join('\n')}\n`
  );
}
