/**
 * `npm run bench`: how fast and how lean the simulator is, on this machine. Each run is a fresh
 * child process (child.ts), one after another so they do not share cores. A measurement tool, not
 * a test: it asserts nothing about time (machines here are shared and noisy) and exits 0 unless a
 * run crashes.
 */
import { fork } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMeasurement, type Measurement } from './measurement.ts';
import {
  figureFor,
  MEMORY_RUN_ID,
  MEMORY_TARGET_MB,
  RUNS,
  WARMUP_REQUESTS,
  type BenchRun,
} from './runs.ts';
import { formatBenchTable, grouped, type BenchRow } from './table.ts';
import { benchSweepInBrowser, formatSweepBench } from './sweepBrowser.ts';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
// The child is TypeScript too: load tsx's hooks by absolute URL, whatever the working directory.
const TSX = import.meta.resolve('tsx');

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

function machine(): string {
  const all = cpus();
  const model = all[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg()[0].toFixed(2);
  return `machine: ${model}, ${all.length} cores; Node ${process.version}; load average ${load}`;
}

console.log('etcd Read-Path Lab: simulator speed and memory');
console.log(machine());
console.log(
  `each run: a fresh process, an untimed ${grouped(WARMUP_REQUESTS)}-request warm-up of the ` +
    'same scenario, then the timed run\n',
);

const rows: BenchRow[] = [];
let failed = false;
for (const run of RUNS) {
  try {
    rows.push({ m: await measure(run), clusterRps: figureFor(run).expect.qps });
  } catch (e) {
    failed = true;
    console.error(e instanceof Error ? e.message : String(e));
  }
}

process.stdout.write(formatBenchTable(rows));
console.log(
  "\nratio = simulated requests per wall-clock second ÷ the real cluster's requests per second " +
    '(article);\nabove 1× the simulator serves requests faster than the cluster it models. ' +
    'start RSS is the\nprocess before any run (Node, tsx, the model code); peak RSS minus it is ' +
    "the run's own share.",
);

const big = rows.find((r) => r.m.id === MEMORY_RUN_ID)?.m;
if (big !== undefined) {
  const spare = MEMORY_TARGET_MB - big.peakRssMB;
  const verdict =
    spare >= 0 ? `within, ${spare.toFixed(1)} MB to spare` : `OVER by ${(-spare).toFixed(1)} MB`;
  console.log(
    `\n${grouped(big.requests)}-request run: peak RSS ${big.peakRssMB.toFixed(1)} MB against the ` +
      `${MEMORY_TARGET_MB} MB target (${verdict}).`,
  );
}
// The app's sweep on its worker pool, in a real browser: needs the built site.
try {
  const sweep = await benchSweepInBrowser();
  console.log(
    sweep === null
      ? '\nsweep in headless Chromium: skipped, no dist/ (run `npm run build` first)'
      : `\n${formatSweepBench(sweep)}`,
  );
} catch (e) {
  failed = true;
  console.error(`sweep bench: ${e instanceof Error ? e.message : String(e)}`);
}

if (failed) process.exitCode = 1;
