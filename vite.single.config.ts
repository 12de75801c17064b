/**
 * `npm run build:single` → dist-single/etcd-read-path-lab.html: the whole lab in one file that works
 * opened from file:// with no network (README, "One offline HTML file"). The normal build
 * (vite.config.ts → dist/) is untouched: this config only adds to it.
 *
 * vite-plugin-singlefile inlines the app's script and styles; two small plugins below cover what it
 * leaves outside:
 *
 * - inlineWorkers(): every `?worker` import (src/lib/workers.ts) becomes `?worker&inline`, so each
 *   worker is bundled as a classic script (worker.format 'iife') inside the app's script and started
 *   from a blob: URL. Pages opened as file:// have origin null and cannot start a module worker
 *   from a file; a blob: classic worker works there.
 * - inlinePublicFiles(dir): references to the files of the public folder (`./favicon.svg`) become
 *   data: URLs in the HTML and the script, because next to a lone HTML file there is no folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';

const WORKER_QUERY = /[?&]worker(?:&|$)/;
const INLINE_QUERY = /[?&]inline(?:&|$)/;

function inlineWorkers(): Plugin {
  return {
    name: 'readpath:inline-workers',
    enforce: 'pre',
    resolveId: {
      // Only `?worker` imports reach the handler (a hook filter: no call per module).
      filter: { id: WORKER_QUERY },
      async handler(source, importer, options) {
        if (INLINE_QUERY.test(source)) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        if (!resolved) return null;
        const id = INLINE_QUERY.test(resolved.id) ? resolved.id : `${resolved.id}&inline`;
        return { ...resolved, id };
      },
    },
  };
}

const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

/** `./name` → data: URL for every file directly in `dir` (the Vite publicDir). */
function publicDataUrls(dir: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const mime = MIME[extname(name)];
    if (!mime) throw new Error(`build:single cannot inline ${join(dir, name)}: unknown type`);
    const base64 = readFileSync(join(dir, name)).toString('base64');
    urls.set(`./${name}`, `data:${mime};base64,${base64}`);
  }
  return urls;
}

function replaceAll(text: string, urls: Map<string, string>): string {
  let out = text;
  for (const [ref, url] of urls) out = out.replaceAll(`"${ref}"`, `"${url}"`);
  return out;
}

function inlinePublicFiles(dir: string): Plugin {
  const urls = publicDataUrls(dir);
  return {
    name: 'readpath:inline-public-files',
    transformIndexHtml: (html) => replaceAll(html, urls),
    // Svelte compiles `<img src="./favicon.svg">` into a template string in the script.
    renderChunk: (code) => ({ code: replaceAll(code, urls), map: null }),
  };
}

// The plugin list is this build's own (mergeConfig would append to the base's): the
// Content-Security-Policy comes last, so it hashes the script as inlined.
export default mergeConfig(
  { ...base, plugins: [] },
  defineConfig({
    publicDir: false,
    plugins: [
      svelte(),
      inlineWorkers(),
      inlinePublicFiles('static'),
      viteSingleFile({ outputFileName: 'etcd-read-path-lab.html' }),
      contentSecurityPolicy(),
    ],
    worker: { format: 'iife' },
    build: { outDir: 'dist-single' },
  }),
);
