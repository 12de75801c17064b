/**
 * Basic and advanced controls, and the answer in view on a phone: the six basic controls are
 * shown, every other one waits in a closed group under "More" unless its value differs from its
 * default (then its group is open and names it), opening a group leaves the address alone; at
 * 375 px, after a control or a preset changes, the headline's numbers are on screen without
 * scrolling, in English and Chinese. Screenshots of the controls at 1280 and 375 px.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { BASIC_PARAMS, moreParamsOf } from '../../src/lib/controlSets.ts';
import { PARAM_GROUPS } from '../../workers/contract/params.ts';
import { insideViewport } from './embedHost.ts';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

/** ms a run may take on a busy two-core machine. */
const RUN_TIMEOUT = 120_000;

/** Waits until the full answer to the experiment in the address is on screen. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-testid="run-status"]');
      const results = document.querySelector('[data-testid="results"]');
      if (status?.getAttribute('data-phase') !== 'done' || !results) return false;
      const query = new URLSearchParams(location.search);
      query.delete('lang');
      return results.getAttribute('data-key') === `?${query.toString()}`;
    },
    undefined,
    { timeout: RUN_TIMEOUT },
  );
}

const openGroups = (page: Page): Promise<string[]> =>
  page.$$eval('#controls details[data-group]', (els) =>
    els
      .filter((d) => (d as HTMLDetailsElement).open)
      .map((d) => d.getAttribute('data-group') ?? ''),
  );

describe('basic and advanced controls', () => {
  test('the six basic controls are in view; the rest wait, closed, under More', async () => {
    const w = await openPage(h, '?lang=en&total=5000');
    await settled(w.page);
    for (const name of BASIC_PARAMS)
      expect(await w.page.getByTestId('basic-controls').locator(`#param-${name}`).isVisible()).toBe(
        true,
      );
    expect(await openGroups(w.page)).toEqual(['client']);
    // total=5000 is the one value off its default: its group is open and names it.
    expect(
      await w.page.locator('[data-group="client"] [data-testid="group-changed"]').textContent(),
    ).toBe('changed: Total requests');
    for (const g of PARAM_GROUPS.filter((g) => g !== 'client'))
      for (const name of moreParamsOf(g))
        expect(await w.page.locator(`#param-${name}`).isVisible(), name).toBe(false);
    // Opening and closing a group is not part of the experiment: the address stays.
    const before = w.page.url();
    await w.page.locator('[data-group="machines"] summary').click();
    expect(await w.page.locator('#param-fsyncMs').isVisible()).toBe(true);
    await w.page.locator('[data-group="machines"] summary').click();
    expect(await w.page.locator('#param-fsyncMs').isVisible()).toBe(false);
    expect(w.page.url()).toBe(before);
    // The presets, now under the settings, are one link away from the panel's top.
    await w.page.locator('#controls').evaluate((c) => (c.scrollTop = 0));
    expect(await insideViewport(w.page.mainFrame(), '#presets summary')).toBe(false);
    await w.page.getByTestId('to-presets').click();
    await expect.poll(() => insideViewport(w.page.mainFrame(), '#presets summary')).toBe(true);
    expect(w.consoleErrors).toEqual([]);
  });

  test('a link with advanced values opens their groups and names them, in Chinese too', async () => {
    const w = await openPage(h, '?lang=zh&total=5000&fsyncMs=5&lb=round-robin');
    await settled(w.page);
    expect(await openGroups(w.page)).toEqual(['client', 'machines']);
    expect(await w.page.locator('#param-fsyncMs').isVisible()).toBe(true);
    expect(await w.page.locator('#param-fsyncMs').inputValue()).toBe('5');
    const named = await w.page.locator('[data-testid="group-changed"]').allTextContents();
    expect(named).toEqual(['已改动：负载均衡、请求总数', '已改动：磁盘 fsync']);
    // A preset that changes values in a closed group opens it: the etcd version is under Auth.
    expect(await openGroups(w.page)).not.toContain('auth');
    await w.page.locator('[data-preset="password-per-request"] button').click();
    await settled(w.page);
    expect(await openGroups(w.page)).toContain('auth');
    expect(
      await w.page.locator('[data-group="auth"] [data-testid="group-changed"]').textContent(),
    ).toContain('etcd');
    expect(await w.page.locator('#param-etcdVersion').isVisible()).toBe(true);
    await w.page.locator('#controls').evaluate((c) => (c.scrollTop = 0));
    await w.page.locator('#controls').screenshot({ path: 'test-results/controls-desktop-zh.png' });
    expect(w.consoleErrors).toEqual([]);
  });
});

describe('on a phone the answer stays in view', () => {
  for (const lang of ['en', 'zh'] as const)
    test(
      `at 375 px in ${lang}: after a control and after a preset, the headline is on screen`,
      async () => {
        const w = await openPage(h, `?lang=${lang}&total=20000`, { width: 375, height: 740 });
        const { page } = w;
        await settled(page);
        await page.locator('.drawer-toggle').click();
        await page.screenshot({ path: `test-results/controls-phone-${lang}.png` });
        const mode = page.locator('#param-readMode');
        await mode.scrollIntoViewIfNeeded();
        await mode.selectOption('serializable');
        await settled(page);
        // The full headline is below the open drawer; the bar shows its numbers where we are.
        expect(await insideViewport(page.mainFrame(), '[data-testid="qps"]')).toBe(false);
        expect(await insideViewport(page.mainFrame(), '[data-testid="sticky-answer"]')).toBe(true);
        const headline = await page.getByTestId('qps').getAttribute('data-value');
        await expect
          .poll(() => page.getByTestId('sticky-row').getAttribute('data-value'))
          .toBe(headline);
        expect(await page.getByTestId('sticky-qps').textContent()).toBe(
          await page.getByTestId('qps').textContent(),
        );
        expect(await mode.isVisible()).toBe(true);
        await page.screenshot({ path: `test-results/controls-phone-changed-${lang}.png` });
        // A preset, loaded from further down the drawer: its answer is on screen too.
        const load = page.locator('[data-preset="cross-region"] button');
        await load.scrollIntoViewIfNeeded();
        await load.click();
        await settled(page);
        expect(await insideViewport(page.mainFrame(), '[data-testid="sticky-answer"]')).toBe(true);
        await expect
          .poll(() => page.getByTestId('sticky-row').getAttribute('data-value'))
          .toBe(await page.getByTestId('qps').getAttribute('data-value'));
        await page.screenshot({ path: `test-results/controls-phone-preset-${lang}.png` });
        // Back up at the headline itself, the bar steps aside.
        await page.getByTestId('qps').scrollIntoViewIfNeeded();
        await expect.poll(() => page.getByTestId('sticky-answer').count()).toBe(0);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth > window.innerWidth + 1,
        );
        expect(overflow).toBe(false);
        expect(w.consoleErrors).toEqual([]);
      },
      4 * RUN_TIMEOUT,
    );

  test('at 1280 px the controls sit beside the results and the bar never shows', async () => {
    const w = await openPage(h, '?lang=en&total=20000');
    await settled(w.page);
    await w.page.locator('#param-readMode').selectOption('serializable');
    await settled(w.page);
    await w.page.mouse.wheel(0, 3000);
    await w.page.waitForTimeout(300);
    expect(await w.page.getByTestId('sticky-answer').count()).toBe(0);
    await w.page.evaluate(() => window.scrollTo(0, 0));
    await w.page.locator('#controls').screenshot({ path: 'test-results/controls-desktop-en.png' });
  });
});
