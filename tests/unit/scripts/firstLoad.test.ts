/**
 * The first-load measure: the entry of index.html and every chunk reachable from it by static
 * imports count; chunks reached only by import() and the workers do not; gzip sizes add up; the
 * budget verdict follows the sum.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import {
  entryOf,
  firstLoad,
  formatFirstLoad,
  staticImports,
  FIRST_LOAD_BUDGET_KB,
} from '../../../scripts/firstLoad.ts';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'firstload-'));
  mkdirSync(join(dir, 'assets'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('staticImports', () => {
  test('finds minified and spaced static imports, not dynamic ones', () => {
    const code =
      'import{a as b}from"./one.js";import"./two.js";import * as n from \'./three.js\';' +
      'const x=()=>import("./lazy.js");import {c} from "./four.js"';
    expect(staticImports(code)).toEqual(['./one.js', './two.js', './three.js', './four.js']);
  });
});

describe('entryOf', () => {
  test('is the module script of the page, and its absence is named', () => {
    expect(entryOf('<script type="module" crossorigin src="./assets/app-1.js"></script>')).toBe(
      'assets/app-1.js',
    );
    expect(() => entryOf('<p>no script</p>')).toThrow(/no <script type="module"/);
  });
});

describe('firstLoad', () => {
  test('counts the entry and its static imports, transitively; lists the rest apart', () => {
    const entry = 'import{x}from"./shared.js";const l=()=>import("./lazy.js");' + 'a'.repeat(500);
    const d = site({
      'index.html': '<script type="module" src="./assets/app.js"></script>',
      'assets/app.js': entry,
      'assets/shared.js': 'import"./deep.js";export const x=1;',
      'assets/deep.js': 'export const y=2;',
      'assets/lazy.js': 'import{x}from"./shared.js";export default x;',
      'assets/sim.worker.js': 'self.onmessage=()=>{};',
    });
    const r = firstLoad(d);
    expect(r.first.map((c) => c.file).sort()).toEqual([
      'assets/app.js',
      'assets/deep.js',
      'assets/shared.js',
    ]);
    expect(r.later.map((c) => c.file).sort()).toEqual(['assets/lazy.js', 'assets/sim.worker.js']);
    expect(r.firstGzip).toBe(
      gzipSync(entry, { level: 9 }).length +
        gzipSync('import"./deep.js";export const x=1;', { level: 9 }).length +
        gzipSync('export const y=2;', { level: 9 }).length,
    );
    expect(formatFirstLoad(r)).toMatch(/^first load: 0\.\d kB of JavaScript gzipped \(within/);
  });

  test('says OVER when the first load passes the budget', () => {
    // Pseudo-random base-36 text compresses to ~⅔: twice the budget in text is over it gzipped.
    let s = '';
    let x = 1;
    while (s.length < FIRST_LOAD_BUDGET_KB * 1000 * 2) {
      x = (x * 1103515245 + 12345) % 2147483648;
      s += x.toString(36);
    }
    const d = site({
      'index.html': '<script type="module" src="./assets/app.js"></script>',
      'assets/app.js': `const s="${s}";`,
    });
    const r = firstLoad(d);
    expect(r.firstGzip).toBeGreaterThan(FIRST_LOAD_BUDGET_KB * 1000);
    expect(formatFirstLoad(r)).toContain(`OVER the ${FIRST_LOAD_BUDGET_KB} kB budget`);
  });
});
