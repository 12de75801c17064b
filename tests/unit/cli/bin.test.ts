import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { helpText, USAGE_LINE } from '../../../cli/usage.ts';

const BIN = fileURLToPath(new URL('../../../bin/readpath.mjs', import.meta.url));

/** Runs the real executable in a separate Node, from a directory that is not the project. */
function readpath(...argv: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', cwd: '/' });
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
});
