/**
 * Every Web Worker the app starts is created here, and only here (eslint refuses `new Worker`
 * anywhere else in src/). Each worker is imported with Vite's `?worker` suffix, which lets one
 * source serve both builds:
 *
 * - `npm run build` (dist/): Vite emits the worker as its own ES module file next to the app and
 *   starts it with `new Worker(new URL(…, import.meta.url), { type: 'module' })` — relative, so
 *   dist/ works from any sub-folder.
 * - `npm run build:single`: the build's inlineWorkers() plugin turns every `?worker` import into
 *   `?worker&inline` and `worker.format` is 'iife', so the worker travels inside the one HTML file
 *   as a classic script and starts from a blob: URL. A module worker cannot start from a page
 *   opened as file:// (its origin is null), a blob: classic worker can.
 *
 * To add a worker: import it here with `?worker` and export a `create…Worker()`; both builds
 * then handle it with no other change.
 */
import SimWorker from '../../workers/sim.worker.ts?worker';
import BcryptWorker from '../../workers/bcrypt.worker.ts?worker';
import DotsWorker from './animation/dots.worker.ts?worker';

/** The simulation worker (workers/sim.worker.ts, the Comlink facade of workers/api.ts). */
export function createSimWorker(): Worker {
  return new SimWorker({ name: 'readpath-sim' });
}

/** One real-bcrypt worker of the bcrypt lab's pool (workers/bcrypt.worker.ts). */
export function createBcryptWorker(): Worker {
  return new BcryptWorker({ name: 'readpath-bcrypt' });
}

/** The chain's dots, drawn on a transferred canvas off the main thread (animation/dots.worker.ts). */
export function createDotsWorker(): Worker {
  return new DotsWorker({ name: 'readpath-dots' });
}
