/**
 * "Your cluster" through a real Chromium: the stock tool's real output is read, shown beside the
 * model, the machines are fitted on the study worker and put into the lab (the link then carries
 * them); text it cannot read is refused naming the line, in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useHarness } from './page.ts';

const REAL = readFileSync(
  new URL('../unit/report/fixtures/loopback-3.4.23-l-10c.txt', import.meta.url),
  'utf8',
);

const h = useHarness();

describe('your cluster: compare and fit', () => {
  test('reads a real run, fits the machines to it and puts them into the lab', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${h.url}?lang=en&profile=loopback-2vcpu`);
    await page.getByTestId('qps').waitFor({ timeout: 120_000 });
    await page.getByTestId('fit-input').fill(REAL);
    await page.getByTestId('fit-read').click();
    await page.getByTestId('fit-fit').waitFor({ timeout: 60_000 });
    const qpsRow = page.locator('[data-testid="fit-run"] tr[data-figure="qps"] td');
    expect(await qpsRow.nth(0).textContent()).toBe('4,940');
    expect(await qpsRow.nth(1).textContent()).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(await page.locator('[data-testid="fit-run"] svg[role="img"]').count()).toBe(1);

    await page.getByTestId('fit-fit').click();
    await page.getByTestId('fit-use').waitFor({ timeout: 240_000 });
    expect(await qpsRow.count()).toBe(3); // real, model, fitted model
    const machines = await page.getByTestId('fit-machines').textContent();
    expect(machines).toContain('→');
    await page.getByTestId('fit-use').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('cpuSpeed'), null, {
      timeout: 10_000,
    });
    expect(errors).toEqual([]);
  }, 360_000);

  test('refuses what it cannot read, naming the line, in Chinese too', async () => {
    const page = await h.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${h.url}?lang=zh`);
    await page
      .getByTestId('fit-input')
      .fill(REAL.replace('Average:\t0.0020 secs.', 'Average:\tsoon'));
    await page.getByTestId('fit-read').click();
    const error = await page.getByTestId('fit-error').textContent();
    expect(error).toContain('第 9 行');
    expect(error).toContain('Average:');
  }, 60_000);
});
