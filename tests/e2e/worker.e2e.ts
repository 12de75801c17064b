/**
 * A dead simulation worker costs the learner one notice and a rerun, never a frozen page: an
 * uncaught error is injected into the worker in the middle of a long run.
 */
import { describe, expect, test } from 'vitest';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

describe('worker supervision', () => {
  test('a worker that crashes mid-run is replaced, the page says so, and the experiment finishes', async () => {
    // 2,000,000 requests: long enough that the crash lands while the full run is under way.
    const w = await openPage(h, '?total=2000000&seed=5');
    const { page } = w;
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') ===
        'refining',
      undefined,
      { timeout: 60_000 },
    );
    const [worker] = page.workers();
    expect(worker).toBeDefined();
    // An uncaught error on the worker's own event loop: the page sees an `error` event.
    await worker.evaluate(() => {
      setTimeout(() => {
        throw new Error('injected fault');
      }, 0);
    });
    await expect
      .poll(() => page.getByTestId('worker-lost').textContent(), { timeout: 30_000 })
      .toContain('crashed');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done',
      undefined,
      { timeout: 180_000 },
    );
    const status = await page.getByTestId('run-status').textContent();
    expect(status).toContain('2,000,000 requests');
    expect(await page.getByTestId('worker-lost').isVisible()).toBe(true);
    // The injected error is the only console error: nothing else broke.
    expect(w.consoleErrors.filter((e) => !e.includes('injected fault'))).toEqual([]);
  });

  test('a giant experiment from a link is refused at once with what to change, and the next change runs', async () => {
    const giant =
      '?clients=10000&conns=1000&total=5000000&valueBytes=1572864&totalKeys=10000000' +
      '&keysPerRange=1000000&writeQps=50000&writeValueBytes=1572864&members=7';
    const w = await openPage(h, giant);
    const { page } = w;
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') ===
        'failed',
      undefined,
      { timeout: 30_000 },
    );
    const text = (await page.getByTestId('run-status').textContent()) ?? '';
    expect(text).toMatch(/^Not run: this experiment is too large/);
    expect(text).toContain('background puts');
    // The page is alive: a smaller total runs to the end.
    await page.locator('#param-total').fill('2000');
    await page.locator('#param-total').press('Enter');
    await page.locator('#param-writeQps').fill('0');
    await page.locator('#param-writeQps').press('Enter');
    await page.locator('#param-keysPerRange').fill('1');
    await page.locator('#param-keysPerRange').press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done',
      undefined,
      { timeout: 120_000 },
    );
    expect(w.consoleErrors).toEqual([]);
  });
});
