/**
 * The one offline HTML file (`npm run build:single`), opened from file:// as a student would open
 * it from a USB stick or an LMS download: the lab runs experiments with its inlined worker, and
 * asks nothing of any network. The same file embeds a figure too.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { useHarness } from './page.ts';

const FILE = resolve('dist-single/etcd-read-path-lab.html');

beforeAll(() => {
  if (!existsSync(FILE))
    throw new Error(`${FILE} is missing: run \`npm run build:single\` before the browser tests`);
});
// The harness's Chromium; its server is not used: the file is opened from file://.
const h = useHarness();

interface Opened {
  page: Page;
  errors: string[];
  /** Every request that is not the file itself or an inlined data:/blob: resource. */
  network: string[];
}

async function openFile(query: string): Promise<Opened> {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const network: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) network.push(r.url());
  });
  await page.goto(pathToFileURL(FILE).href + query);
  return { page, errors, network };
}

describe('the single offline HTML file', () => {
  test('is one file: no script, style, worker or image is loaded from beside it', () => {
    const html = readFileSync(FILE, 'utf8');
    expect(html).not.toMatch(/<script[^>]+\ssrc=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/\.\/favicon\.svg|sim\.worker-[\w-]+\.js/);
    expect(statSync(FILE).size).toBeGreaterThan(100_000);
  });

  test('keeps the Content-Security-Policy, with the inlined script allowed by its hash only', () => {
    const html = readFileSync(FILE, 'utf8');
    const scriptSrc = /script-src ([^;"]*)/.exec(html)?.[1] ?? '';
    expect(scriptSrc).toMatch(/^'self' 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(html).toMatch(/worker-src 'self' blob:/);
  });

  test('opened from file:// runs an experiment, and a change runs another', async () => {
    const { page, errors, network } = await openFile('?lang=en');
    const status = page.getByTestId('run-status');
    await expect.poll(() => status.getAttribute('data-phase'), { timeout: 120_000 }).toBe('done');
    const linearizable = Number(await page.getByTestId('qps').getAttribute('data-value'));
    expect(linearizable).toBeGreaterThan(0);
    await page.locator('#param-readMode').selectOption('serializable');
    // Until the full answer to the new experiment is on screen: the run done, the results not
    // the quick estimate, and every card showing it (data-key; the cards are built a task apart).
    const results = page.getByTestId('results');
    await expect
      .poll(
        async () =>
          (await status.getAttribute('data-phase')) === 'done' &&
          (await results.getAttribute('data-estimated')) === 'false'
            ? await results.getAttribute('data-key')
            : null,
        { timeout: 120_000 },
      )
      .toContain('readMode=serializable');
    expect(Number(await page.getByTestId('qps').getAttribute('data-value'))).toBeGreaterThan(
      linearizable,
    );
    await page.screenshot({ path: 'test-results/single-file-desktop-en.png' });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
  });

  test('embeds a figure from file:// too', async () => {
    const { page, errors, network } = await openFile('?embed=results&lang=zh');
    await page.getByTestId('embed-results').waitFor({ timeout: 120_000 });
    expect(Number(await page.getByTestId('qps').getAttribute('data-value'))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
  });
});
