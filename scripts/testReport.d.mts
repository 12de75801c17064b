/** Types of testReport.mjs (plain JavaScript: test-all.mjs runs it under plain Node). */

/** Test files under `dir` whose names end in `suffix`, as absolute paths. */
export function testFiles(dir: string, suffix: string): string[];

/** What silentFiles reads of a Vitest JSON report. */
export interface VitestReport {
  testResults: { name: string; assertionResults: unknown[] }[];
}

/** Of `expected`, the files the report has no test result from. */
export function silentFiles(report: VitestReport, expected: readonly string[]): string[];
