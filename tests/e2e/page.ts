/**
 * One shared harness per test file: the built site served from a sub-folder, a Chromium, and a
 * page that records console errors and every request that leaves the page's own origin.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveDist } from './server.ts';

export interface Harness {
  url: string;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const { server, url } = await serveDist(resolve('dist'));
  const browser = await launchChromium();
  return { url, browser, close: () => closeAll(browser, server) };
}

async function closeAll(browser: Browser, server: Server): Promise<void> {
  await browser.close();
  await new Promise<void>((r) => server.close(() => r()));
}

/**
 * The harness of a test file: call it once at the top of the file. It starts the harness before
 * the file's tests (and makes test-results/ for their screenshots), closes every page after each
 * test and the harness after the last. The object it returns reads the started harness, so it can
 * be handed to openPage like the harness itself.
 */
export function useHarness(): Harness {
  let started: Harness | undefined;
  const get = (): Harness => {
    if (started === undefined) throw new Error('the harness is read before its beforeAll ran');
    return started;
  };
  beforeAll(async () => {
    started = await startHarness();
    mkdirSync('test-results', { recursive: true });
  });
  afterEach(() => (started ? closePages(started) : undefined));
  afterAll(() => started?.close());
  return {
    get url() {
      return get().url;
    },
    get browser() {
      return get().browser;
    },
    close: () => get().close(),
  };
}

/**
 * Closes every page the harness opened. Call it after each test: pages left open keep animating
 * and simulating, and on two cores that starves the next test.
 */
export async function closePages(h: Harness): Promise<void> {
  for (const context of h.browser.contexts()) await context.close();
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function openPage(
  h: Harness,
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<Watched> {
  const page = await h.browser.newPage({ viewport });
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(h.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      foreignRequests.push(u);
  });
  await page.goto(h.url + query);
  return { page, consoleErrors, foreignRequests };
}
