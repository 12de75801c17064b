/**
 * The built page carries a Content-Security-Policy that it lives with: nothing the lab does
 * violates it (load, a run in the worker), and it really is enforced (an injected inline script
 * is refused and never runs).
 */
import { describe, expect, test } from 'vitest';
import { useHarness } from './page.ts';

const h = useHarness();

declare global {
  interface Window {
    __violations: string[];
    __injectedRan?: boolean;
  }
}

describe('content security policy', () => {
  test('the lab loads and runs without a violation, and an inline script is refused', async () => {
    const page = await h.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(h.url + '?total=20000');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("connect-src 'self'");
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="run-status"]')?.getAttribute('data-phase') === 'done',
      undefined,
      { timeout: 60_000 },
    );
    expect(await page.evaluate(() => window.__violations)).toEqual([]);

    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injectedRan = true;';
      document.body.append(s);
    });
    await expect.poll(() => page.evaluate(() => window.__violations.length)).toBe(1);
    expect(await page.evaluate(() => window.__injectedRan ?? false)).toBe(false);
    expect((await page.evaluate(() => window.__violations))[0]).toMatch(/^script-src/);
  });
});
