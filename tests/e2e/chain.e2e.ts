/**
 * The animated chain through a real Chromium against the built site, with the real model in its
 * worker: dots that move, pause, follow one request and its waterfall, reduced motion, screenshots.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useHarness } from './page.ts';
import { PRESETS } from '../../src/lib/presets.ts';

const h = useHarness();

const RUN_TIMEOUT = 120_000;

/** Waits for the full run (not the quick estimate) and brings the chain's figure on screen. */
async function chainReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done',
    null,
    { timeout: RUN_TIMEOUT },
  );
  await page.getByTestId('chain-dots').waitFor();
  await page.getByTestId('chain-dots').scrollIntoViewIfNeeded();
}

/**
 * The dots as an image (a screenshot of the canvas's box: the dots are drawn off the main thread
 * on a canvas handed to a worker, which the page can no longer read back), and how many dots the
 * latest frame drew (the canvas's data-drawn, reported by whichever renderer draws).
 */
async function frame(page: Page): Promise<{ image: string; painted: number }> {
  const dots = page.getByTestId('chain-dots');
  const image = (await dots.screenshot({ animations: 'allow' })).toString('base64');
  return { image, painted: Number(await dots.getAttribute('data-drawn')) };
}

async function twoFrames(page: Page, gapMs = 400) {
  const a = await frame(page);
  await page.waitForTimeout(gapMs);
  const b = await frame(page);
  return [a, b] as const;
}

describe('the animated chain', () => {
  test('the canvas draws request dots that move from one frame to the next', async () => {
    const w = await openPage(h, '?lang=en');
    await chainReady(w.page);
    await expect.poll(async () => (await frame(w.page)).painted).toBeGreaterThan(0);
    const [a, b] = await twoFrames(w.page);
    expect(b.painted).toBeGreaterThan(0);
    expect(b.image).not.toBe(a.image);
    await w.page.getByTestId('chain').screenshot({ path: 'test-results/chain-desktop-en.png' });
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  });

  test('pause stops the dots and the clock; a step moves them once', async () => {
    const w = await openPage(h, '?lang=en');
    await chainReady(w.page);
    const play = w.page.getByTestId('chain-play');
    await expect.poll(() => play.getAttribute('data-playing')).toBe('true');
    await play.click();
    expect(await play.getAttribute('data-playing')).toBe('false');
    const clock = await w.page.getByTestId('chain-clock').textContent();
    const [a, b] = await twoFrames(w.page);
    expect(b.image).toBe(a.image);
    expect(b.painted, 'the paused canvas still shows its dots').toBeGreaterThan(0);
    expect(await w.page.getByTestId('chain-clock').textContent()).toBe(clock);
    await w.page.getByTestId('chain-step').click();
    expect(await w.page.getByTestId('chain-clock').textContent()).not.toBe(clock);
    const [c, d] = await twoFrames(w.page);
    expect(c.image, 'the step moved the dots').not.toBe(b.image);
    expect(c.painted).toBeGreaterThan(0);
    expect(d.image, 'and only once').toBe(c.image);
    expect(w.consoleErrors).toEqual([]);
  });

  test('the dots stop while the tab is hidden or the chain is scrolled out of view', async () => {
    const w = await openPage(h, '?lang=en');
    await chainReady(w.page);
    const [a, b] = await twoFrames(w.page);
    expect(b.image).not.toBe(a.image);
    // A hidden tab, as the browser reports it.
    await w.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const [c, d] = await twoFrames(w.page);
    expect(d.image).toBe(c.image);
    await w.page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const [e, f] = await twoFrames(w.page);
    expect(f.image).not.toBe(e.image);
    // The figure scrolled out of view: the page is taller than the chain.
    await w.page.evaluate(() => {
      const figure = document.querySelector('[data-testid="chain-dots"]');
      const bottom = figure ? figure.getBoundingClientRect().bottom + window.scrollY : 0;
      document.body.style.minHeight = `${bottom + 3 * window.innerHeight}px`;
      window.scrollTo(0, bottom + window.innerHeight);
    });
    await w.page.waitForTimeout(200);
    // A screenshot would scroll the canvas back into view: read the time of its latest frame.
    const dots = w.page.getByTestId('chain-dots');
    const g = await dots.getAttribute('data-frame-ms');
    await w.page.waitForTimeout(600);
    expect(await dots.getAttribute('data-frame-ms'), 'no frame drawn off screen').toBe(g);
    expect(await w.page.getByTestId('chain-play').getAttribute('data-playing')).toBe('true');
    expect(w.consoleErrors).toEqual([]);
  });

  test('the keyboard plays, pauses and steps from inside the chain', async () => {
    const w = await openPage(h, '?lang=en');
    await chainReady(w.page);
    const play = w.page.getByTestId('chain-play');
    await play.focus();
    await w.page.keyboard.press('Enter');
    expect(await play.getAttribute('data-playing')).toBe('false');
    const clock = await w.page.getByTestId('chain-clock').textContent();
    await w.page.keyboard.press('ArrowRight');
    expect(await w.page.getByTestId('chain-clock').textContent()).not.toBe(clock);
    await w.page.keyboard.press('Enter');
    expect(await play.getAttribute('data-playing')).toBe('true');
  });

  test('following a slow request shows a waterfall whose bars add up to its latency', async () => {
    const w = await openPage(h, '?lang=en');
    await chainReady(w.page);
    await w.page.getByTestId('chain-follow-slow').click();
    const waterfall = w.page.getByTestId('chain-waterfall');
    // Its rows are drawn once the figure's width is measured (a ResizeObserver callback, later
    // than the figure itself on a busy machine): wait for the first.
    await waterfall.locator('[data-queue-ms]').first().waitFor();
    const latency = Number(await waterfall.getAttribute('data-latency-ms'));
    expect(latency).toBeGreaterThan(0);
    // Each stage's four kinds of time: waiting for a lock, for a server, flight, service.
    const bars = await waterfall
      .locator('[data-queue-ms]')
      .evaluateAll((els) =>
        els.map((e) =>
          ['lock', 'queue', 'flight', 'service'].reduce(
            (sum, k) => sum + Number(e.getAttribute(`data-${k}-ms`)),
            0,
          ),
        ),
      );
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.reduce((x, y) => x + y, 0)).toBeCloseTo(latency, 6);
    // The list shows which request is followed.
    const selected = await w.page.getByTestId('chain-follow').inputValue();
    expect(selected).not.toBe('');
    // Following it, the other requests fade and the followed dot still moves.
    const [a, b] = await twoFrames(w.page);
    expect(b.image).not.toBe(a.image);
    await w.page
      .getByTestId('chain')
      .screenshot({ path: 'test-results/chain-follow-desktop-en.png' });
    expect(w.consoleErrors).toEqual([]);
  });

  test('on a phone, each waterfall row’s stage name and durations do not overlap', async () => {
    // Password on every request: Authenticate's row lists all four kinds of time, the longest.
    const w = await openPage(h, '?lang=en&auth=password-per-request&clients=100&total=2000', {
      width: 390,
      height: 844,
    });
    await chainReady(w.page);
    await w.page.getByTestId('chain-follow-slow').click();
    const waterfall = w.page.getByTestId('chain-waterfall');
    await waterfall.locator('[data-stage="authenticate"]').waitFor();
    const overlaps = async () =>
      waterfall.locator('g.bar').evaluateAll((rows) =>
        rows
          .map((g) => {
            const box = (sel: string) => (g.querySelector(sel) as SVGGraphicsElement).getBBox();
            const [a, b] = [box('.name'), box('.ms')];
            const meet =
              a.x < b.x + b.width &&
              b.x < a.x + a.width &&
              a.y < b.y + b.height &&
              b.y < a.y + a.height;
            return meet ? g.getAttribute('data-stage') : null;
          })
          .filter((id) => id !== null),
      );
    // The rows are laid out again once their texts are measured: the next frame.
    await expect.poll(overlaps).toEqual([]);
    // Durations too long for one line are broken at their " · ", none cut at the figure's edge.
    const cut = await waterfall.locator('svg').evaluate((svg) =>
      [...svg.querySelectorAll('g.bar')]
        .filter((g) => {
          const b = (g.querySelector('.ms') as SVGGraphicsElement).getBBox();
          return b.x < 0 || b.x + b.width > svg.clientWidth + 0.5;
        })
        .map((g) => g.getAttribute('data-stage')),
    );
    expect(cut).toEqual([]);
    // And every bar still sits below its own row's texts, above the next row's name.
    const order = await waterfall.locator('g.bar').evaluateAll((rows) =>
      rows.map((g) => {
        const ms = (g.querySelector('.ms') as SVGGraphicsElement).getBBox();
        const rect = (g.querySelector('rect') as SVGGraphicsElement).getBBox();
        return rect.y >= ms.y + ms.height - 1;
      }),
    );
    expect(order.every(Boolean)).toBe(true);
    expect(w.consoleErrors).toEqual([]);
  });

  test('a new run of another experiment ends the follow and restores the normal speed', async () => {
    // The second preset's experiment opened on a page of its own, nothing followed: the speed it
    // plays at. (Each experiment's own: its typical sampled request crosses the chain in a few
    // seconds, so it is compared with the same experiment, not with the page's first one.)
    const preset = PRESETS[1];
    const fresh = await openPage(h, '?lang=en');
    await chainReady(fresh.page);
    await fresh.page.locator(`[data-preset="${preset.id}"]`).getByRole('button').click();
    await fresh.page.waitForFunction(
      () =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') !== 'done',
    );
    await chainReady(fresh.page);
    const normal = await fresh.page.getByTestId('chain-speed').inputValue();

    const w = await openPage(h, '?lang=en');
    await chainReady(w.page);
    await w.page.getByTestId('chain-follow-slow').click();
    await w.page.getByTestId('chain-waterfall').waitFor();
    const following = await w.page.getByTestId('chain-speed').inputValue();
    expect(following).not.toBe(normal);
    await w.page.locator(`[data-preset="${preset.id}"]`).getByRole('button').click();
    await w.page
      .getByTestId('chain-waterfall')
      .waitFor({ state: 'detached', timeout: RUN_TIMEOUT });
    await chainReady(w.page);
    expect(await w.page.getByTestId('chain-follow').inputValue()).toBe('');
    expect(await w.page.getByTestId('chain-speed').inputValue()).toBe(normal);
    expect(w.consoleErrors).toEqual([]);
    expect(fresh.consoleErrors).toEqual([]);
  });

  test('with reduced motion the chain shows a still picture and nothing moves', async () => {
    const page = await h.browser.newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${h.url}?lang=en`);
    await chainReady(page);
    await page.getByTestId('chain-reduced-motion').waitFor();
    expect(await page.getByTestId('chain-play').getAttribute('data-playing')).toBe('false');
    await expect.poll(async () => (await frame(page)).painted).toBeGreaterThan(0);
    const [a, b] = await twoFrames(page, 600);
    expect(b.image).toBe(a.image);
    await page.getByTestId('chain').screenshot({ path: 'test-results/chain-reduced-motion.png' });
    expect(errors).toEqual([]);
  });

  test('in the dark theme requests in service are drawn in Okabe–Ito sky blue', async () => {
    const w = await openPage(h, '?lang=en');
    await w.page.getByRole('radio', { name: 'Dark' }).click();
    await chainReady(w.page);
    const service = await w.page
      .getByTestId('chain')
      .evaluate((el) => getComputedStyle(el).getPropertyValue('--chain-service').trim());
    expect(service.toLowerCase()).toBe('#56b4e9');
    await expect.poll(async () => (await frame(w.page)).painted).toBeGreaterThan(0);
    await w.page.getByTestId('chain').screenshot({ path: 'test-results/chain-desktop-dark.png' });
    expect(w.consoleErrors).toEqual([]);
  });

  test('on a phone in 简体中文 the chain fits the width and follows a slow request', async () => {
    const w = await openPage(h, '?lang=zh', { width: 360, height: 800 });
    await chainReady(w.page);
    const box = await w.page.getByTestId('chain').evaluate((el) => ({
      right: el.getBoundingClientRect().right,
      overflow: el.scrollWidth - el.clientWidth,
    }));
    expect(box.overflow).toBeLessThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    await w.page.getByTestId('chain-follow-slow').click();
    await w.page.getByTestId('chain-waterfall').waitFor();
    expect(await w.page.getByTestId('chain').textContent()).toContain('跟随一个请求');
    await w.page.getByTestId('chain').screenshot({ path: 'test-results/chain-phone-zh.png' });
    expect(w.consoleErrors).toEqual([]);
  });
});
