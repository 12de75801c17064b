/**
 * Accessibility audit with axe-core (WCAG rules: names, roles, contrast, landmarks) on the page
 * after a run, in both languages and both themes, on desktop and on a phone with the controls
 * drawer open and one request followed.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { useHarness } from './page.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const h = useHarness();

async function open(query: string, scheme: 'light' | 'dark', width: number): Promise<Page> {
  // The audit injects axe-core as an inline script, which the built page's Content-Security-Policy
  // refuses (as it should); the tool is the test's, not the page's, so this context bypasses the
  // policy. csp.e2e.ts checks the policy itself with a context that does not.
  const context = await h.browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(h.url + query);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done',
    null,
    { timeout: 120_000 },
  );
  return page;
}

/** Violations as short lines: impact, rule, how many nodes, the first few targets. */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
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
  return violations;
}

describe('accessibility (axe-core)', () => {
  test.each([
    ['English, light, desktop', '?lang=en', 'light', 1280],
    ['简体中文, dark, desktop', '?lang=zh', 'dark', 1280],
  ] as const)('%s: no violations', async (_, query, scheme, width) => {
    const page = await open(query, scheme, width);
    expect(await audit(page)).toEqual([]);
  });

  test('phone, controls open, one request followed: no violations', async () => {
    const page = await open('?lang=en', 'light', 390);
    await page.getByRole('button', { name: 'Show the parameters' }).click();
    await page.getByRole('button', { name: 'A slow one' }).click();
    expect(await audit(page)).toEqual([]);
  });

  test('the bcrypt lab open, after a measurement and a storm, dark: no violations', async () => {
    const page = await open('?lang=zh&bcryptCost=4', 'dark', 1280);
    await page.getByTestId('bcrypt-lab').locator('summary').click();
    await page.locator('#storm-clients').fill('6');
    await page.getByRole('button', { name: '开始登录风暴' }).click();
    await page.getByTestId('storm-speedup').waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: '测量成本 4–12' }).click();
    await page.getByTestId('use-device').waitFor({ timeout: 150_000 });
    expect(await audit(page)).toEqual([]);
  }, 200_000);
});
