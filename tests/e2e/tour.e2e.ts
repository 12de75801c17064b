/**
 * The guided tour in a real Chromium against the built site: every step of the lecture's tour in
 * both languages (its experiment loads, its stage is the one marked in the chain, the takeaway
 * carries the number the A/B table shows, no console error), deep links, ←/→, leaving keeps the
 * experiment, the skip link reaches Play in a few presses, and screenshots of three steps.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useHarness } from './page.ts';
import { LECTURE_TOUR } from '../../src/lib/tour/builtinTour.ts';
import { hasB } from '../../src/lib/tour/tourFormat.ts';

const h = useHarness();

/** ms one step's runs may take on a busy two-core machine. */
const RUN_TIMEOUT = 120_000;
const STEPS = LECTURE_TOUR.steps;

/** Shows the step's answer and waits until its takeaway is filled from the finished runs. */
async function takeaway(page: Page): Promise<string> {
  const reveal = page.getByTestId('tour-reveal');
  if (await reveal.isVisible()) await reveal.click();
  await page.getByTestId('tour-takeaway').waitFor({ timeout: RUN_TIMEOUT });
  return (await page.getByTestId('tour-takeaway').textContent()) ?? '';
}

async function highlighted(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="chain"] svg[data-highlight]', (svgs) =>
    svgs.map((s) => s.getAttribute('data-highlight') ?? ''),
  );
}

describe('the lecture tour', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(
      `walks every step in ${lang}`,
      async () => {
        const w = await openPage(h, `?lang=${lang}`);
        await w.page.getByTestId('tour-start-button').click();
        for (const [i, step] of STEPS.entries()) {
          const panel = w.page.getByTestId('tour');
          expect(await panel.getAttribute('data-step')).toBe(step.id);
          const counter = (await w.page.getByTestId('tour-counter').textContent()) ?? '';
          expect(counter).toContain(String(i + 1));
          expect(counter).toContain(String(STEPS.length));
          expect(await w.page.getByRole('heading', { name: step.text[lang].title }).count()).toBe(
            1,
          );
          // Every step opens asking: the numbers covered, the answer not yet shown.
          await w.page.getByTestId('predict-cover').waitFor({ timeout: 5000 });
          expect(await w.page.getByTestId('tour-reveal').isVisible()).toBe(true);
          const text = await takeaway(w.page);
          expect(text).not.toMatch(/\{\w+\}/);
          // The step's experiment is the one on screen, and its stage is marked in every chain.
          expect(await w.page.evaluate(() => location.hash)).toBe(`#tour/${i + 1}`);
          const marks = await highlighted(w.page);
          expect(marks.length).toBe(hasB(step.experiment) ? 2 : 1);
          for (const m of marks) expect(m).toBe(step.stage);
          expect(await w.page.getByTestId('tour-mark').count()).toBe(marks.length);
          // The takeaway's first number is the one the A/B table shows for A's requests/sec.
          const qpsA = (await w.page.getByTestId('ab-rps-a').textContent())?.trim() ?? '';
          expect(qpsA).toMatch(/\d/);
          if (step.text[lang].takeaway.includes('{qps}')) expect(text).toContain(qpsA);
          const qpsB = (await w.page.getByTestId('ab-rps-b').textContent())?.trim() ?? '';
          if (step.text[lang].takeaway.includes('{qpsB}')) expect(text).toContain(qpsB);
          // A published figure beside it names its source and what it was measured on.
          const figure = step.text[lang].figure;
          if (figure) {
            const shown = (await w.page.getByTestId('tour-figure').textContent()) ?? '';
            expect(shown).toContain(figure.value);
            expect(shown).toContain(figure.measuredOn);
            expect(shown).toContain(
              figure.source === 'etcd-performance'
                ? 'etcd.io'
                : lang === 'en'
                  ? 'Tang Cong'
                  : '唐聪',
            );
          }
          if (i < STEPS.length - 1) await w.page.getByTestId('tour-next').click();
        }
        expect(await w.page.getByTestId('tour-next').isDisabled()).toBe(true);
        expect(w.consoleErrors).toEqual([]);
      },
      STEPS.length * 2 * RUN_TIMEOUT,
    );
  }

  test(
    'a deep link opens its step; ←/→ move; leaving keeps the experiment',
    async () => {
      const w = await openPage(h, '?lang=en#tour/5');
      await w.page.getByTestId('tour').waitFor();
      expect(await w.page.getByTestId('tour').getAttribute('data-step')).toBe(STEPS[4].id);
      // Question before answer: the step's runs finish, yet the numbers stay covered (no A/B
      // table, no sticky figures) until the learner picks an answer or asks for it.
      await w.page
        .locator('[data-testid="run-status"][data-phase="done"]')
        .waitFor({ timeout: RUN_TIMEOUT });
      await expect
        .poll(() => w.page.getByTestId('chain-speed-words').count(), { timeout: RUN_TIMEOUT })
        .toBe(2);
      expect(await w.page.getByTestId('predict-cover').isVisible()).toBe(true);
      expect(await w.page.getByTestId('ab-rps-a').count()).toBe(0);
      expect(await w.page.getByTestId('sticky-answer').count()).toBe(0);
      // Nor does anything else say the figures: the chains' bounds and typical latencies, the
      // run's requests over its simulated time.
      expect(await w.page.getByTestId('chain-bottleneck').count()).toBe(0);
      const words = await w.page.getByTestId('chain-speed-words').allTextContents();
      expect(words.length).toBe(2);
      for (const text of words) expect(text).not.toMatch(/\d/);
      expect(await w.page.getByTestId('run-status').textContent()).not.toMatch(/\d/);
      await takeaway(w.page);
      await w.page.getByTestId('ab-rps-a').waitFor({ timeout: 5000 });
      expect(await w.page.getByTestId('predict-cover').count()).toBe(0);
      expect(await w.page.getByTestId('chain-bottleneck').count()).toBe(2);
      expect(await w.page.getByTestId('run-status').textContent()).toMatch(/\d/);
      expect(await highlighted(w.page)).toEqual([STEPS[4].stage, STEPS[4].stage]);
      await w.page.locator('h1, header').first().click();
      await w.page.keyboard.press('ArrowRight');
      expect(await w.page.getByTestId('tour').getAttribute('data-step')).toBe(STEPS[5].id);
      // A new step asks again.
      await w.page.getByTestId('predict-cover').waitFor({ timeout: 5000 });
      await w.page.keyboard.press('ArrowLeft');
      await w.page.keyboard.press('ArrowLeft');
      expect(await w.page.getByTestId('tour').getAttribute('data-step')).toBe(STEPS[3].id);
      // The address follows a step a moment later (urlWriter debounces): wait for it.
      await expect.poll(() => w.page.evaluate(() => location.hash)).toBe('#tour/4');
      await takeaway(w.page);
      const before = await w.page.evaluate(() => location.search);
      await w.page.getByTestId('tour-leave').click();
      expect(await w.page.getByTestId('tour').count()).toBe(0);
      expect(await highlighted(w.page)).toEqual(['', '']);
      await w.page.waitForFunction(() => location.hash === '');
      expect(await w.page.evaluate(() => location.search)).toBe(before);
      expect(before).toContain('b=1');
      // Past the end goes to the last step; the hash can be typed in the address bar.
      await w.page.evaluate(() => (location.hash = '#tour/99'));
      await w.page.getByTestId('tour').waitFor();
      expect(await w.page.getByTestId('tour').getAttribute('data-step')).toBe(
        STEPS[STEPS.length - 1].id,
      );
      expect(w.consoleErrors).toEqual([]);
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'on a phone the numbers bar comes with the answer and goes with the next question',
    async () => {
      const w = await openPage(h, '?lang=en#tour/5', { width: 375, height: 812 });
      await w.page.getByTestId('tour-reveal').waitFor({ timeout: RUN_TIMEOUT });
      await takeaway(w.page);
      await w.page.getByTestId('sticky-answer').waitFor({ timeout: 10_000 });
      await w.page.getByTestId('tour-next').click();
      await w.page.getByTestId('predict-cover').waitFor({ timeout: 5000 });
      expect(await w.page.getByTestId('sticky-answer').count()).toBe(0);
      expect(w.consoleErrors).toEqual([]);
    },
    RUN_TIMEOUT,
  );

  test(
    'a control changed mid-question shows the numbers of the learner’s own experiment',
    async () => {
      const w = await openPage(h, '?lang=en#tour/5');
      await w.page.getByTestId('predict-cover').waitFor({ timeout: RUN_TIMEOUT });
      await w.page.locator('#param-readMode').selectOption('serializable');
      await w.page.getByTestId('ab-rps-a').waitFor({ timeout: RUN_TIMEOUT });
      expect(await w.page.getByTestId('predict-cover').count()).toBe(0);
      // The tour stays on its step.
      expect(await w.page.getByTestId('tour').getAttribute('data-step')).toBe(STEPS[4].id);
      expect(w.consoleErrors).toEqual([]);
    },
    RUN_TIMEOUT,
  );

  test(
    'the skip link reaches Play in a few presses',
    async () => {
      const w = await openPage(h, '?lang=en&total=20000');
      await w.page.getByTestId('chain').locator('svg').first().waitFor({ timeout: RUN_TIMEOUT });
      const names: string[] = [];
      for (let i = 0; i < 6; i++) {
        await w.page.keyboard.press('Tab');
        const id = await w.page.evaluate(
          () => document.activeElement?.getAttribute('data-testid') ?? '',
        );
        names.push(id);
        if (id === 'skip-chain') {
          await w.page.keyboard.press('Enter');
          names.push('(enter)');
        }
        if (id === 'chain-play') break;
      }
      expect(names).toEqual(['skip-results', 'skip-chain', '(enter)', 'chain-play']);
    },
    RUN_TIMEOUT,
  );
});

describe('screenshots of three tour steps', () => {
  for (const [name, width, lang] of [
    ['desktop', 1280, 'en'],
    ['desktop', 1280, 'zh'],
    ['phone', 375, 'en'],
    ['phone', 375, 'zh'],
  ] as const) {
    test(
      `${name} (${width} px) in ${lang}`,
      async () => {
        for (const n of [1, 5, 9]) {
          const w = await openPage(h, `?lang=${lang}#tour/${n}`, { width, height: 900 });
          await w.page.getByTestId('tour-choice').first().click();
          await takeaway(w.page);
          // On a phone the numbers' bar at the bottom does not cover the answer just shown.
          if (width < 960)
            await expect
              .poll(
                () =>
                  w.page.evaluate(() => {
                    const answer = document.querySelector('[data-testid="tour-takeaway"]');
                    const bar = document.querySelector('[data-testid="sticky-answer"]');
                    if (!answer?.parentElement || !bar) return 'no bar or answer';
                    const a = answer.parentElement.getBoundingClientRect();
                    return a.bottom <= bar.getBoundingClientRect().top + 1 ? 'clear' : 'covered';
                  }),
                { timeout: 5000 },
              )
              .toBe('clear');
          // The first screen: what a learner sees of the step without scrolling.
          await w.page.screenshot({ path: `test-results/tour-${n}-${name}-${lang}.png` });
          const overflow = await w.page.evaluate(
            () => document.documentElement.scrollWidth > window.innerWidth + 1,
          );
          expect(overflow).toBe(false);
          // The A/B table shows its four columns whole: at 375 px step 1's B ÷ A column
          // scrolled out of its box, cut mid-number (×70 read ×7).
          const table = w.page.getByTestId('compare').locator('.scroll');
          const hidden = await table.evaluate((e) => e.scrollWidth - e.clientWidth);
          expect(hidden, `step ${n}`).toBeLessThanOrEqual(0);
          // The stage table scrolls sideways on a phone; before it does, it shows each stage's
          // total and B ÷ A (it showed only the lock columns there).
          const stages = w.page.getByTestId('compare-stages').locator('.scroll');
          const ratio = w.page.getByTestId('stage-ratio').first();
          const box = await stages.boundingBox();
          const cell = await ratio.boundingBox();
          expect(box !== null && cell !== null, `step ${n}`).toBe(true);
          if (box && cell)
            expect(cell.x + cell.width, `step ${n}`).toBeLessThanOrEqual(box.x + box.width);
          // Wider than its box: a line says more columns lie to the right, until the table is
          // scrolled to its end; the stage names stay in view meanwhile.
          const more = w.page.getByTestId('compare-stages-more');
          const wider = await stages.evaluate((e) => e.scrollWidth > e.clientWidth + 1);
          await expect.poll(() => more.count(), { timeout: 5000 }).toBe(wider ? 1 : 0);
          if (wider) {
            await stages.evaluate((e) => (e.scrollLeft = e.scrollWidth));
            await expect.poll(() => more.count(), { timeout: 5000 }).toBe(0);
            const name = await stages.locator('th[scope="row"]').first().boundingBox();
            expect(name !== null && box !== null && Math.abs(name.x - box.x) < 2).toBe(true);
          }
          expect(w.consoleErrors).toEqual([]);
          await w.page.close();
        }
      },
      6 * RUN_TIMEOUT,
    );
  }
});
