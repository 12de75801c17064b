/**
 * The share dialog and the real-cluster commands through a real Chromium: the snippet parses as
 * HTML with the right src, the preview shows exactly it, copying works; screenshots of the dialog
 * on a desktop and a phone, in both languages.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { useHarness } from './page.ts';

const h = useHarness();

/** `bypassCSP` only for an axe audit: the lab's Content-Security-Policy refuses its inline script. */
async function open(
  query: string,
  width: number,
  height = 900,
  bypassCSP = false,
): Promise<{ page: Page; errors: string[] }> {
  const context = await h.browser.newContext({
    viewport: { width, height },
    permissions: ['clipboard-read', 'clipboard-write'],
    bypassCSP,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(h.url + query);
  await page.getByTestId('qps').waitFor({ timeout: 120_000 });
  return { page, errors };
}

/** The snippet as the browser's HTML parser reads it: the one iframe's attributes. */
function parseSnippet(page: Page, html: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    const f = frames[0];
    return {
      count: frames.length,
      bodyChildren: doc.body.children.length,
      src: f?.getAttribute('src') ?? null,
      title: f?.getAttribute('title') ?? null,
      width: f?.getAttribute('width') ?? null,
      height: f?.getAttribute('height') ?? null,
    };
  }, html);
}

describe('the share dialog', () => {
  test('the snippet parses as one iframe whose src embeds this experiment; preview and clipboard agree', async () => {
    const { page, errors } = await open(
      '?lang=en&clients=250&readMode=serializable',
      1280,
      900,
      true,
    );
    await page.getByTestId('share-open').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.waitFor();

    const link = new URL(await page.getByTestId('share-link').inputValue());
    expect(link.searchParams.get('clients')).toBe('250');
    expect(link.searchParams.get('readMode')).toBe('serializable');
    expect(link.searchParams.has('embed')).toBe(false);

    await page.getByTestId('share-figure').selectOption('results');
    await page.getByTestId('share-width').fill('480');
    await page.getByTestId('share-height').fill('320');
    await page.getByTestId('share-lang').selectOption('zh');
    await page.getByTestId('share-free').selectOption('readMode');
    await page.getByTestId('share-title').fill('Reads "lesson 3" <etcd> & more');
    const snippet = await page.getByTestId('share-snippet').inputValue();
    const parsed = await parseSnippet(page, snippet);
    expect(parsed).toMatchObject({
      count: 1,
      bodyChildren: 1,
      title: 'Reads "lesson 3" <etcd> & more',
      width: '480',
      height: '320',
    });
    const src = new URL(String(parsed.src));
    expect(src.origin + src.pathname).toBe(new URL(h.url).origin + new URL(h.url).pathname);
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      clients: '250',
      readMode: 'serializable',
      lang: 'zh',
      embed: 'results',
    });
    // `all,-readMode`: every control fixed but the one chosen.
    expect(src.searchParams.get('lock')).toBe('all,-readMode');

    // The preview is exactly what the snippet will show.
    const preview = page.getByTestId('share-preview');
    expect(await preview.getAttribute('src')).toBe(parsed.src);
    const frame = await (await preview.elementHandle())?.contentFrame();
    await frame?.getByTestId('embed-results').waitFor({ timeout: 120_000 });
    expect(await frame?.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.getByTestId('share-copy-snippet').click();
    await expect
      .poll(() => page.getByTestId('share-copy-snippet').getAttribute('data-state'))
      .toBe('copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test.each([
    ['desktop', 'en', 1280, 900],
    ['desktop', 'zh', 1280, 900],
    ['phone', 'en', 375, 812],
    ['phone', 'zh', 375, 812],
  ] as const)('screenshot: %s, %s', async (device, lang, width, height) => {
    const { page, errors } = await open(`?lang=${lang}`, width, height);
    await page.getByTestId('share-open').click();
    await page.getByTestId('share-preview').waitFor();
    const frame = await (await page.getByTestId('share-preview').elementHandle())?.contentFrame();
    await frame?.getByTestId('embed-chain-figure').waitFor({ timeout: 120_000 });
    await page.screenshot({ path: `test-results/share-${device}-${lang}.png` });
    // The dialog closes with its button and with Escape, and gives the page back.
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('share-dialog').isVisible()).toBe(false);
    await page.getByTestId('share-open').click();
    await page
      .getByTestId('share-dialog')
      .getByRole('button', { name: lang === 'en' ? 'Close' : '关闭' })
      .click();
    expect(await page.getByTestId('share-dialog').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });
});

describe('back to a real cluster', () => {
  test('the benchmark line of the article run, copied as shown', async () => {
    const { page, errors } = await open('?lang=en&readMode=serializable&total=500000', 1280);
    const bench = page.getByTestId('real-bench');
    expect(await bench.textContent()).toBe(
      'benchmark --endpoints=http://etcd-0:2379,http://etcd-1:2379,http://etcd-2:2379 ' +
        '--conns=100 --clients=1000 range hello --consistency=s --total=500000',
    );
    await page.getByTestId('real-copy-bench').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await bench.textContent(),
    );
    expect(await page.getByTestId('real-model').textContent()).toMatch(
      /^npx readpath range hello /,
    );
    await page
      .getByTestId('real-cluster')
      .screenshot({ path: 'test-results/real-cluster-desktop-en.png' });
    expect(errors).toEqual([]);
  });

  test('auth, a learner and JWT show their setup, in Chinese', async () => {
    const { page, errors } = await open('?lang=zh&auth=jwt&learner=true&rbacRules=50', 375);
    const card = page.getByTestId('real-cluster');
    await card.locator('summary').click();
    const script = String(await page.getByTestId('real-script').textContent());
    expect(script).toContain('--auth-token jwt,pub-key=jwt.pub');
    expect(script).toContain('etcdctl member add etcd-3 --learner');
    expect(script).toContain('etcdctl auth enable');
    expect(script).toContain('# 开启认证');
    expect(await page.getByTestId('real-bench').textContent()).toContain('--user=bench:benchpw');
    await card.screenshot({ path: 'test-results/real-cluster-phone-zh.png' });
    expect(errors).toEqual([]);
  });
});
