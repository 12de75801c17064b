/**
 * The browser row of `npm run bench`: the article's 500k runs in a dedicated worker in headless
 * Chromium (Debian's, through playwright-core), a fresh worker per repetition. The worker script
 * is browserWorker.ts bundled by Vite into a temporary folder and served from 127.0.0.1; wall time
 * is measured inside the worker (performance.now around the timed run), so page and messaging
 * overhead are not in it. Asserts nothing about time.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { serveDist } from '../../tests/e2e/server.ts';
import type { BrowserMeasurement } from './browserWorker.ts';

const ENTRY = fileURLToPath(new URL('./browserWorker.ts', import.meta.url));
const SCRIPT = 'bench-worker.js';

/** Bundles the worker like the app's (ES module, minified, es2022) into `dir`. */
async function bundle(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: ENTRY, formats: ['es'], fileName: () => SCRIPT },
    },
  });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>bench</title>\n');
}

function isMeasurement(v: unknown): v is BrowserMeasurement {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    typeof m.id === 'string' && typeof m.requests === 'number' && typeof m.wallSec === 'number'
  );
}

/** `reps` measurements of each run id, or null when no Chromium is installed. */
export async function benchInBrowser(
  ids: readonly string[],
  reps: number,
  onEach?: (m: BrowserMeasurement) => void,
): Promise<{ version: string; measurements: BrowserMeasurement[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'readpath-bench-'));
  try {
    await bundle(dir);
    const { server, url } = await serveDist(dir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(url);
      const measurements: BrowserMeasurement[] = [];
      for (const id of ids) {
        for (let i = 0; i < reps; i++) {
          // Runs in the page: a fresh worker per repetition, ended once it has answered.
          const got: unknown = await page.evaluate(
            ([script, runId]) =>
              new Promise((resolve) => {
                type W = {
                  onmessage: ((e: { data: unknown }) => void) | null;
                  postMessage(m: unknown): void;
                  terminate(): void;
                };
                const Ctor = (globalThis as unknown as { Worker: new (u: string, o: object) => W })
                  .Worker;
                const w = new Ctor(script, { type: 'module' });
                w.onmessage = (e) => {
                  w.terminate();
                  resolve(e.data);
                };
                w.postMessage(runId);
              }),
            [SCRIPT, id] as const,
          );
          if (!isMeasurement(got))
            throw new Error(`browser run ${id}: ${JSON.stringify(got).slice(0, 300)}`);
          measurements.push(got);
          onEach?.(got);
        }
      }
      return { version: browser.version(), measurements };
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
