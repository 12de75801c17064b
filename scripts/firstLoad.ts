/**
 * How much JavaScript the built page loads before its first screen: the entry script of
 * dist/index.html and every chunk it imports statically (what the browser must fetch and run
 * before the app mounts), gzipped at level 9 as a static host would serve it. Chunks loaded with
 * import() on demand (the later panels, the bcrypt lab, the sweep, the share dialog, 简体中文)
 * and the workers are listed apart. `npm run size` prints it and exits 1 over FIRST_LOAD_BUDGET_KB
 * (issue 16); `npm test` runs it as a gate right after the production build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load budget, kB (1,000 bytes) of gzipped JavaScript. */
export const FIRST_LOAD_BUDGET_KB = 60;

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface FirstLoad {
  /** The entry and everything it imports statically, entry first. */
  first: ChunkSize[];
  /** Every other JavaScript file of the build (dynamic chunks, workers). */
  later: ChunkSize[];
  firstGzip: number;
}

/** Static imports of an ES module chunk: `import … from "./x.js"` and `import "./x.js"`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  // Minified chunks write `import{a as b}from"./x.js"` or `import"./x.js"`; dynamic import()
  // has a parenthesis and is not matched.
  const re = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (let m = re.exec(code); m !== null; m = re.exec(code)) out.push(m[1]);
  return out;
}

/** The entry script of index.html (the module script's src, relative to dist). */
export function entryOf(html: string): string {
  const m = /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html);
  if (m === null) throw new Error('dist/index.html has no <script type="module" src=…>');
  return posix.normalize(m[1]);
}

function size(dist: string, file: string): ChunkSize {
  const code = readFileSync(join(dist, file));
  return { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export function firstLoad(dist: string): FirstLoad {
  const entry = entryOf(readFileSync(join(dist, 'index.html'), 'utf8'));
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code))
      if (spec.startsWith('.')) queue.push(posix.join(posix.dirname(file), spec));
  }
  const first = [...seen].map((f) => size(dist, f));
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => posix.join('assets', f));
  const later = all.filter((f) => !seen.has(f)).map((f) => size(dist, f));
  return { first, later, firstGzip: first.reduce((s, c) => s + c.gzip, 0) };
}

const kB = (n: number): string => (n / 1000).toFixed(1);

export function formatFirstLoad(r: FirstLoad): string {
  const rows = (list: ChunkSize[]): string =>
    [...list]
      .sort((a, b) => b.gzip - a.gzip)
      .map((c) => `  ${kB(c.gzip).padStart(6)} kB gz  ${kB(c.bytes).padStart(6)} kB  ${c.file}\n`)
      .join('');
  const verdict = r.firstGzip <= FIRST_LOAD_BUDGET_KB * 1000 ? 'within' : 'OVER';
  return (
    `first load: ${kB(r.firstGzip)} kB of JavaScript gzipped (${verdict} the ${FIRST_LOAD_BUDGET_KB} kB budget)\n` +
    rows(r.first) +
    `loaded on demand (chunks and workers): ${kB(r.later.reduce((s, c) => s + c.gzip, 0))} kB gzipped\n` +
    rows(r.later)
  );
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const r = firstLoad(process.argv[2] ?? 'dist');
  process.stdout.write(formatFirstLoad(r));
  if (r.firstGzip > FIRST_LOAD_BUDGET_KB * 1000) process.exitCode = 1;
}
