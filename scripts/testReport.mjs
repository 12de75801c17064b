// What `npm test` (test-all.mjs) checks in a Vitest JSON report besides its counts: that every
// test file the suite includes ran at least one test. Plain JavaScript, as test-all.mjs runs
// under plain Node before anything is built; testReport.d.mts gives its types to the tests.
import { readdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Test files under `dir` whose names end in `suffix` (what the suite's config includes). */
export function testFiles(dir, suffix) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith(suffix))
    .map((f) => resolve(join(dir, f)));
}

/**
 * Files the suite should have run but its report shows with no test: missing from the report, or
 * there without a single test result. A file that loads and registers nothing (or a run that
 * stops early and still exits 0) would otherwise pass unseen, as one did in a session: a property
 * test ran for minutes, then Vitest exited 0 without printing a result.
 */
export function silentFiles(report, expected) {
  const ran = new Map(report.testResults.map((r) => [real(r.name), r.assertionResults.length]));
  return expected.filter((f) => !(ran.get(real(f)) > 0));
}

/** One name per file, whichever way it was reached (a symlinked checkout, a relative name). */
function real(file) {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}
