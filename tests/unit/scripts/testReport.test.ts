import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentFiles, testFiles } from '../../../scripts/testReport.mjs';

const result = (name: string, tests: number) => ({
  name,
  assertionResults: Array.from({ length: tests }, () => ({ status: 'passed' })),
});

describe('npm test: every included test file ran a test', () => {
  it('finds test files at any depth, by suffix only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'testfiles-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    for (const f of ['x.test.ts', 'a/y.test.ts', 'a/b/z.test.ts', 'a/helper.ts', 'a/b/w.e2e.ts'])
      writeFileSync(join(dir, f), '');
    const found = testFiles(dir, '.test.ts').map((f) => relative(dir, f));
    expect(found.sort()).toEqual(['a/b/z.test.ts', 'a/y.test.ts', 'x.test.ts']);
  });

  it('finds this file among the unit tests', () => {
    expect(testFiles('tests/unit', '.test.ts')).toContain(fileURLToPath(import.meta.url));
  });

  it('names a file missing from the report and one there with no test, and no other', () => {
    const files = ['/r/ran.test.ts', '/r/missing.test.ts', '/r/empty.test.ts'];
    const report = { testResults: [result('/r/ran.test.ts', 3), result('/r/empty.test.ts', 0)] };
    expect(silentFiles(report, files)).toEqual(['/r/missing.test.ts', '/r/empty.test.ts']);
  });

  it('matches a file reached through a symlinked checkout with its real name in the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'testlink-'));
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'a.test.ts'), '');
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    const viaLink = join(dir, 'link', 'a.test.ts');
    const report = { testResults: [result(realpathSync(join(dir, 'real', 'a.test.ts')), 1)] };
    expect(silentFiles(report, [viaLink])).toEqual([]);
    expect(silentFiles({ testResults: [] }, [viaLink])).toEqual([viaLink]);
  });

  it('matches a report name given relative to the working directory', () => {
    const abs = join(process.cwd(), 'tests/unit/a.test.ts');
    const report = { testResults: [result('tests/unit/a.test.ts', 1)] };
    expect(silentFiles(report, [abs])).toEqual([]);
  });
});
