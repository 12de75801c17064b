/**
 * Main-thread cost of the playing chain, in the built app in headless Chromium: the Chrome
 * DevTools Protocol's Performance.getMetrics (TaskDuration, ScriptDuration, LayoutDuration,
 * RecalcStyleDuration, cumulative seconds of the page's main thread; ThreadTime, its CPU) sampled at the start and end
 * of `seconds` of playback, as ms per second of wall time. Also counts long tasks (> 50 ms) over
 * the page's load and the measurement (PerformanceObserver with buffered entries). Part of
 * `npm run bench` (needs dist/); `npx tsx scripts/bench/mainThread.ts` prints it alone.
 * A measurement, not a test: it asserts nothing about time.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/chromium.ts';
import { serveDist } from '../../tests/e2e/server.ts';

export interface MainThreadCost {
  seconds: number;
  /** ms of main-thread task time per wall second while the chain played. */
  taskMsPerSec: number;
  /** ms of the main thread's CPU time per wall second (ThreadTime): on a loaded machine a task's
   *  wall time includes waiting for a core, its thread time does not. */
  threadMsPerSec: number;
  scriptMsPerSec: number;
  layoutMsPerSec: number;
  styleMsPerSec: number;
  /** Long tasks (> 50 ms) seen from the page's start to the end of the measurement. */
  longTasks: number[];
  viewport: { width: number; height: number };
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Waits for an attribute value, polling from Node (the page's CSP refuses evaluated strings). */
async function attr(page: Page, testid: string, name: string, want: string): Promise<void> {
  const until = Date.now() + 120_000;
  while ((await page.getByTestId(testid).getAttribute(name)) !== want) {
    if (Date.now() > until) throw new Error(`${testid} ${name} never became ${want}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function measureMainThread(
  dist = resolve('dist'),
  seconds = 5,
  viewport = { width: 1280, height: 900 },
): Promise<MainThreadCost | null> {
  if (!existsSync(resolve(dist, 'index.html'))) return null;
  const { server, url } = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport });
    // Long tasks from the first script on: registered before the app's own code runs.
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
        // This runs in the page; the file is typed with Node's PerformanceObserver, which knows
        // no 'longtask' entries.
      }).observe({ type: 'longtask', buffered: true } as unknown as { type: 'mark' });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}?lang=en`);
    await attr(page, 'run-status', 'data-phase', 'done');
    await page.getByTestId('chain').scrollIntoViewIfNeeded();
    await attr(page, 'chain-play', 'data-playing', 'true');
    await new Promise((r) => setTimeout(r, 1000)); // past the first frames and the idle loads
    const a = await metrics(cdp);
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const b = await metrics(cdp);
    const wall = (Date.now() - t0) / 1000;
    const per = (k: string): number => ((b[k] - a[k]) * 1000) / wall;
    const longTasks = await page.evaluate(
      () => (globalThis as unknown as { __longTasks: number[] }).__longTasks,
    );
    return {
      seconds: wall,
      taskMsPerSec: per('TaskDuration'),
      threadMsPerSec: per('ThreadTime'),
      scriptMsPerSec: per('ScriptDuration'),
      layoutMsPerSec: per('LayoutDuration'),
      styleMsPerSec: per('RecalcStyleDuration'),
      longTasks,
      viewport,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

export function formatMainThread(c: MainThreadCost): string {
  const f = (x: number): string => x.toFixed(0);
  return (
    `playing chain in headless Chromium (${c.viewport.width}×${c.viewport.height}), ` +
    `${c.seconds.toFixed(1)} s: main thread ${f(c.taskMsPerSec)} ms/s in tasks, ` +
    `${f(c.threadMsPerSec)} ms/s of its CPU ` +
    `(script ${f(c.scriptMsPerSec)}, layout ${f(c.layoutMsPerSec)}, style ${f(c.styleMsPerSec)}); ` +
    `long tasks > 50 ms since load: ${c.longTasks.filter((d) => d > 50).length}` +
    (c.longTasks.length > 0 ? ` (${c.longTasks.map((d) => d.toFixed(0)).join(', ')} ms)` : '') +
    '\n'
  );
}

if (process.argv[1]?.endsWith('mainThread.ts')) {
  const r = await measureMainThread();
  process.stdout.write(r === null ? 'no dist/: run `npm run build` first\n' : formatMainThread(r));
}
