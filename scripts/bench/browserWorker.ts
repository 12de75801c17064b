/**
 * The bench's browser row, inside a dedicated worker in headless Chromium: the same model code
 * (workers/api.ts, bundled by Vite as for the app) running the same article scenario as a Node
 * child does — an untimed warm-up, then the timed run. Receives a run id, answers with the
 * requests simulated and the wall time, or an error.
 */
import { runInProcess as simulate } from '../../workers/api.ts';
import { runById, scenarioFor, WARMUP_REQUESTS } from './runs.ts';

/** The worker's global scope, as far as this file needs it (scripts are typed without the DOM). */
interface WorkerScope {
  onmessage: ((e: { data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

export interface BrowserMeasurement {
  id: string;
  requests: number;
  wallSec: number;
}

const scope = globalThis as unknown as WorkerScope;

async function measure(id: string): Promise<BrowserMeasurement> {
  const run = runById(id);
  await simulate(scenarioFor(run, WARMUP_REQUESTS));
  const start = performance.now();
  const result = await simulate(scenarioFor(run), { progressEvery: 50_000 });
  const wallSec = (performance.now() - start) / 1000;
  return { id, requests: result.summary.succeeded + result.summary.failed, wallSec };
}

scope.onmessage = (e) => {
  measure(String(e.data)).then(
    (m) => scope.postMessage(m),
    (err: unknown) =>
      scope.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
};
