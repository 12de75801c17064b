/**
 * "Your cluster" through a real Chromium: the stock tool's real output is read, shown beside the
 * model, the machines are fitted on the study worker and put into the lab (the link then carries
 * them); text it cannot read is refused naming the line, in the reader's language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useHarness } from './page.ts';
import { FLAGS } from '../../report/commandLine/flagSpecs.ts';
import { BENCHMARK_FLAGS } from '../../report/commandLine/flags.ts';

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
    // The model ran fewer requests than the pasted 20,000 (5,000: MAX_FIT_TOTAL), and says so.
    expect(await page.getByTestId('fit-fewer').textContent()).toContain(
      'The model ran 5,000 of this run’s 20,000 requests',
    );
    // Every label of the chart is drawn inside it: "99.9%", the last percentile, was centred on
    // the right edge and cut.
    const cut = await page.locator('[data-testid="fit-run"] svg[role="img"]').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        })
        .map((t) => t.textContent);
    });
    expect(cut).toEqual([]);

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

  for (const lang of ['en', 'zh'] as const) {
    test(`a refused command line's flags each stay on one line on a phone (${lang})`, async () => {
      const page = await h.browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(`${h.url}?lang=${lang}`);
      await page
        .getByTestId('fit-input')
        .fill(REAL.replace('--clients 10', '--clients 10 --frobnicate 3'));
      await page.getByTestId('fit-read').click();
      await page.getByTestId('fit-error').waitFor();
      // Every `--flag` of the message (the refusal lists the real tool's 20 it takes), with
      // the lines it is drawn on: the browser breaks after a hyphen, and "--" at one line's end
      // with "endpoints" on the next read as two words.
      const flags = await page.getByTestId('fit-error').evaluate((el) => {
        const out: { flag: string; lines: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const text: { node: Text; from: number }[] = [];
        let all = '';
        for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
          text.push({ node: n as Text, from: all.length });
          all += n.textContent ?? '';
        }
        const at = (i: number): [Text, number] => {
          const t = [...text].reverse().find((x) => x.from <= i) ?? text[0];
          return [t.node, i - t.from];
        };
        for (const m of all.matchAll(/--[a-z][\w-]*/g)) {
          const range = document.createRange();
          range.setStart(...at(m.index));
          range.setEnd(...at(m.index + m[0].length - 1));
          range.setEnd(range.endContainer, range.endOffset + 1);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          out.push({ flag: m[0], lines: tops.size });
        }
        return out;
      });
      // The unknown flag, then the real benchmark's own: not readpath's model flags (--members).
      expect(flags.map((f) => f.flag)).toEqual([
        '--frobnicate',
        ...FLAGS.filter(BENCHMARK_FLAGS).map((f) => `--${f.name}`),
      ]);
      expect(flags.filter((f) => f.lines !== 1)).toEqual([]);
    }, 60_000);
  }
});
