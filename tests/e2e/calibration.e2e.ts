/**
 * The calibration view through a real Chromium: it runs the whole three-source table on its own
 * worker and shows every row, FAIL rows with their numbers, in English and Chinese; stopping it
 * leaves the lab usable.
 */
import { describe, expect, test } from 'vitest';
import { CALIBRATION_ROWS } from '../../workers/contract/calibrationRows.ts';
import { useHarness } from './page.ts';

const h = useHarness();

describe('the calibration view', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`runs every row of the table and shows pass and FAIL with numbers (${lang})`, async () => {
      const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${h.url}?lang=${lang}`);
      await page.getByTestId('calibration-open').click();
      await page.getByTestId('calibration-run').click();
      await page.getByTestId('calibration-tally').waitFor({ timeout: 240_000 });
      const rows = page.locator('[data-testid="calibration-dialog"] tbody tr[data-row]');
      expect(await rows.count()).toBe(CALIBRATION_ROWS.length);
      const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));
      expect(ids).toEqual(CALIBRATION_ROWS.map((r) => r.id));
      // Every row has a measured and a model number and a verdict.
      const cells = await rows.evaluateAll((els) =>
        els.map((e) => [...e.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
      );
      for (const [measured, model, error, , result] of cells) {
        expect(measured).toMatch(/\d/);
        expect(model).toMatch(/\d/);
        expect(error).toMatch(/^([+−]\d|0\.0 %$)/);
        expect(['pass', 'FAIL', '通过']).toContain(result);
      }
      const failing = cells.filter((c) => c[4] === 'FAIL').length;
      const tally = await page.getByTestId('calibration-tally').textContent();
      expect(tally).toContain(String(CALIBRATION_ROWS.length));
      expect(tally).toContain(String(CALIBRATION_ROWS.length - failing));
      expect(errors).toEqual([]);
    }, 300_000);
  }

  test('on a phone in Chinese every row shows its verdict and numbers without scrolling sideways, and why a missed row misses', async () => {
    const page = await h.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${h.url}?lang=zh`);
    await page.getByTestId('calibration-open').click();
    await page.getByTestId('calibration-run').click();
    await page.getByTestId('calibration-tally').waitFor({ timeout: 240_000 });
    // Every cell of every row lies inside the dialog's width: nothing to scroll sideways to.
    const outside = await page.locator('[data-testid="calibration-dialog"]').evaluate((dialog) => {
      const right = dialog.getBoundingClientRect().right;
      return [...dialog.querySelectorAll('tbody th, tbody td')]
        .filter((c) => c.getBoundingClientRect().right > right + 0.5)
        .map((c) => c.textContent);
    });
    expect(outside).toEqual([]);
    const verdicts = await page.getByTestId('calibration-result').allTextContents();
    expect(verdicts).toHaveLength(CALIBRATION_ROWS.length);
    // Each missed row says why, in Chinese, one tap away.
    const why = page.getByTestId('calibration-why');
    expect(await why.count()).toBe(verdicts.filter((v) => v === 'FAIL').length);
    await why.first().locator('summary').click();
    const reason = why.first().locator('p');
    expect(await reason.isVisible()).toBe(true);
    expect(await reason.textContent()).toMatch(/[\u4e00-\u9fff]{10}/);
    await page.screenshot({ path: 'test-results/calibration-phone-zh.png' });
  }, 300_000);

  test('stop ends a run at once and the dialog closes', async () => {
    const page = await h.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${h.url}?lang=en`);
    await page.getByTestId('calibration-open').click();
    await page.getByTestId('calibration-run').click();
    await page.getByTestId('calibration-progress').waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByTestId('calibration-run').waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByTestId('calibration-dialog').isVisible()).toBe(false);
  }, 60_000);
});
