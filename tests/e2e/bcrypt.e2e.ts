/**
 * The bcrypt lab through a real Chromium: real bcryptjs in the worker pool, the login storm in
 * both modes at cost 4, the cost lab feeding the model, stopping, and the password never reaching
 * the address or storage. No assertion on speed: the numbers depend on the machine and its load.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

/** Real hashing on a busy two-core machine: generous, and never a claim about speed. */
const LAB_TIMEOUT = 150_000;
const PASSWORD = 'Tr0ub4dor&3-e2e-sesame';

async function openLab(page: Page): Promise<void> {
  await page.getByTestId('bcrypt-lab').locator('summary').click();
  await page.locator('#bcrypt-password').fill(PASSWORD);
}

/** A table cell's number as people read it ("1,234.5" → 1234.5; "—" → NaN). */
async function numberIn(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number(text.replace(/[,\s]/g, ''));
}

/** Everything the page could have kept: the address, both storages, in any encoding. */
async function kept(page: Page): Promise<string> {
  const storage = await page.evaluate(() => {
    const dump = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => {
        const k = s.key(i) ?? '';
        return `${k}=${s.getItem(k) ?? ''}`;
      }).join('\n');
    return `${dump(localStorage)}\n${dump(sessionStorage)}`;
  });
  const url = page.url();
  return [url, decodeURIComponent(url), storage].join('\n');
}

describe('the bcrypt lab (real bcrypt on this device)', () => {
  test(
    'a storm at cost 4 reports logins/s, p50 and p99 behind one lock and over the pool; the password is kept nowhere',
    async () => {
      const w = await openPage(h, '?lang=en&bcryptCost=4');
      const { page } = w;
      await openLab(page);
      expect(await page.locator('#bcrypt-password').getAttribute('type')).toBe('password');
      await page.locator('#storm-clients').fill('24');
      expect(await page.getByTestId('login-storm').textContent()).toContain(
        '24 clients log in at the same moment against one real bcrypt hash at cost 4',
      );
      await page.getByRole('button', { name: 'Run the storm' }).click();
      await page.getByTestId('storm-speedup').waitFor({ timeout: LAB_TIMEOUT });
      for (const mode of ['serialised', 'pool']) {
        const row = page.getByTestId(`storm-${mode}`);
        expect((await page.getByTestId(`storm-${mode}-done`).textContent())?.trim()).toBe(
          '24 of 24 logged in',
        );
        const rate = await numberIn(page, `storm-${mode}-rate`);
        expect(rate, `${mode} logins/s`).toBeGreaterThan(0);
        expect(Number.isFinite(rate)).toBe(true);
        const [p50, p99] = (await row.locator('td').allTextContents()).slice(1);
        expect(p50).toMatch(/^[\d.,]+ (µs|ms|s)$/);
        expect(p99).toMatch(/^[\d.,]+ (µs|ms|s)$/);
      }
      expect(await page.getByTestId('storm-speedup').textContent()).toMatch(
        /Spread over \d workers?, the storm logged in [\d.]+× as many clients per second/,
      );
      await page
        .getByTestId('bcrypt-card')
        .screenshot({ path: 'test-results/bcrypt-storm-desktop-en.png' });
      expect(await kept(page)).not.toContain(PASSWORD);
      expect(await kept(page)).not.toContain(encodeURIComponent(PASSWORD));
      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    },
    LAB_TIMEOUT + 30_000,
  );

  test('the card’s bcrypt cost and the parameter are one value, in the address too', async () => {
    const w = await openPage(h, '?lang=en');
    const { page } = w;
    await page.locator('#bcrypt-cost').fill('6');
    await expect.poll(() => page.locator('#param-bcryptCost').inputValue()).toBe('6');
    await expect.poll(() => new URL(page.url()).searchParams.get('bcryptCost')).toBe('6');
    await page.locator('#param-bcryptCost').fill('12');
    await page.locator('#param-bcryptCost').press('Enter');
    await expect.poll(() => page.locator('#bcrypt-cost').inputValue()).toBe('12');
    await expect.poll(() => page.getByTestId('bcrypt-result').textContent()).toContain('200 ms');
    expect(w.consoleErrors).toEqual([]);
  });

  test(
    'the cost lab measures this device and its time feeds the simulation; Go’s time comes back on request',
    async () => {
      const w = await openPage(h, '?lang=zh', { width: 375, height: 800 });
      const { page } = w;
      await openLab(page);
      await page.getByRole('button', { name: '测量成本 4–12' }).click();
      await page.getByTestId('use-device').waitFor({ timeout: LAB_TIMEOUT });
      await page.waitForFunction(
        () => !document.querySelector('[data-testid="cost-lab"] progress'),
        null,
        { timeout: LAB_TIMEOUT },
      );
      const rows = await page.getByTestId('cost-table').locator('tbody tr').allTextContents();
      expect(rows).toHaveLength(9);
      expect(await page.getByTestId('cost-ratio').textContent()).toContain('成本 10 时');
      await page.getByTestId('use-device').click();
      await expect
        .poll(() => new URL(page.url()).searchParams.get('bcrypt10Ms'))
        .toMatch(/^\d+(\.\d+)?$/);
      const ms10 = new URL(page.url()).searchParams.get('bcrypt10Ms');
      expect(await page.locator('#param-bcrypt10Ms').inputValue()).toBe(ms10);
      await expect
        .poll(() => page.getByTestId('bcrypt-source').textContent())
        .toContain(`${ms10} 毫秒`);
      await page.screenshot({ path: 'test-results/bcrypt-cost-phone-zh.png', fullPage: true });
      await page.getByRole('button', { name: '恢复为 Go 的耗时' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('bcrypt10Ms')).toBeNull();
      expect(await kept(page)).not.toContain(PASSWORD);
      expect(w.consoleErrors).toEqual([]);
    },
    LAB_TIMEOUT + 30_000,
  );

  test('hiding the tab stops a storm, stop ends a measurement, and closing the lab clears the password', async () => {
    const w = await openPage(h, '?lang=en&bcryptCost=12');
    const { page } = w;
    await openLab(page);
    await page.locator('#storm-clients').fill('500');
    await page.getByRole('button', { name: 'Run the storm' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect
      .poll(() => page.getByTestId('bcrypt-status').textContent())
      .toContain('Stopped because the tab was hidden');
    expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(0);
    expect(await page.getByTestId('storm-speedup').count()).toBe(0);
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    });

    await page.getByRole('button', { name: /Measure costs/ }).click();
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect
      .poll(() => page.getByTestId('bcrypt-status').textContent())
      .toContain('Stopped; the numbers so far stay below.');
    expect(await page.getByRole('button', { name: /Measure costs/ }).isEnabled()).toBe(true);

    await page.getByTestId('bcrypt-lab').locator('summary').click();
    await page.getByTestId('bcrypt-lab').locator('summary').click();
    expect(await page.locator('#bcrypt-password').inputValue()).toBe('');
    expect(await kept(page)).not.toContain(PASSWORD);
    expect(w.consoleErrors).toEqual([]);
  });
});
