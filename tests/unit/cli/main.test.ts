import { describe, expect, test } from 'vitest';
import { FLAGS } from '../../../report/commandLine/flagSpecs.ts';
import { main, type CliIo, type SimulateFn } from '../../../cli/main.ts';
import { USAGE_LINE } from '../../../cli/usage.ts';
import { formatBenchReport } from '../../../report/benchReport.ts';
import { formatBottleneck } from '../../../report/bottleneck.ts';
import { formatStageTable } from '../../../report/stageTable.ts';
import type { SimOptions } from '../../../workers/api.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import { maybeScenario } from '../../../workers/contract/validate.ts';
import { simResultFixture } from './fixture.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** What the fake model was called with, one entry per call. */
  calls: { scenario: Scenario; options: SimOptions }[];
}

/** A model stand-in: reports progress twice when asked, then returns the fixture on the scenario. */
const fakeSimulate =
  (calls: Run['calls']): SimulateFn =>
  async (scenario, options = {}) => {
    calls.push({ scenario, options });
    await options.onProgress?.({ fraction: 0.5, completed: scenario.total / 2 });
    await options.onProgress?.({ fraction: 1, completed: scenario.total });
    return simResultFixture(scenario);
  };

async function run(
  argv: string[],
  opts: { tty?: boolean; simulate?: SimulateFn } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const calls: Run['calls'] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stderrIsTTY: opts.tty ?? false,
  };
  const code = await main(argv, io, opts.simulate ?? fakeSimulate(calls));
  return { code, stdout: out.join(''), stderr: err.join(''), calls };
}

const ARTICLE = [
  'range',
  'hello',
  '--consistency=l',
  '--conns=100',
  '--clients=1000',
  '--total=500000',
];

describe('readpath range', () => {
  test('prints the benchmark header, the report, a blank line, the stage table and the bottleneck', async () => {
    const r = await run(ARTICLE);
    const result = simResultFixture(r.calls[0].scenario);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'bench with linearizable range\n' +
        formatBenchReport(result.summary, { precise: false }) +
        '\n' +
        formatStageTable(result) +
        '\n' +
        formatBottleneck(result),
    );
    expect(
      r.stdout.startsWith('bench with linearizable range\n\nSummary:\n  Total:\t0.0125 secs.\n'),
    ).toBe(true);
  });

  test('runs the model on the scenario the command line describes, valid as it is', async () => {
    const r = await run(ARTICLE);
    expect(r.calls).toHaveLength(1);
    const s = r.calls[0].scenario;
    expect(maybeScenario(s)).toEqual(s);
    expect(s).toMatchObject({
      request: 'range',
      readMode: 'linearizable',
      conns: 100,
      clients: 1000,
      total: 500_000,
    });
  });

  test('names serializable reads in the header and uses %g with --precise', async () => {
    const r = await run(['range', 'k', '--consistency=s', '--precise']);
    expect(r.stdout.startsWith('bench with serializable range\n\nSummary:\n')).toBe(true);
    expect(r.stdout).toContain('  Average:\t0.00287 secs.\n');
  });

  test('--json prints the whole result as indented JSON and nothing else', async () => {
    const r = await run([...ARTICLE, '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(simResultFixture(r.calls[0].scenario), null, 2)}\n`);
    expect(JSON.parse(r.stdout)).toEqual(simResultFixture(r.calls[0].scenario));
  });

  test('draws progress on stderr when it is a terminal, and erases it before the report', async () => {
    const r = await run(ARTICLE, { tty: true });
    expect(r.calls[0].options.progressEvery).toBe(5000);
    expect(r.stderr).toBe('\r250000 / 500000  50.0%\r500000 / 500000  100.0%\r\x1b[K');
    expect(r.stdout).not.toContain('%\r');
  });

  test('asks for no progress when stderr is not a terminal', async () => {
    const r = await run(ARTICLE, { tty: false });
    expect(r.calls[0].options.onProgress).toBeUndefined();
    expect(r.stderr).toBe('');
  });

  test('prints notes for accepted-but-ignored flags on stderr only', async () => {
    const r = await run([...ARTICLE, '--sample']);
    expect(r.stderr).toBe('note: --sample is accepted and ignored\n');
    expect(r.stdout).not.toContain('note:');
  });

  test('exits 1 with the model error on stderr when the model fails', async () => {
    const failing: SimulateFn = async () => {
      throw new Error('the read-path model is being written');
    };
    const r = await run(ARTICLE, { simulate: failing, tty: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('bench with linearizable range\n');
    expect(r.stderr).toBe('readpath: the read-path model is being written\n');
  });
});

describe('readpath authenticate', () => {
  test('drives Authenticate calls with a bcrypt compare per request and prints the report', async () => {
    const r = await run(['authenticate', '--clients=200', '--conns=200', '--etcd-version=3.4.8']);
    expect(r.code).toBe(0);
    expect(r.calls[0].scenario).toMatchObject({
      request: 'authenticate',
      auth: 'password-per-request',
      etcdVersion: '3.4.8',
    });
    expect(r.stdout.startsWith('bench with authenticate\n\nSummary:\n')).toBe(true);
  });
});

describe('readpath help and refusals', () => {
  test('--help prints every flag on stdout and exits 0 without running the model', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.calls).toHaveLength(0);
    for (const spec of FLAGS) expect(r.stdout).toContain(`--${spec.name}`);
    expect(r.stderr).toBe('');
  });

  test('help as a command prints the same text', async () => {
    expect((await run(['help'])).stdout).toBe((await run(['-h'])).stdout);
  });

  test('a bad flag exits 2 with one line naming the flag, then the usage line', async () => {
    const r = await run(['range', 'k', '--members=4']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`readpath: invalid --members: 4 (allowed: 1, 3, 5, 7)\n${USAGE_LINE}\n`);
    expect(r.calls).toHaveLength(0);
  });

  test('control characters the user typed are echoed as visible escapes, never raw', async () => {
    const r = await run(['range', 'k', '--clients=\x1b[2J\x07\u009b5']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'readpath: invalid --clients: \\x1b[2J\\x07\\x9b5 (allowed: ' +
        r.stderr.split('(allowed: ')[1].split('\n')[0],
    );
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test('a failed run exits 1 with one line', async () => {
    const r = await run(['range', 'k'], {
      simulate: async () => {
        throw new Error('out of budget\x1b[0m');
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('readpath: out of budget\\x1b[0m\n');
  });

  test('an unknown command exits 2', async () => {
    const r = await run(['put', 'k']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'readpath: unknown command "put" (allowed: range, authenticate, sweep, calibrate, fit, help)',
    );
  });
});
