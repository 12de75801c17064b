/**
 * `npm run bench`: how fast and how lean the simulator is, on this machine, told honestly: the CPU
 * and its load before and after, each run repeated in fresh processes (median and spread, wall
 * time and CPU time), the same runs in a Chromium worker, the app's sweep in the browser, and a
 * comparison against the result saved in scripts/bench/saved.json (so a regression shows).
 * A measurement tool, not a test: it asserts nothing about time (machines here are shared and
 * noisy) and exits 0 unless a run crashes.
 *
 *   npm run bench                       all of it (≈ 3–6 min)
 *   npm run bench -- --reps=1           one run each (quick look)
 *   npm run bench -- --no-browser       Node rows only
 *   npm run bench -- --no-floor         without the floor (the runs' bookings replayed alone)
 *   npm run bench -- --save             also write this result to scripts/bench/saved.json
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMeasurement, type Measurement } from './measurement.ts';
import {
  BROWSER_REPS,
  BROWSER_RUN_IDS,
  figureFor,
  MEMORY_RUN_ID,
  MEMORY_TARGET_MB,
  runById,
  RUNS,
  SPEED_TARGET,
  WARMUP_REQUESTS,
  type BenchRun,
} from './runs.ts';
import { formatComparison, formatMachine, formatRuns, grouped } from './table.ts';
import { parseRecord, type BenchRecord, type RunSummary } from './record.ts';
import { spreadOf } from './stats.ts';
import { benchInBrowser } from './browser.ts';
import type { BrowserMeasurement } from './browserWorker.ts';
import { benchSweepInBrowser, formatSweepBench } from './sweepBrowser.ts';
import { formatMainThread, measureMainThread } from './mainThread.ts';
import { formatFloors, measureFloor, type Floor } from './floor.ts';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const SAVED = fileURLToPath(new URL('./saved.json', import.meta.url));
const LATEST = 'test-results/bench-latest.json';
// The child is TypeScript too: load tsx's hooks by absolute URL, whatever the working directory.
const TSX = import.meta.resolve('tsx');

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const repsArg = args.find((a) => a.startsWith('--reps='));
const repsOverride = repsArg === undefined ? undefined : Number(repsArg.slice('--reps='.length));
if (repsOverride !== undefined && !(Number.isInteger(repsOverride) && repsOverride >= 1)) {
  console.error(`--reps must be a whole number ≥ 1, got "${repsArg}"`);
  process.exit(2);
}
const unknown = args.filter(
  (a) => !['--save', '--no-browser', '--no-sweep', '--no-floor'].includes(a) && a !== repsArg,
);
if (unknown.length > 0) {
  console.error(
    `unknown option ${unknown[0]}; allowed: --reps=N, --save, --no-browser, --no-sweep, --no-floor`,
  );
  process.exit(2);
}

function measure(run: BenchRun): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    let got: Measurement | undefined;
    const child = fork(CHILD, [run.id], { execArgv: ['--import', TSX], stdio: 'inherit' });
    child.on('message', (msg) => {
      if (isMeasurement(msg)) got = msg;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (got !== undefined && code === 0) resolve(got);
      else reject(new Error(`run ${run.id} ended with ${signal ?? `exit code ${code}`}`));
    });
  });
}

function summarise(run: BenchRun, ms: readonly Measurement[]): RunSummary {
  const max = (f: (m: Measurement) => number): number => Math.max(...ms.map(f));
  return {
    id: run.id,
    requests: ms[0].requests,
    reps: ms.length,
    wallRps: spreadOf(ms.map((m) => m.requests / m.wallSec)),
    cpuRps: spreadOf(ms.map((m) => m.requests / m.cpuSec)),
    clusterRps: figureFor(run).expect.qps,
    startRssMB: max((m) => m.startRssMB),
    peakRssMB: max((m) => m.peakRssMB),
    peakHeapMB: max((m) => m.peakHeapMB),
  };
}

function browserSummary(id: string, ms: readonly BrowserMeasurement[]): RunSummary {
  const run = runById(id);
  return {
    id,
    requests: ms[0].requests,
    reps: ms.length,
    wallRps: spreadOf(ms.map((m) => m.requests / m.wallSec)),
    cpuRps: null,
    clusterRps: figureFor(run).expect.qps,
    startRssMB: null,
    peakRssMB: null,
    peakHeapMB: null,
  };
}

const machine = {
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cores: cpus().length,
  node: process.version,
  loadBefore: loadavg(),
  loadAfter: [] as number[],
};
console.log('etcd Read-Path Lab: simulator speed and memory');
console.log(`machine: ${machine.cpu}, ${machine.cores} cores; Node ${machine.node}`);
console.log(
  `load average before (1 / 5 / 15 min): ${machine.loadBefore.map((x) => x.toFixed(2)).join(' / ')}`,
);
console.log(
  `each run: a fresh process, an untimed ${grouped(WARMUP_REQUESTS)}-request warm-up of the ` +
    'same scenario, then the timed run\n',
);

let failed = false;
const node: RunSummary[] = [];
for (const run of RUNS) {
  const reps = repsOverride ?? run.reps;
  const ms: Measurement[] = [];
  for (let i = 0; i < reps; i++) {
    try {
      const m = await measure(run);
      ms.push(m);
      console.log(
        `  ${run.id} ${i + 1}/${reps}: ${m.wallSec.toFixed(2)} s wall, ${m.cpuSec.toFixed(2)} s CPU`,
      );
    } catch (e) {
      failed = true;
      console.error(e instanceof Error ? e.message : String(e));
    }
  }
  if (ms.length > 0) node.push(summarise(run, ms));
}

// The article's two runs again, their bookings and events alone: what trimming can reach.
const floors: { floor: Floor; clusterRps: number; targetRatio: number }[] = [];
if (!flag('no-floor')) {
  for (const id of BROWSER_RUN_IDS) {
    try {
      const floor = await measureFloor(id, TSX);
      floors.push({
        floor,
        clusterRps: figureFor(runById(id)).expect.qps,
        targetRatio: SPEED_TARGET,
      });
      console.log(`  floor ${id}: ${spreadOf(floor.replaySec).median.toFixed(3)} s`);
    } catch (e) {
      failed = true;
      console.error(e instanceof Error ? e.message : String(e));
    }
  }
}

let browser: BenchRecord['browser'] = null;
if (!flag('no-browser')) {
  try {
    const reps = repsOverride ?? BROWSER_REPS;
    const got = await benchInBrowser(BROWSER_RUN_IDS, reps, (m) =>
      console.log(`  browser ${m.id}: ${m.wallSec.toFixed(2)} s wall`),
    );
    browser = {
      version: got.version,
      runs: BROWSER_RUN_IDS.map((id) =>
        browserSummary(
          id,
          got.measurements.filter((m) => m.id === id),
        ),
      ),
    };
  } catch (e) {
    failed = true;
    console.error(`browser bench: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// The app's sweep on its worker pool, in a real browser: needs the built site.
let sweepText = '';
if (!flag('no-sweep')) {
  try {
    const sweep = await benchSweepInBrowser();
    sweepText =
      sweep === null
        ? 'sweep in headless Chromium: skipped, no dist/ (run `npm run build` first)\n'
        : formatSweepBench(sweep);
  } catch (e) {
    failed = true;
    console.error(`sweep bench: ${e instanceof Error ? e.message : String(e)}`);
  }
}

// The playing chain's cost to the page's main thread (CDP Performance.getMetrics), same build.
let mainThreadText = '';
if (!flag('no-browser')) {
  try {
    const cost = await measureMainThread();
    mainThreadText =
      cost === null
        ? 'main thread: skipped, no dist/ (run `npm run build` first)\n'
        : formatMainThread(cost);
  } catch (e) {
    failed = true;
    console.error(`main-thread bench: ${e instanceof Error ? e.message : String(e)}`);
  }
}

machine.loadAfter = loadavg();
const record: BenchRecord = { date: new Date().toISOString(), machine, node, browser };

console.log(`\n${formatMachine(machine)}\n`);
process.stdout.write(formatRuns(node));
if (browser !== null) {
  console.log(`\nin a dedicated worker in headless Chromium ${browser.version}:`);
  process.stdout.write(formatRuns(browser.runs));
}
console.log(
  '\nsim req/wall s: simulated requests per wall-clock second (median of the runs); ratio = that ÷ the\n' +
    "real cluster's requests per second (article); above 1× the simulator is faster than the cluster\n" +
    'it models. sim req/CPU s: the same per second of CPU the process used — what the run does alone\n' +
    'on a core; on a loaded machine (load average above the core count) wall time is the larger.\n' +
    "start RSS is the process before any run (Node, tsx, the model code); peak RSS minus it is the run's own share.",
);

if (floors.length > 0) process.stdout.write(`\n${formatFloors(floors)}`);

const big = node.find((r) => r.id === MEMORY_RUN_ID);
if (big !== undefined && big.peakRssMB !== null) {
  const spare = MEMORY_TARGET_MB - big.peakRssMB;
  const verdict =
    spare >= 0 ? `within, ${spare.toFixed(1)} MB to spare` : `OVER by ${(-spare).toFixed(1)} MB`;
  console.log(
    `\n${grouped(big.requests)}-request run: peak RSS ${big.peakRssMB.toFixed(1)} MB against the ` +
      `${MEMORY_TARGET_MB} MB target (${verdict}).`,
  );
}
if (sweepText !== '') process.stdout.write(`\n${sweepText}`);
if (mainThreadText !== '') process.stdout.write(`\n${mainThreadText}`);

if (existsSync(SAVED)) {
  try {
    process.stdout.write(`\n${formatComparison(record, parseRecord(readFileSync(SAVED, 'utf8')))}`);
  } catch (e) {
    console.error(`scripts/bench/saved.json: ${e instanceof Error ? e.message : String(e)}`);
  }
} else {
  console.log('\nno saved result to compare with (npm run bench -- --save writes one)');
}

mkdirSync('test-results', { recursive: true });
writeFileSync(LATEST, `${JSON.stringify(record, null, 2)}\n`);
console.log(`\nthis result: ${LATEST}`);
if (flag('save')) {
  writeFileSync(SAVED, `${JSON.stringify(record, null, 2)}\n`);
  console.log('saved to scripts/bench/saved.json (commit it)');
}
if (failed) process.exitCode = 1;
