/**
 * The sweep bench: a 20-point sweep of 100,000-request runs on the article profile (write load
 * 0 → 20,000 puts/s, linearizable, the article's 1,000 clients), run by the built app in headless
 * Chromium through its own sweep form — once on one worker, once on the pool (one worker per core
 * the browser reports, at most 8). Measured by the app itself (the sweep's elapsed wall time, from
 * the click to the last point), after an untimed warm-up sweep that starts the workers. Needs
 * `npm run build` first; asserts nothing about time.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { serveDist } from '../../tests/e2e/server.ts';

export const SWEEP_BENCH = {
  param: 'writeQps',
  from: 0,
  to: 20_000,
  points: 20,
  total: 100_000,
} as const;

export interface SweepBenchRow {
  workers: number;
  wallMs: number;
}

/**
 * Waits for an element's data-phase, polling from Node (the page's CSP refuses evaluated strings,
 * and this file is type-checked without the DOM). The wall time is the app's own measurement,
 * so the polling interval does not enter it.
 */
async function phase(page: Page, testid: string, want: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await page.getByTestId(testid).getAttribute('data-phase')) !== want) {
    if (Date.now() > until) throw new Error(`${testid} did not reach ${want} in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sweep(page: Page, workers: number, points: number): Promise<SweepBenchRow> {
  await page.getByTestId('sweep-param').selectOption(SWEEP_BENCH.param);
  await page.getByTestId('sweep-from').fill(String(SWEEP_BENCH.from));
  await page.getByTestId('sweep-to').fill(String(SWEEP_BENCH.to));
  await page.getByTestId('sweep-points').fill(String(points));
  await page.getByTestId('sweep-spacing').selectOption('linear');
  await page.getByTestId('sweep-series').selectOption('one');
  await page.getByTestId('sweep-workers').fill(String(workers));
  await page.getByTestId('sweep-workers').press('Tab');
  // In view, as a learner watching it: the chain above is off-screen and pauses its animation.
  await page.getByTestId('sweep').scrollIntoViewIfNeeded();
  await page.getByTestId('sweep-run').click();
  await phase(page, 'sweep-status', 'done', 15 * 60_000);
  const status = page.getByTestId('sweep-status');
  return {
    workers: Number(await status.getAttribute('data-workers')),
    wallMs: Number(await status.getAttribute('data-elapsed-ms')),
  };
}

/** One worker, then the pool; null when there is no build to serve. */
export async function benchSweepInBrowser(
  dist = resolve('dist'),
): Promise<{ cores: number; rows: SweepBenchRow[] } | null> {
  if (!existsSync(resolve(dist, 'index.html'))) return null;
  const { server, url } = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}?lang=en&total=${SWEEP_BENCH.total}`);
    await phase(page, 'run-status', 'done', 120_000);
    const cores = await page.evaluate(
      () =>
        (globalThis as unknown as { navigator: { hardwareConcurrency: number } }).navigator
          .hardwareConcurrency,
    );
    const pool = Math.max(1, Math.min(8, cores));
    const rows: SweepBenchRow[] = [];
    for (const workers of [1, pool]) {
      await sweep(page, workers, 2); // warm-up: the workers start and compile the model
      rows.push(await sweep(page, workers, SWEEP_BENCH.points));
    }
    return { cores, rows };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The result as text: wall time per pool size and the pool's speed-up over one worker. */
export function formatSweepBench(r: { cores: number; rows: SweepBenchRow[] }): string {
  const one = r.rows.find((x) => x.workers === 1);
  const lines = [
    `sweep in headless Chromium: ${SWEEP_BENCH.points} points of ${SWEEP_BENCH.total.toLocaleString('en-US')} requests ` +
      `(${SWEEP_BENCH.param} ${SWEEP_BENCH.from} → ${SWEEP_BENCH.to}, article profile); the browser reports ${r.cores} cores`,
  ];
  for (const row of r.rows) {
    const speedUp =
      one && row.workers !== 1 ? `  (${(one.wallMs / row.wallMs).toFixed(2)}× one worker)` : '';
    lines.push(
      `  ${String(row.workers).padStart(2)} worker(s): ${(row.wallMs / 1000).toFixed(2)} s${speedUp}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
