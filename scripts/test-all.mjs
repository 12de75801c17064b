#!/usr/bin/env node
// `npm test`: every check in order — types, format/lint, unit, build, browser — then one plain
// closing line `N passed, N failed, N skipped` (CI reads that line, not Vitest's summary).
// Each gate that is not a test suite (types, lint, build) counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { silentFiles, testFiles } from './testReport.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, cmd, args) {
  process.stdout.write(`\n=== ${label}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  return r.status === 0;
}

function gate(label, cmd, args) {
  const ok = run(label, cmd, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) process.stdout.write(`=== ${label} FAILED\n`);
  return ok;
}

/** Runs a Vitest suite and adds the counts from its JSON report (not its exit code alone). */
function suite(label, args, report, expected) {
  rmSync(report, { force: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args]);
  if (!existsSync(report)) {
    totals.failed += 1;
    process.stdout.write(`=== ${label} FAILED before writing ${report}\n`);
    return false;
  }
  const j = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += j.numPassedTests;
  totals.failed += j.numFailedTests;
  totals.skipped += j.numPendingTests + j.numTodoTests;
  // A file that ran no test is a failure, named; a suite that fails to load a file reports no
  // failed test but a failed run (that file is also silent): count it once.
  const silent = silentFiles(j, expected);
  if (silent.length > 0)
    process.stdout.write(`=== ${label}: no test result from ${silent.join(', ')}\n`);
  const unseen = !ok && j.numFailedTests === 0 ? 1 : 0;
  totals.failed += Math.max(silent.length, unseen);
  return ok && silent.length === 0;
}

gate('types (svelte-check + tsc)', 'npm', ['run', '--silent', 'check']);
gate('format and lint', 'npm', ['run', '--silent', 'lint']);
gate('module boundaries and cycles', 'npm', ['run', '--silent', 'depcheck']);
suite('unit tests', [], 'test-results/unit.json', testFiles('tests/unit', '.test.ts'));
const built = gate('production build', 'npx', ['vite', 'build']);
if (built) gate('first-load JavaScript ≤ 60 kB gzipped', 'npx', ['tsx', 'scripts/firstLoad.ts']);
// The one offline HTML file; the browser tests open it from file://.
const single = gate('single-file build', 'npm', ['run', '--silent', 'build:single']);
if (built && single) {
  suite(
    'browser tests',
    ['--config', 'vitest.e2e.config.ts'],
    'test-results/e2e.json',
    testFiles('tests/e2e', '.e2e.ts'),
  );
} else {
  totals.failed += 1;
  process.stdout.write('=== browser tests not run: a build failed\n');
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
