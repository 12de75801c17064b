import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { policyFor, withPolicy } from '../../../scripts/vite/contentSecurityPolicy.ts';

describe('the built page’s content security policy', () => {
  test('a page with only external scripts allows scripts from its own origin and nothing inline', () => {
    const p = policyFor('<head><script type="module" src="./a.js"></script></head>');
    expect(p).toContain("script-src 'self';");
    expect(p.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });

  test('a script inlined by a build is allowed by its own hash and no other', () => {
    const body = 'console.log("inlined")';
    const hash = createHash('sha256').update(body).digest('base64');
    const html = `<head><meta charset="UTF-8" /><script type="module">${body}</script></head>`;
    const out = withPolicy(html);
    expect(out).toContain(`script-src 'self' 'sha256-${hash}'`);
    // The policy sits right after the charset, before the script it governs.
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
  });
});
