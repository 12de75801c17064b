import { describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { main, type CliIo, type SimulateFn } from '../../../cli/main.ts';
import { parseArgs } from '../../../report/commandLine/flags.ts';
import { USAGE_LINE } from '../../../cli/usage.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import type { SweepJson } from '../../../report/sweepExport.ts';
import { simResultFixture } from './fixture.ts';

async function run(argv: string[], simulate?: SimulateFn) {
  const out: string[] = [];
  const err: string[] = [];
  const calls: Scenario[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stderrIsTTY: false,
  };
  const fake: SimulateFn = async (s) => {
    calls.push(s);
    return simResultFixture(s);
  };
  const code = await main(argv, io, simulate ?? fake);
  return { code, stdout: out.join(''), stderr: err.join(''), calls };
}

const SWEEP = ['sweep', '--param', 'write-qps', '--from', '0', '--to', '20000', '--points', '5'];

describe('readpath sweep', () => {
  test('runs the experiment the other flags describe at each value and prints one CSV row per run', async () => {
    const r = await run([...SWEEP, '--series=readModes', '--consistency=s', '--clients=500']);
    expect(r.code).toBe(0);
    expect(r.calls.map((s) => [s.writeQps, s.readMode, s.clients])).toEqual(
      [0, 5000, 10_000, 15_000, 20_000].flatMap((w) => [
        [w, 'linearizable', 500],
        [w, 'serializable', 500],
      ]),
    );
    const rows = csvParse(r.stdout);
    expect(rows.columns.slice(0, 3)).toEqual(['series', 'writeQps', 'rps']);
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => Number(row.writeQps))).toEqual(r.calls.map((s) => s.writeQps));
    expect(Number(rows[0].rps)).toBe(simResultFixture(r.calls[0]).summary.rps);
  });

  test('--json prints the plan and every result', async () => {
    const r = await run([...SWEEP, '--json']);
    const doc = JSON.parse(r.stdout) as SweepJson;
    expect(doc.kind).toBe('readpath-sweep');
    expect(doc.spec).toEqual({
      param: 'writeQps',
      from: 0,
      to: 20_000,
      points: 5,
      spacing: 'linear',
      series: 'one',
    });
    expect(doc.points).toHaveLength(5);
  });

  test('the parameter is named by its field or by its flag', () => {
    expect(parseArgs(['sweep', '--param=peer-rtt-ms']).sweep.param).toBe('peerRttMs');
    expect(parseArgs(['sweep', '--param=peerRttMs']).sweep.param).toBe('peerRttMs');
  });

  test.each([
    [['sweep'], 'readpath: sweep needs --param NAME'],
    [
      ['sweep', '--param=consistency'],
      'readpath: invalid --param: consistency (allowed: clients, conns,',
    ],
    [
      [...SWEEP.slice(0, 3), '--from=abc'],
      'readpath: invalid --from: abc (allowed: numbers 0..50000)',
    ],
    [
      [...SWEEP.slice(0, 3), '--points=99'],
      'readpath: invalid --points: 99 (allowed: numbers 2..50)',
    ],
    [
      [...SWEEP.slice(0, 3), '--spacing=log'],
      'readpath: invalid --from: 0 (allowed: log spacing needs',
    ],
    [
      [...SWEEP.slice(0, 3), '--series=ab'],
      'readpath: invalid --series: ab (allowed: one, readModes',
    ],
  ])('refuses %j naming the flag and what it allows, exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr).toContain(USAGE_LINE);
    expect(r.calls).toEqual([]);
  });

  test('sweep flags belong to the sweep command', async () => {
    const r = await run(['range', 'k', '--points=3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--points is a flag of the sweep command');
  });

  test('a run that fails is named, the others still run and print, and the exit code is 1', async () => {
    const r = await run(SWEEP, async (s) => {
      if (s.writeQps === 10_000) throw new Error('the simulation stalled');
      return simResultFixture(s);
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('run writeQps=10000 (base) failed: the simulation stalled');
    const xs = csvParse(r.stdout).map((row) => Number(row.writeQps));
    expect(xs).toEqual([0, 5000, 15000, 20000]);
  });
});
