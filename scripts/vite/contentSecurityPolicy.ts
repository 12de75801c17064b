/**
 * Adds a Content-Security-Policy <meta> to the built index.html: scripts only from the page's own
 * origin (plus, by hash, any script a build inlines into the page — the single-file build does),
 * no eval, workers from the page's origin or blob: (inlined workers), no request to another origin.
 * Styles allow 'unsafe-inline' because Svelte sets element styles at run time; nothing else is
 * loosened. Build only: the dev server needs its own websocket and inline hot-reload styles.
 *
 * It runs when the bundle is written (generateBundle, enforce 'post'), after any plugin that inlines
 * scripts, so the hashes cover what the file really holds.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

export function policyFor(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length > 0 ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  // Right after the charset (which must come first), before anything the policy governs.
  const charset = /<meta charset=[^>]*>/i;
  if (charset.test(html)) return html.replace(charset, (m) => `${m}\n    ${meta}`);
  return html.replace(/<head>/i, `<head>\n    ${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    // order 'post': after the inlining plugins' own post-order handlers that come before this
    // one in the plugin list (vite.single.config.ts puts it last).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withPolicy(html);
        }
      },
    },
  };
}
