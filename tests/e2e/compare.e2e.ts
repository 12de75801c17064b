/**
 * Compare and sweep through a real Chromium against the built site, with the real model in its
 * workers: the baseline under the headline, an A/B link with both numbers and their ratio, a
 * write-load sweep on the worker pool, exports, screenshots at desktop and phone in both languages.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { csvParse } from 'd3-dsv';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

/** ms a run or a sweep may take on a busy two-core machine. */
const RUN_TIMEOUT = 120_000;

/** Waits until the main experiment's full answer is on screen and nothing is stale. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done' &&
      document.querySelector('[data-testid="answer"]')?.getAttribute('data-stale') === 'false',
    null,
    { timeout: RUN_TIMEOUT },
  );
}

/** Waits until A and B have both answered in full. */
async function bothSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const c = document.querySelector('[data-testid="compare"]');
      return (
        c?.getAttribute('data-phase-a') === 'done' &&
        c.getAttribute('data-phase-b') === 'done' &&
        document.querySelector('[data-testid="answer"]')?.getAttribute('data-stale') === 'false'
      );
    },
    null,
    { timeout: RUN_TIMEOUT },
  );
}

const value = async (page: Page, testid: string): Promise<number> =>
  Number(await page.getByTestId(testid).getAttribute('data-value'));

describe('compare', () => {
  test(
    'a change shows its effect against the previous experiment; pin and clear are one click each',
    async () => {
      const w = await openPage(h, '?lang=en&total=20000');
      await settled(w.page);
      expect(await w.page.getByTestId('qps-delta').count()).toBe(0);
      const linearizable = Number(await w.page.getByTestId('qps').getAttribute('data-value'));
      await w.page.getByLabel('Read mode', { exact: true }).selectOption('serializable');
      await w.page.getByTestId('qps-delta').waitFor({ timeout: RUN_TIMEOUT });
      await settled(w.page);
      const serializable = Number(await w.page.getByTestId('qps').getAttribute('data-value'));
      const pct = Math.round((serializable / linearizable - 1) * 100);
      expect(pct).toBeGreaterThan(0);
      expect(await w.page.getByTestId('qps-delta').textContent()).toContain(
        `+${pct}% vs linearizable`,
      );
      expect(await w.page.getByTestId('baseline-changes').textContent()).toBe(
        'Read mode: linearizable (etcd’s default) → serializable',
      );
      expect(await w.page.getByTestId('stage-delta').count()).toBeGreaterThan(0);
      await w.page.getByTestId('pin-baseline').click();
      expect(await w.page.getByTestId('baseline').getAttribute('data-kind')).toBe('pinned');
      await w.page.getByTestId('clear-baseline').click();
      expect(await w.page.getByTestId('baseline').getAttribute('data-kind')).toBe('none');
      expect(await w.page.getByTestId('qps-delta').count()).toBe(0);
      expect(w.consoleErrors).toEqual([]);
    },
    3 * RUN_TIMEOUT,
  );

  test(
    'a change that moves no number shows 0% under each, coloured neither better nor worse',
    async () => {
      // One shared machine, serializable reads: three members or five cost the same.
      const w = await openPage(
        h,
        '?lang=en&profile=loopback-2vcpu&readMode=serializable&total=20000',
      );
      await settled(w.page);
      await w.page.getByLabel('Members', { exact: true }).selectOption('5');
      await w.page.getByTestId('qps-delta').waitFor({ timeout: RUN_TIMEOUT });
      await settled(w.page);
      const deltas = w.page.locator('[data-testid="answer"] .delta');
      expect(await deltas.count()).toBe(6);
      for (const d of await deltas.all()) {
        expect(await d.textContent()).toBe('0%');
        expect(await d.getAttribute('class')).not.toMatch(/\b(good|bad)\b/);
      }
      expect(w.consoleErrors).toEqual([]);
    },
    3 * RUN_TIMEOUT,
  );

  test(
    'an A/B link reopens both experiments with their numbers and the ratio B ÷ A',
    async () => {
      const w = await openPage(h, '?lang=en&total=20000&b=1&b.readMode=serializable');
      await bothSettled(w.page);
      const a = await value(w.page, 'ab-rps-a');
      const b = await value(w.page, 'ab-rps-b');
      const ratio = await value(w.page, 'ab-rps-ratio');
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(a);
      expect(ratio).toBe(b / a);
      const shown = (await w.page.getByTestId('ab-rps-ratio').textContent()) ?? '';
      expect(shown).toBe(`×${(b / a).toPrecision(3)}`);
      expect(await w.page.getByTestId('compare-changes').textContent()).toContain(
        'Read mode: linearizable (etcd’s default) → serializable',
      );
      // The same numbers as each experiment alone: A is the page's own, B its serializable twin.
      expect(Number(await w.page.getByTestId('qps').count())).toBe(0);
      expect(new URL(w.page.url()).searchParams.get('b.readMode')).toBe('serializable');
      // The detailed results say whose they are: A's until B is chosen (a learner read A's
      // 'No serializable read in this run' under a comparison whose B is serializable).
      await expect
        .poll(() => w.page.getByTestId('results-side').getAttribute('data-side'))
        .toBe('A');
      expect(await w.page.getByTestId('results-side').textContent()).toContain(
        'The cards below describe experiment A.',
      );
      // The chain and the detailed results switch to B.
      await w.page.getByTestId('chain-switch').getByText('B', { exact: true }).click();
      await expect
        .poll(() => w.page.getByTestId('results').getAttribute('data-key'))
        .toContain('readMode=serializable');
      expect(await w.page.getByTestId('results-side').getAttribute('data-side')).toBe('B');
      await w.page.screenshot({ path: 'test-results/compare-ab-desktop-en.png', fullPage: true });
      // The share dialog's link reopens the comparison, not A alone, and says so.
      await w.page.getByTestId('share-open').click();
      const link = new URL(await w.page.getByTestId('share-link').inputValue());
      expect(link.searchParams.get('b')).toBe('1');
      expect(link.searchParams.get('b.readMode')).toBe('serializable');
      expect(link.searchParams.get('total')).toBe('20000');
      await expect.poll(() => w.page.getByTestId('share-ab-note').count()).toBe(1);
      expect(w.consoleErrors).toEqual([]);
      expect(w.foreignRequests).toEqual([]);
    },
    3 * RUN_TIMEOUT,
  );

  test(
    'when every figure of B equals A’s, the comparison says B ran and why (both languages)',
    async () => {
      // Loopback profile, serializable reads: the members share one machine's cores, so reading
      // from the leader only or from all three costs the same to the last digit.
      const q = 'profile=loopback-2vcpu&readMode=serializable&total=20000&endpoints=3&b=1';
      const w = await openPage(h, `?lang=en&${q}&b.endpoints=1`);
      await bothSettled(w.page);
      for (const m of ['rps', 'avg', 'p50', 'p99', 'p999', 'max'])
        expect(await value(w.page, `ab-${m}-b`)).toBe(await value(w.page, `ab-${m}-a`));
      const note = w.page.getByTestId('compare-same');
      await expect.poll(() => note.textContent()).toContain('B ran too');
      expect(await note.textContent()).toContain('which member that is');
      expect(w.consoleErrors).toEqual([]);
      const z = await openPage(h, `?lang=zh&${q}&b.endpoints=1`);
      await bothSettled(z.page);
      await expect
        .poll(() => z.page.getByTestId('compare-same').textContent())
        .toContain('B 也运行了');
      // No English words in the Chinese note (CPU, A and B are written as they are).
      expect(await z.page.getByTestId('compare-same').textContent()).not.toMatch(/[A-Za-z]{4,}/);
      expect(z.consoleErrors).toEqual([]);
      // A change that moves the figures gets no such note.
      const d = await openPage(h, `?lang=en&${q}&b.readMode=linearizable`);
      await bothSettled(d.page);
      expect(await d.page.getByTestId('compare-bottleneck').count()).toBe(1);
      expect(await d.page.getByTestId('compare-same').count()).toBe(0);
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'an unknown or invalid B value in the link gets a notice, like A’s',
    async () => {
      const w = await openPage(h, '?lang=en&total=20000&b=1&b.clients=abc&b.colour=red');
      await bothSettled(w.page);
      const notices = (await w.page.getByTestId('notices').allTextContents()).join(' ');
      expect(notices).toContain('Unknown setting “b.colour”');
      expect(notices).toContain('Experiment B');
      expect(notices).toContain('abc');
    },
    2 * RUN_TIMEOUT,
  );
});

/** Fills the sweep form, runs it, and waits until every point has an answer. */
async function runSweep(
  page: Page,
  spec: { param: string; from: string; to: string; points: string; series: string },
): Promise<void> {
  await page.getByTestId('sweep-param').selectOption(spec.param);
  await page.getByTestId('sweep-from').fill(spec.from);
  await page.getByTestId('sweep-to').fill(spec.to);
  await page.getByTestId('sweep-points').fill(spec.points);
  await page.getByTestId('sweep-spacing').selectOption('linear');
  await page.getByTestId('sweep-series').selectOption(spec.series);
  await page.getByTestId('sweep-run').click();
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="sweep-status"]')?.getAttribute('data-phase') === 'done',
    null,
    { timeout: 4 * RUN_TIMEOUT },
  );
}

describe('sweeps', () => {
  test(
    'a point the run budget refuses says so in Chinese, and the other point still draws',
    async () => {
      const w = await openPage(h, '?lang=zh&total=3000&rate=1&clients=20&conns=10');
      await settled(w.page);
      await runSweep(w.page, {
        param: 'writeQps',
        from: '0',
        to: '50000',
        points: '2',
        series: 'one',
      });
      const failed = (await w.page.getByTestId('sweep-failed').textContent()) ?? '';
      expect(failed).toContain('未运行：');
      expect(failed).toContain('限速 1 请求/秒');
      expect(await w.page.locator('[data-testid="sweep-cell-rps"]').count()).toBe(1);
      expect(w.consoleErrors).toEqual([]);
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'on a phone, the points as a table scroll inside the sweep instead of widening it past its card',
    async () => {
      const w = await openPage(h, '?lang=en&total=3000', { width: 390, height: 844 });
      await settled(w.page);
      await runSweep(w.page, {
        param: 'writeQps',
        from: '0',
        to: '20000',
        points: '3',
        series: 'readModes',
      });
      await w.page.getByText('The points as a table').click();
      const widths = await w.page.evaluate(() => {
        const box = (id: string) =>
          document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
        const scroll = document.querySelector('[data-testid="sweep-table"]')!.parentElement!;
        return {
          results: box('sweep-results').right,
          sweep: box('sweep').right,
          viewport: document.documentElement.clientWidth,
          scrolls: scroll.scrollWidth > scroll.clientWidth,
        };
      });
      // Before: the table (≈ 578 px) widened the results to it, cutting off the charts' right side.
      expect(widths.results).toBeLessThanOrEqual(widths.sweep);
      expect(widths.sweep).toBeLessThanOrEqual(widths.viewport);
      expect(widths.scrolls).toBe(true);
      await w.page.getByTestId('sweep').screenshot({ path: 'test-results/sweep-phone-en.png' });
      expect(w.consoleErrors).toEqual([]);
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'a 5-point write-QPS sweep draws both read modes; linearizable QPS does not rise with write QPS',
    async () => {
      const w = await openPage(h, '?lang=en&total=20000');
      await settled(w.page);
      await runSweep(w.page, {
        param: 'writeQps',
        from: '0',
        to: '20000',
        points: '5',
        series: 'readModes',
      });
      for (const series of ['linearizable', 'serializable']) {
        const curve = w.page.locator(
          `[data-testid="sweep-qps"] path.curve[data-series="${series}"]`,
        );
        expect(await curve.getAttribute('data-points')).toBe('5');
        expect(await curve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){4}$/);
      }
      expect(await w.page.locator('[data-testid="sweep-qps"] .bound').count()).toBeGreaterThan(0);
      const cells = w.page.locator('[data-testid="sweep-cell-rps"][data-series="linearizable"]');
      const points = await cells.evaluateAll((els) =>
        els.map((e) => [Number(e.getAttribute('data-x')), Number(e.getAttribute('data-value'))]),
      );
      expect(points.map(([x]) => x)).toEqual([0, 5000, 10_000, 15_000, 20_000]);
      for (let i = 1; i < points.length; i++)
        expect(points[i][1]).toBeLessThanOrEqual(points[i - 1][1]);

      // Hover reads the curves out; a point loads as the experiment in one click.
      const box = await w.page.locator('[data-testid="sweep-qps"] svg').boundingBox();
      if (box === null) throw new Error('the QPS chart has no box');
      await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      expect(await w.page.getByTestId('sweep-qps-readout').textContent()).toContain('linearizable');
      await w.page.getByTestId('sweep').screenshot({ path: 'test-results/sweep-desktop-en.png' });

      // Exports: the sweep as CSV (one row per point, the same numbers) and a chart as SVG and PNG,
      // each named after the experiment.
      const name = 'readpath_article-3x8c_total-20000_sweep-writeQps-0-20000-5pt_readModes';
      const [csv] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.getByTestId('sweep-results').locator('[data-export="csv"]').click(),
      ]);
      expect(csv.suggestedFilename()).toBe(`${name}.csv`);
      const rows = csvParse(readFileSync(await csv.path(), 'utf8'));
      expect(rows).toHaveLength(10);
      expect(
        rows
          .filter((r) => r.series === 'linearizable')
          .map((r) => [Number(r.writeQps), Number(r.rps)]),
      ).toEqual(points);
      const [svg] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.getByTestId('sweep-qps').locator('[data-export="svg"]').click(),
      ]);
      expect(svg.suggestedFilename()).toBe(`${name}_qps.svg`);
      const svgText = readFileSync(await svg.path(), 'utf8');
      expect(svgText).toContain('<svg');
      expect(svgText).toMatch(/stroke-dasharray="6(px)?,? 4(px)?"/);
      const [png] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.getByTestId('sweep-qps').locator('[data-export="png"]').click(),
      ]);
      expect(png.suggestedFilename()).toBe(`${name}_qps.png`);
      expect(
        readFileSync(await png.path())
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      await png.saveAs('test-results/sweep-export-qps.png');
      await w.page.getByText('The points as a table').click();
      await w.page
        .getByRole('button', { name: 'Load 10,000 (linearizable) as the experiment' })
        .click();
      await expect.poll(() => new URL(w.page.url()).searchParams.get('writeQps')).toBe('10000');
      expect(w.consoleErrors).toEqual([]);
    },
    5 * RUN_TIMEOUT,
  );

  test(
    'a latency axis that reaches “1,000 ms” keeps its labels clear of its title, phone and desktop',
    async () => {
      // Two shared vCPUs under 20,000 puts/s: reads wait seconds, so the axis runs 1 ms – 10 s.
      for (const width of [1280, 390]) {
        const w = await openPage(h, '?lang=en&profile=loopback-2vcpu&total=20000', {
          width,
          height: 900,
        });
        await settled(w.page);
        await runSweep(w.page, {
          param: 'writeQps',
          from: '0',
          to: '20000',
          points: '2',
          series: 'one',
        });
        const chart = w.page.locator('[data-testid="sweep-latency"] svg');
        const boxes = await chart.evaluate((svg) => {
          const box = (e: Element): [number, number] => {
            const r = e.getBoundingClientRect();
            return [r.left, r.right];
          };
          const title = [...svg.querySelectorAll('text.title')].find((e) =>
            e.getAttribute('transform')?.includes('rotate'),
          );
          return {
            title: title ? box(title) : null,
            ticks: [...svg.querySelectorAll('g.tick text[text-anchor="end"]')].map((e) => ({
              text: e.textContent,
              span: box(e),
            })),
          };
        });
        expect(boxes.ticks.map((x) => x.text)).toContain('1,000 ms');
        if (boxes.title === null) throw new Error('the latency chart has no y-axis title');
        const titleRight = boxes.title[1];
        for (const tick of boxes.ticks)
          expect(tick.span[0], tick.text ?? '').toBeGreaterThan(titleRight);
        expect(w.consoleErrors).toEqual([]);
      }
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'a phone has no hover: the sweep says to slide a finger for values, a mouse to hover',
    async () => {
      const pick = async (touch: boolean) => {
        const page = await h.browser.newPage({
          viewport: touch ? { width: 390, height: 900 } : { width: 1280, height: 900 },
          hasTouch: touch,
          isMobile: touch,
        });
        await page.goto(`${h.url}?lang=en&total=20000`);
        await settled(page);
        await runSweep(page, { param: 'clients', from: '1', to: '10', points: '2', series: 'one' });
        const visible = async (cls: string) => page.locator(`li.${cls}`).isVisible();
        const seen = { hover: await visible('pick-hover'), touch: await visible('pick-touch') };
        const text = (await page.locator('li.pick-touch').textContent()) ?? '';
        await page.close();
        return { seen, text };
      };
      const phone = await pick(true);
      expect(phone.seen).toEqual({ hover: false, touch: true });
      expect(phone.text).toContain('Slide a finger across the chart');
      expect((await pick(false)).seen).toEqual({ hover: true, touch: false });
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'A and B swept to the same figures at every point: the panel says one curve hides the other',
    async () => {
      // As in the A/B table above: on one shared machine, serializable reads from one member or
      // three cost the same.
      const w = await openPage(
        h,
        '?lang=en&profile=loopback-2vcpu&readMode=serializable&total=20000&b=1&b.endpoints=1',
      );
      await bothSettled(w.page);
      await runSweep(w.page, { param: 'clients', from: '1', to: '100', points: '2', series: 'ab' });
      const cells = (series: string) =>
        w.page
          .locator(`[data-testid="sweep-cell-rps"][data-series="${series}"]`)
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
      expect(await cells('a')).toHaveLength(2);
      expect(await cells('b')).toEqual(await cells('a'));
      expect(await w.page.getByTestId('sweep-same').textContent()).toContain(
        'A and B lie on each other',
      );
      expect(w.consoleErrors).toEqual([]);
    },
    4 * RUN_TIMEOUT,
  );

  test(
    'a bad sweep is refused naming what is allowed; a change of the experiment stops a running sweep',
    async () => {
      const w = await openPage(h, '?lang=zh&total=20000');
      await settled(w.page);
      await w.page.getByTestId('sweep-param').selectOption('writeQps');
      await w.page.getByTestId('sweep-to').fill('90000');
      await w.page.getByTestId('sweep-run').click();
      expect(await w.page.getByTestId('sweep-problem').textContent()).toContain('0 – 50,000');
      await w.page.getByTestId('sweep-to').fill('20000');
      await w.page.getByTestId('sweep-points').fill('30');
      await w.page.getByTestId('sweep-run').click();
      await w.page.getByTestId('sweep-stop').waitFor();
      await w.page.getByLabel('读模式', { exact: true }).selectOption('serializable');
      await w.page.waitForFunction(
        () =>
          document.querySelector('[data-testid="sweep-status"]')?.getAttribute('data-phase') ===
          'stopped',
        null,
        { timeout: RUN_TIMEOUT },
      );
      expect(await w.page.getByTestId('sweep-run').count()).toBe(1);
    },
    3 * RUN_TIMEOUT,
  );
});

describe('screenshots of compare and sweep', () => {
  for (const [name, width, lang] of [
    ['desktop', 1280, 'en'],
    ['desktop', 1280, 'zh'],
    ['phone', 375, 'en'],
    ['phone', 375, 'zh'],
  ] as const) {
    test(
      `${name} (${width} px) in ${lang}: A/B and a built-in sweep`,
      async () => {
        const w = await openPage(h, `?lang=${lang}&total=20000&b=1&b.readMode=serializable`, {
          width,
          height: 900,
        });
        await bothSettled(w.page);
        await w.page.getByTestId('compare').screenshot({
          path: `test-results/compare-${name}-${lang}.png`,
        });
        await w.page.locator('[data-builtin="members"]').click();
        await w.page.waitForFunction(
          () =>
            document.querySelector('[data-testid="sweep-status"]')?.getAttribute('data-phase') ===
            'done',
          null,
          { timeout: 4 * RUN_TIMEOUT },
        );
        await w.page.getByTestId('sweep').screenshot({
          path: `test-results/sweep-${name}-${lang}.png`,
        });
        // Nothing wider than the screen.
        const overflow = await w.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(w.consoleErrors).toEqual([]);
      },
      5 * RUN_TIMEOUT,
    );
  }
});

describe('accessibility of compare and sweep (axe-core)', () => {
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );

  /** Violations as short lines. The page's CSP refuses injected scripts, so this context bypasses it. */
  async function audit(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document) => Promise<AxeResults> } }).axe;
      const r = await axe.run(document);
      return r.violations.map(
        (v) =>
          `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
    });
  }

  test.each([
    ['en', 'light', 1280],
    ['zh', 'dark', 390],
  ] as const)(
    'A/B with both chains, and a finished sweep (%s, %s, %i px): no violations',
    async (lang, scheme, width) => {
      const context = await h.browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme,
        bypassCSP: true,
      });
      const page = await context.newPage();
      await page.goto(`${h.url}?lang=${lang}&total=20000&b=1&b.clients=100`);
      await bothSettled(page);
      await page.getByTestId('chain-switch').locator('label').nth(2).click();
      await page.getByTestId('sweep-param').selectOption('clients');
      await page.getByTestId('sweep-points').fill('3');
      await page.getByTestId('sweep-series').selectOption('ab');
      await page.getByTestId('sweep-run').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="sweep-status"]')?.getAttribute('data-phase') ===
          'done',
        null,
        { timeout: 4 * RUN_TIMEOUT },
      );
      expect(await audit(page)).toEqual([]);
      await page.getByTestId('close-b').click();
      await page.getByTestId('pin-baseline').waitFor();
      expect(await audit(page)).toEqual([]);
    },
    6 * RUN_TIMEOUT,
  );
});
