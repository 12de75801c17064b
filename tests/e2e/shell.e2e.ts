import { describe, expect, test } from 'vitest';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

describe('the app shell', () => {
  test('renders in English with no console errors and no request to another host', async () => {
    const w = await openPage(h, '?lang=en');
    await expect.poll(() => w.page.locator('h1').textContent()).toBe('etcd Read-Path Lab');
    await expect.poll(() => w.page.getByTestId('bcrypt-result').textContent()).toContain('50 ms');
    await w.page.screenshot({ path: 'test-results/shell-desktop-en.png', fullPage: true });
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  test('renders in 简体中文 and the language switch changes every label', async () => {
    const w = await openPage(h, '?lang=zh', { width: 390, height: 844 });
    await expect.poll(() => w.page.locator('h1').textContent()).toBe('etcd 读路径实验室');
    await expect.poll(() => w.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await w.page.screenshot({ path: 'test-results/shell-phone-zh.png', fullPage: true });
    const labels = async () => ({
      theme: await w.page.getByRole('radiogroup').getAttribute('aria-label'),
      radios: await w.page.getByRole('radio').allTextContents(),
      drawer: await w.page.locator('button[aria-controls="controls"]').textContent(),
      clients: await w.page.locator('label[for="param-clients"]').textContent(),
    });
    expect(await labels()).toEqual({
      theme: '主题',
      radios: ['跟随系统', '浅色', '深色'],
      drawer: expect.stringContaining('显示参数'),
      clients: expect.stringContaining('客户端数'),
    });
    await w.page.getByLabel('语言').selectOption('en');
    await expect.poll(() => w.page.locator('h1').textContent()).toBe('etcd Read-Path Lab');
    expect(await labels()).toEqual({
      theme: 'Theme',
      radios: ['System', 'Light', 'Dark'],
      drawer: expect.stringContaining('Show the parameters'),
      clients: expect.stringContaining('Clients'),
    });
    expect(new URL(w.page.url()).searchParams.get('lang')).toBe('en');
    expect(w.consoleErrors).toEqual([]);
  });

  test('a control value goes to the worker and its answer comes back on screen', async () => {
    const w = await openPage(h, '?lang=en');
    const result = w.page.getByTestId('bcrypt-result');
    await expect.poll(() => result.textContent()).toContain('50 ms');
    // cost 12 = 4 × the work of cost 10: 200 ms per compare, 5 per second per core.
    await w.page.locator('#bcrypt-cost').fill('12');
    await expect.poll(() => result.textContent()).toContain('200 ms');
    expect(await result.textContent()).toContain('5 passwords per second');
    await w.page.screenshot({ path: 'test-results/shell-phone-en.png' });
    expect(w.consoleErrors).toEqual([]);
  });

  test('the theme toggle switches to dark and back to following the system', async () => {
    const w = await openPage(h, '?lang=en');
    await w.page.getByRole('radio', { name: 'Dark' }).click();
    expect(await w.page.locator('html').getAttribute('data-theme')).toBe('dark');
    const bg = await w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(19, 19, 22)');
    await w.page.screenshot({ path: 'test-results/shell-desktop-dark.png' });
    await w.page.getByRole('radio', { name: 'System' }).click();
    expect(await w.page.locator('html').getAttribute('data-theme')).toBeNull();
  });
});
