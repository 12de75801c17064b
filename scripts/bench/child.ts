/**
 * One bench run in its own process (forked by main.ts), so maxRSS is this run's peak and not the
 * high-water mark of an earlier, larger run. Argument: the run id from runs.ts. Sends one
 * Measurement to the parent, or prints it as JSON when started by hand.
 */
import { getHeapStatistics } from 'node:v8';
import { runInProcess as simulate } from '../../workers/api.ts';
import type { Measurement } from './measurement.ts';
import { runById, scenarioFor, WARMUP_REQUESTS } from './runs.ts';

const MB = 1024 * 1024;

const run = runById(process.argv[2] ?? '');
const startRssMB = process.memoryUsage.rss() / MB;

// Untimed: V8 tiers the event loop up to optimised code during the first few hundred ms.
await simulate(scenarioFor(run, WARMUP_REQUESTS));

let peakHeap = 0;
const sampleHeap = (): void => {
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
};

const cpuStart = process.cpuUsage();
const start = performance.now();
const result = await simulate(scenarioFor(run), {
  // Sampling every 50,000 requests costs a few µs each: noise next to a run of seconds.
  progressEvery: 50_000,
  onProgress: sampleHeap,
});
const wallSec = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
sampleHeap(); // with the result still alive

const m: Measurement = {
  id: run.id,
  requests: result.summary.succeeded + result.summary.failed,
  wallSec,
  // µs of user + system time of this process (V8's helper threads included) over the timed run.
  cpuSec: (cpu.user + cpu.system) / 1e6,
  startRssMB,
  peakRssMB: (process.resourceUsage().maxRSS * 1024) / MB, // maxRSS is in KiB
  peakHeapMB: peakHeap / MB,
};

if (process.send) process.send(m);
else console.log(JSON.stringify(m));
