import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { helpText, USAGE_LINE } from '../../../cli/usage.ts';

const BIN = fileURLToPath(new URL('../../../bin/readpath.mjs', import.meta.url));

/** Runs the real executable in a separate Node, from a directory that is not the project. */
function readpath(...argv: string[]): { status: number | null; stdout: string; stderr: string } {
  return readpathWith('', ...argv);
}

function readpathWith(
  input: string,
  ...argv: string[]
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', cwd: '/', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the readpath executable', () => {
  test('loads the TypeScript CLI through tsx from any directory and prints the help', () => {
    const r = readpath('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(helpText());
  });

  test('sets exit status 2 and prints the refusal and the usage line on stderr', () => {
    const r = readpath('range', 'k', '--conns=0');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `readpath: invalid --conns: 0 (allowed: integers 1..1000 connections)\n${USAGE_LINE}\n`,
    );
  });

  test('fit reads real benchmark output on its standard input', () => {
    const output = readFileSync(
      new URL('../report/fixtures/loopback-3.4.23-l-10c.txt', import.meta.url),
      'utf8',
    );
    const r = readpathWith(output, 'fit', '--profile=loopback-2vcpu');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Fitted to 1 run of benchmark output/);
    expect(r.stdout).toMatch(/\n {2}1 \(line 1\) {2}qps {5}4,940 /);
  }, 60_000);
});
