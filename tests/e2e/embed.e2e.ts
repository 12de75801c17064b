/**
 * For trainers: each figure embedded in an <iframe> of a course page, at a slide's 960 × 540 and
 * a small 480 × 320 — drawn, no scrollbar inside the frame, no console error, nothing fetched from
 * another host — plus `lock`, `theme`, refused view values, and the link to the full lab.
 */
import { describe, expect, test } from 'vitest';
import type { Frame } from 'playwright-core';
import { EMBED_VIEWS, VIEW_KEYS } from '../../src/lib/viewState.ts';
import { READABLE_FRAME } from '../../src/lib/embedSnippet.ts';
import { LECTURE_TOUR } from '../../src/lib/tour/builtinTour.ts';
import { hasB } from '../../src/lib/tour/tourFormat.ts';
import { PARAMS } from '../../workers/contract/params.ts';
import { axeViolations } from './axe.ts';
import { frameOverflow, hostFrame, insideViewport } from './embedHost.ts';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

/** ms a run may take on a busy two-core machine. */
const RUN_TIMEOUT = 120_000;

/** Waits for the embedded figure's full answer (not the quick estimate). */
async function answered(frame: Frame, before = ''): Promise<void> {
  await frame.waitForFunction(
    (previous) => {
      const root = document.querySelector('[data-testid="embed"]');
      return (
        root?.getAttribute('data-phase') === 'done' && root.getAttribute('data-key') !== previous
      );
    },
    before,
    { timeout: RUN_TIMEOUT },
  );
}

/**
 * Dots the latest frame drew (the requests in flight): the canvas's data-drawn, reported by the
 * dots worker that draws on it off the main thread (the page cannot read a handed-over canvas).
 */
async function paintedDots(frame: Frame): Promise<number> {
  return Number(await frame.getByTestId('chain-dots').getAttribute('data-drawn'));
}

/** Simulated time of the canvas's latest reported frame. */
async function frameMs(frame: Frame): Promise<string | null> {
  return frame.getByTestId('chain-dots').getAttribute('data-frame-ms');
}

/**
 * Whether the takeaway's first two lines are in sight: inside the box that scrolls it and inside
 * the frame (false while there is no takeaway).
 */
async function takeawayInSight(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => {
    const el = document.querySelector('[data-testid="tour-takeaway"]');
    if (!el) return false;
    let box: Element | null = el.parentElement;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    const view = box?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
    const r = el.getBoundingClientRect();
    const twoLines = 2 * Number.parseFloat(getComputedStyle(el).lineHeight);
    return r.top >= view.top - 0.5 && r.top + twoLines <= Math.min(view.bottom, innerHeight) + 0.5;
  });
}

/**
 * The smallest words the figure draws, px on screen: SVG text by its drawn height against its own
 * (the chain is laid out large and scaled down to fit), HTML text by its font size and any scale.
 */
async function smallestTextPx(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    let least = Infinity;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('.visually-hidden, title, style')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const font = Number.parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) {
        const own = el.getBBox().height;
        if (own > 0) least = Math.min(least, (font * r.height) / own);
      } else if (el.offsetHeight > 0) {
        least = Math.min(least, (font * r.height) / el.offsetHeight);
      }
    }
    return least;
  });
}

/**
 * Words of the embedded chains drawn over each other or past their figure's edge, as
 * "word × word" (at 320 × 480 the three lanes were 10 px wide: "member 0", "member 1" and
 * "member 2" were written over each other, and the footer ran off the figure).
 */
async function clashingWords(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    for (const fig of document.querySelectorAll('[data-testid="embed-chain-figure"]')) {
      const edge = fig.getBoundingClientRect();
      const texts = [...fig.querySelectorAll('svg text')].filter(
        (t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).visibility !== 'hidden',
      );
      const boxes = texts.map((t) => t.getBoundingClientRect());
      const word = (i: number) => (texts[i].textContent ?? '').trim().slice(0, 30);
      for (let i = 0; i < texts.length; i++) {
        const a = boxes[i];
        if (a.width > 0 && (a.left < edge.left - 1 || a.right > edge.right + 1))
          out.push(`${word(i)} × the figure's edge`);
        for (let j = i + 1; j < texts.length; j++) {
          const b = boxes[j];
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) out.push(`${word(i)} × ${word(j)}`);
        }
      }
    }
    return out;
  });
}

const SIZES = [
  [960, 540],
  [480, 320],
] as const;

describe('an embedded figure in a course page', () => {
  test.each(SIZES)(
    'the chain at %i × %i: drawn and moving, all inside the frame',
    async (w, ht) => {
      const hosted = await hostFrame(h, '?embed=chain&lang=en', w, ht);
      const { frame } = hosted;
      await answered(frame);
      await expect.poll(() => paintedDots(frame), { timeout: 10_000 }).toBeGreaterThan(0);
      const first = await frameMs(frame);
      await expect.poll(() => frameMs(frame), { timeout: 10_000 }).not.toBe(first);
      // The diagram: every stage row, the members' lanes.
      expect(await frame.locator('svg g.row').count()).toBe(10);
      expect(
        await frame
          .locator('header, #controls, .drawer-toggle, [data-testid="share-open"]')
          .count(),
      ).toBe(0);
      expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
      expect(await insideViewport(frame, '[data-testid="embed-chain-figure"]')).toBe(true);
      expect(await insideViewport(frame, '[data-testid="embed-full-link"]')).toBe(true);
      expect(await insideViewport(frame, '[data-testid="chain-play"]')).toBe(true);
      // Play/pause works in the frame.
      await frame.getByTestId('chain-play').click();
      expect(await frame.getByTestId('chain-play').getAttribute('data-playing')).toBe('false');
      await hosted.page
        .locator('#lab')
        .screenshot({ path: `test-results/embed-chain-${w}x${ht}.png` });
      expect(hosted.consoleErrors).toEqual([]);
      expect(hosted.foreignRequests).toEqual([]);
    },
  );

  test.each(SIZES)(
    'the results at %i × %i: every number and stage row inside the frame',
    async (w, ht) => {
      const hosted = await hostFrame(h, '?embed=results&lang=zh', w, ht);
      const { frame } = hosted;
      await answered(frame);
      expect(Number(await frame.getByTestId('qps').getAttribute('data-value'))).toBeGreaterThan(0);
      const rows = frame.locator('[data-testid="embed-results"] li');
      expect(await rows.count()).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < (await rows.count()); i++)
        expect(
          await insideViewport(frame, `[data-testid="embed-results"] li:nth-child(${i + 1})`),
        ).toBe(true);
      const fontPx = await rows
        .first()
        .evaluate((li) => Number.parseFloat(getComputedStyle(li).fontSize));
      expect(fontPx).toBeGreaterThanOrEqual(8);
      // What limits throughput, in Chinese: a saturated resource, or none (the clients).
      expect(await frame.getByTestId('embed-bottleneck').textContent()).toMatch(
        /瓶颈|没有资源饱和/,
      );
      expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
      expect(await insideViewport(frame, '[data-testid="embed-full-link"]')).toBe(true);
      await hosted.page
        .locator('#lab')
        .screenshot({ path: `test-results/embed-results-${w}x${ht}.png` });
      expect(hosted.consoleErrors).toEqual([]);
      expect(hosted.foreignRequests).toEqual([]);
    },
  );

  test.each([
    [960, 540, 'en', 3],
    [480, 320, 'zh', 1],
  ] as const)(
    'the tour at %i × %i in %s: the step, its stage outlined, its takeaway, next step',
    async (w, ht, lang, n) => {
      const hosted = await hostFrame(h, `?embed=tour&lang=${lang}#tour/${n}`, w, ht);
      const { frame } = hosted;
      const step = LECTURE_TOUR.steps[n - 1];
      await frame.getByTestId('tour').waitFor({ timeout: RUN_TIMEOUT });
      expect(await frame.getByTestId('tour').getAttribute('data-step')).toBe(step.id);
      expect(await frame.getByTestId('tour-counter').textContent()).toContain(String(n));
      // A trainer's frame has no way out of the tour and no header or controls.
      expect(await frame.getByTestId('tour-leave').count()).toBe(0);
      expect(await frame.locator('header, #controls, .drawer-toggle').count()).toBe(0);
      await frame.getByTestId('tour-reveal').click();
      await frame.getByTestId('tour-takeaway').waitFor({ timeout: RUN_TIMEOUT });
      const takeaway = (await frame.getByTestId('tour-takeaway').textContent()) ?? '';
      expect(takeaway).toMatch(/\d/);
      expect(takeaway).not.toMatch(/\{\w+\}/);
      // Every chain on screen (A, and B when the step compares) outlines the step's stage.
      const marks = await frame.$$eval('svg[data-highlight]', (svgs) =>
        svgs.map((s) => s.getAttribute('data-highlight')),
      );
      expect(marks).toEqual(hasB(step.experiment) ? [step.stage, step.stage] : [step.stage]);
      expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
      expect(await insideViewport(frame, '[data-testid="embed-full-link"]')).toBe(true);
      const full = new URL(String(await frame.getByTestId('embed-full-link').getAttribute('href')));
      expect(full.hash).toBe(`#tour/${n}`);
      expect(full.searchParams.has('embed')).toBe(false);
      await hosted.page
        .locator('#lab')
        .screenshot({ path: `test-results/embed-tour-${w}x${ht}-${lang}.png` });
      // Next: the following step, in the frame's hash and the full-lab link.
      await frame.getByTestId('tour-next').click();
      expect(await frame.getByTestId('tour').getAttribute('data-step')).toBe(
        LECTURE_TOUR.steps[n].id,
      );
      expect(await frame.evaluate(() => location.hash)).toBe(`#tour/${n + 1}`);
      await expect
        .poll(
          async () =>
            new URL(String(await frame.getByTestId('embed-full-link').getAttribute('href'))).hash,
        )
        .toBe(`#tour/${n + 1}`);
      expect(hosted.consoleErrors).toEqual([]);
      expect(hosted.foreignRequests).toEqual([]);
    },
    3 * RUN_TIMEOUT,
  );

  // At 600 × 400 the step's box is about 210 px tall and the question and choices fill it: the
  // takeaway appeared below them, out of sight, until the learner thought to scroll (the Chinese
  // learner walk). It is brought into view, at once under reduced motion.
  test.each([
    ['zh', 'reduce'],
    ['en', 'no-preference'],
  ] as const)(
    'the tour at 600 × 400 in %s, motion %s: the answer brings its takeaway into sight',
    async (lang, motion) => {
      const hosted = await hostFrame(h, `?embed=tour&lang=${lang}#tour/4`, 600, 400);
      await hosted.page.emulateMedia({ reducedMotion: motion });
      const { frame } = hosted;
      await frame.getByTestId('tour-reveal').waitFor({ timeout: RUN_TIMEOUT });
      expect(await takeawayInSight(frame)).toBe(false);
      await frame.getByTestId('tour-reveal').click();
      await frame.getByTestId('tour-takeaway').waitFor({ timeout: RUN_TIMEOUT });
      if (motion === 'reduce') expect(await takeawayInSight(frame)).toBe(true);
      else await expect.poll(() => takeawayInSight(frame), { timeout: 5_000 }).toBe(true);
      expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
      await hosted.page
        .locator('#lab')
        .screenshot({ path: `test-results/embed-tour-answer-600x400-${lang}.png` });
      expect(hosted.consoleErrors).toEqual([]);
    },
    3 * RUN_TIMEOUT,
  );

  // The share dialog says from which size each figure's smallest words are readable (9 px or
  // more, none over another): it had claimed any size from 320 × 240, where the tour's chains
  // were 0.8 px, then 320 × 480, where the chain's member labels overlapped.
  test.each(EMBED_VIEWS.map((v) => [v, READABLE_FRAME[v].width, READABLE_FRAME[v].height]))(
    'the %s at the readable size the share dialog gives, %i × %i: no word under 9 px',
    async (view, w, ht) => {
      const hosted = await hostFrame(h, `?embed=${view}&lang=zh#tour/4`, w, ht);
      const { frame } = hosted;
      await answered(frame);
      if (view === 'tour') {
        await frame.getByTestId('tour-reveal').click();
        await frame.getByTestId('tour-takeaway').waitFor({ timeout: RUN_TIMEOUT });
        expect(await frame.locator('[data-testid="embed-chain-figure"]').count()).toBe(2);
        // Each chain's label heads it: under A, "B" read as B's heading.
        for (const chain of await frame.locator('[data-testid="embed-chain"]').all()) {
          const label = await chain.getByTestId('embed-side').boundingBox();
          const figure = await chain.getByTestId('embed-chain-figure').boundingBox();
          expect(label !== null && figure !== null && label.y < figure.y).toBe(true);
        }
      }
      expect(await smallestTextPx(frame)).toBeGreaterThanOrEqual(9);
      expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
      // Readable also means no word written over another.
      expect(await clashingWords(frame)).toEqual([]);
      await hosted.page
        .locator('#lab')
        .screenshot({ path: `test-results/embed-${view}-readable-${w}x${ht}.png` });
    },
    3 * RUN_TIMEOUT,
  );

  test('the full-lab link carries the experiment, without the embed, in a new tab', async () => {
    const { frame } = await hostFrame(
      h,
      '?embed=results&lang=en&clients=50&lock=clients',
      960,
      540,
    );
    await answered(frame);
    const link = frame.getByTestId('embed-full-link');
    expect(await link.getAttribute('target')).toBe('_blank');
    const url = new URL(String(await link.getAttribute('href')));
    expect(url.pathname).toBe(new URL(h.url).pathname);
    expect(url.searchParams.get('clients')).toBe('50');
    expect(url.searchParams.get('lang')).toBe('en');
    for (const key of VIEW_KEYS) expect(url.searchParams.has(key), key).toBe(false);
  });

  test('lock=all,-readMode leaves one control; changing it reruns the figure', async () => {
    const hosted = await hostFrame(h, '?embed=results&lang=en&lock=all,-readMode', 960, 540);
    const { frame } = hosted;
    await answered(frame);
    const settings = frame.getByTestId('embed-settings');
    expect(await settings.locator('select, input').count()).toBe(1);
    const before = Number(await frame.getByTestId('qps').getAttribute('data-value'));
    const key = String(await frame.getByTestId('embed').getAttribute('data-key'));
    await frame.locator('#param-readMode').selectOption('serializable');
    await answered(frame, key);
    expect(await frame.getByTestId('embed').getAttribute('data-key')).toContain(
      'readMode=serializable',
    );
    // Serializable reads skip ReadIndex: the same cluster answers more of them.
    expect(Number(await frame.getByTestId('qps').getAttribute('data-value'))).toBeGreaterThan(
      before,
    );
    expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
    await hosted.page.locator('#lab').screenshot({ path: 'test-results/embed-lock-960x540.png' });
    expect(hosted.consoleErrors).toEqual([]);
  });

  test('in a small frame the free controls open over the figure and close again', async () => {
    const { frame } = await hostFrame(
      h,
      '?embed=chain&lang=en&lock=all,-readMode,-clients',
      480,
      320,
    );
    await answered(frame);
    expect(await frame.getByTestId('embed-settings').count()).toBe(0);
    await frame.getByRole('button', { name: 'Settings (2)' }).click();
    expect(await frame.getByTestId('embed-settings').locator('select').count()).toBe(1);
    expect(await frameOverflow(frame)).toEqual({ x: 0, y: 0 });
    await frame.getByRole('button', { name: 'Close' }).click();
    expect(await frame.getByTestId('embed-settings').count()).toBe(0);
  });

  test('theme=dark is honoured in the frame', async () => {
    const { frame, page } = await hostFrame(h, '?embed=chain&lang=en&theme=dark', 960, 540);
    await answered(frame);
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    const bg = await frame
      .getByTestId('embed')
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(28, 28, 33)');
    await page.locator('#lab').screenshot({ path: 'test-results/embed-chain-dark-960x540.png' });
  });

  test('an embedded tour says which of the link’s settings it does not use', async () => {
    const hosted = await hostFrame(h, '?embed=tour&lang=en&clients=50&auth=foo#tour/2', 960, 540);
    const notices = hosted.frame.getByTestId('notices');
    await expect
      .poll(() => notices.textContent(), { timeout: RUN_TIMEOUT })
      .toContain(
        'The tour sets each step’s experiment, so the link’s clients, auth were not used.',
      );
    expect(hosted.consoleErrors).toEqual([]);
  });

  test('a lock name that is no setting is named in the frame, with the allowed ones', async () => {
    const hosted = await hostFrame(h, '?embed=results&lang=en&lock=clientz', 960, 540);
    await answered(hosted.frame);
    const notices = hosted.frame.getByTestId('notices');
    expect(await notices.textContent()).toContain('“clientz”, which names no setting');
    expect(await notices.textContent()).toContain('readMode');
    expect(await frameOverflow(hosted.frame)).toEqual({ x: 0, y: 0 });
  });

  test('embed=1 is refused with the figures that exist, and the whole lab is shown', async () => {
    const w = await openPage(h, '?embed=1&lang=en');
    await expect.poll(() => w.page.locator('h1').textContent()).toBe('etcd Read-Path Lab');
    const text = await w.page.getByTestId('notices').textContent();
    expect(text).toContain(
      '“1”, which is not a figure that can be embedded (allowed: chain, results, tour)',
    );
    expect(text).not.toContain('Unknown setting');
    expect(w.consoleErrors).toEqual([]);
  });

  test('in the full lab, a lesson link shows only the free controls and resets to its own start', async () => {
    const w = await openPage(h, '?lang=en&clients=64&lock=all,-readMode,-clients');
    const panel = w.page.locator('#controls');
    // Every parameter and the profile, less the two freed ones.
    const fixed = Object.keys(PARAMS).length + 1 - 2;
    await expect
      .poll(() => w.page.getByTestId('locked-note').textContent())
      .toContain(`fixes ${fixed}`);
    expect(await panel.locator('[data-preset]').count()).toBe(0);
    expect(await panel.locator('select').count()).toBe(1);
    expect(await panel.locator('#param-clients').count()).toBeGreaterThan(0);
    expect(await panel.locator('#param-conns').count()).toBe(0);
    await w.page.locator('#param-readMode').selectOption('serializable');
    await panel.getByRole('button', { name: 'Back to the lesson’s start' }).click();
    expect(await w.page.locator('#param-readMode').inputValue()).toBe('linearizable');
    await expect.poll(() => new URL(w.page.url()).searchParams.get('clients')).toBe('64');
    expect(new URL(w.page.url()).searchParams.get('lock')).toBe('all,-readMode,-clients');
    expect(w.consoleErrors).toEqual([]);
  });

  test.each(['chain', 'results', 'tour'])(
    'the embedded %s passes an accessibility audit',
    async (view) => {
      const { frame } = await hostFrame(h, `?embed=${view}&lang=en`, 960, 540, true);
      await answered(frame);
      expect(await axeViolations(frame)).toEqual([]);
    },
  );
});
