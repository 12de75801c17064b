/**
 * `readpath fit` on a stand-in model whose QPS is proportional to the core speed and whose
 * latency is its inverse: the command reads stdin, refuses what it cannot read with the line and
 * exit 2, and prints the real figures, the model's before and after, and the fitted flags.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { main, type CliIo, type SimulateFn } from '../../../cli/main.ts';
import { simResultFixture } from './fixture.ts';

const real = readFileSync(
  new URL('../report/fixtures/loopback-3.4.23-l-10c.txt', import.meta.url),
  'utf8',
);

/** QPS 9,880 × core speed and every latency ÷ it: core speed 0.5 reproduces the real 4,940/s. */
const standIn: SimulateFn = async (s) => {
  const r = simResultFixture(s);
  const k = s.cpuSpeed / 0.5;
  r.summary.rps = 4940.2161 * k;
  r.summary.averageSec = 0.002 / k;
  r.summary.percentiles = [
    { p: 50, sec: 0.0014 / k },
    { p: 90, sec: 0.0034 / k },
    { p: 99, sec: 0.0099 / k },
  ];
  return r;
};

async function fit(argv: string[], stdin: string | null, tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stderrIsTTY: false,
    stdinIsTTY: tty,
    readStdin: stdin === null ? undefined : async () => stdin,
  };
  const code = await main(['fit', ...argv], io, standIn);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('readpath fit', () => {
  test('fits the core speed to the pasted run and prints real, before and fitted side by side', async () => {
    const r = await fit(['--profile=loopback-2vcpu'], real);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^Fitted to 1 run of benchmark output, starting from the loopback-2vcpu profile\./,
    );
    const qps = r.stdout.split('\n').find((l) => l.includes(' qps '));
    const cells = qps?.trim().split(/\s{2,}/) ?? [];
    expect(cells.slice(0, 4)).toEqual(['1 (line 1)', 'qps', '4,940', '9,782']);
    // Fitted: within a few req/s of the real run (the pull toward the start is a tie-breaker).
    expect(Math.abs(Number(cells[4].replace(',', '')) - 4940)).toBeLessThanOrEqual(5);
    expect(r.stdout).toMatch(/core speed {2}0\.99 → 0\.5 × reference core/);
    expect(r.stdout).toContain('--profile=loopback-2vcpu --cpu-speed=0.5');
  });

  test('--json prints the parsed runs and the fit', async () => {
    const r = await fit(['--json'], real);
    const j = JSON.parse(r.stdout) as {
      profile: string;
      runs: unknown[];
      fit: { fitted: { cpuSpeed: number } };
    };
    expect(j.profile).toBe('article-3x8c');
    expect(j.runs).toHaveLength(1);
    expect(j.fit.fitted.cpuSpeed).toBeCloseTo(0.5, 2);
  });

  test('refuses a terminal or nothing to read, and text it cannot read, with exit 2', async () => {
    expect((await fit([], real, true)).stderr).toMatch(
      /fit reads the benchmark's output on its standard input/,
    );
    expect((await fit([], null)).code).toBe(2);
    const bad = await fit([], real.replace('Average:\t0.0020 secs.', 'Average:\tsoon'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^readpath: line 9: could not read “Average:\tsoon” in the Summary/);
    const noCommand = await fit([], real.split('\n').slice(1).join('\n'));
    expect(noCommand.stderr).toMatch(/this run has no command line/);
    const badFlag = await fit([], real.replace('--clients 10', '--clients ten'));
    expect(badFlag.stderr).toMatch(
      /line 1: could not read its command line: invalid --clients: ten/,
    );
  });

  test('scenario flags beside fit are noted as ignored', async () => {
    const r = await fit(['--clients=5'], real);
    expect(r.stderr).toContain(
      'note: fit reads each experiment from its pasted command line; ignoring --clients',
    );
  });
});
