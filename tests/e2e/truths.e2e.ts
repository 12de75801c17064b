/**
 * What the screen says must agree with itself and with the numbers: labels that do not print over
 * each other, and controls that answer every key press visibly.
 */
import { describe, expect, test } from 'vitest';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

async function done(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done',
    undefined,
    { timeout: 120_000 },
  );
}

describe('labels and controls', () => {
  test('the histogram’s p50 and p99 labels never print over each other', async () => {
    // Serializable reads on one key: p50 and p99 sit close together.
    for (const query of ['?total=20000&readMode=serializable', '?total=20000']) {
      const { page } = await openPage(h, query);
      await done(page);
      // The results cards are built a task apart, the chart once its width is known (issue 16).
      const labels = page.locator('#histogram-title ~ .chart .marker text');
      await labels.nth(1).waitFor();
      const boxes = await labels.evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
      );
      expect(boxes.length, query).toBe(2);
      const [a, b] = boxes;
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, query).toBe(false);
    }
  });

  test('five presses of → on the clients slider change the value five times', async () => {
    const { page } = await openPage(h, '?total=20000');
    await done(page);
    const slider = page.getByRole('slider', { name: /clients/i }).first();
    const seen = [await page.locator('#param-clients').inputValue()];
    for (let i = 0; i < 5; i++) {
      await slider.press('ArrowRight');
      seen.push(await page.locator('#param-clients').inputValue());
    }
    expect(new Set(seen).size).toBe(6);
  });
});
