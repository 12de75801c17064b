/**
 * `readpath calibrate` and the calibration table, on stand-in models: the command's shape (a row per
 * figure, pass/FAIL, exit 0 as a report, JSON) and the table's arithmetic. How close the real model
 * comes to the article is the model's own tests' business (tests/unit/workers/model).
 */
import { clientResource } from '../../../workers/contract/resourceId.ts';
import { describe, expect, test } from 'vitest';
import { main, type CliIo, type SimulateFn } from '../../../cli/main.ts';
import {
  calibrationRow,
  errorText,
  memberCpuUs,
  rowCells,
  type CalibrationReport,
} from '../../../report/calibrationTable.ts';
import { rowScenarios, runCalibration } from '../../../report/calibrationRun.ts';
import {
  CALIBRATION_ROWS,
  type CalibrationRowSpec,
} from '../../../workers/contract/calibrationRows.ts';
import type { SimResult } from '../../../workers/contract/result.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import { TRENDS } from '../../../report/trends.ts';
import { simulate } from '../../../workers/model/simulate.ts';
import { scenarioOnProfile } from '../../../workers/contract/scenario.ts';
import { simResultFixture } from './fixture.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  scenarios: Scenario[];
}

/** The fixture for every scenario: 800 req/s and 2.87 ms, far from every measured figure. */
const flatModel =
  (scenarios: Scenario[]): SimulateFn =>
  async (scenario) => {
    scenarios.push(scenario);
    return simResultFixture(scenario);
  };

async function calibrate(
  argv: string[] = [],
  opts: { tty?: boolean; simulate?: SimulateFn } = {},
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const scenarios: Scenario[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    stderrIsTTY: opts.tty ?? false,
  };
  const code = await main(['calibrate', ...argv], io, opts.simulate ?? flatModel(scenarios));
  return { code, stdout: out.join(''), stderr: err.join(''), scenarios };
}

/** A row built for the arithmetic tests, independent of the sources' numbers. */
const RUN = { profile: 'article-3x8c', scenario: {} } as const;
const QPS_ROW: CalibrationRowSpec = {
  id: 'lecture.made-up.qps',
  source: 'lecture',
  metric: 'qps',
  run: RUN,
  measured: 1000,
  tolerance: { kind: 'relative', within: 0.25 },
  from: 'a test',
};

describe('readpath calibrate', () => {
  test('runs every scenario the rows name, each once', async () => {
    const r = await calibrate();
    const rows = rowScenarios(CALIBRATION_ROWS);
    for (const s of rows) expect(r.scenarios).toContainEqual(s);
    const keys = r.scenarios.slice(0, rows.length).map((s) => JSON.stringify(s));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('prints a row per figure with source, measured value and error, and exits 0 though rows fail', async () => {
    const r = await calibrate();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.trimStart().startsWith('source'));
    expect(header?.trim().split(/\s{2,}/)).toEqual([
      'source',
      'row',
      'figure',
      'measured',
      'model',
      'error',
      'tolerance',
      'result',
    ]);
    for (const spec of CALIBRATION_ROWS.filter((x) => x.metric === 'qps' && !('over' in x))) {
      const name = spec.id.slice(spec.source.length + 1);
      const line = lines.find(
        (l) => l.trim().startsWith(`${spec.source}`) && l.includes(` ${name} `),
      );
      expect(line, spec.id).toBeDefined();
      const cells = (line ?? '').trim().split(/\s{2,}/);
      // 800 req/s from the stand-in model against the measured figure.
      expect(cells[3]).toBe(spec.measured.toLocaleString('en-US'));
      expect(cells[4]).toBe('800');
      expect(cells[5]).toBe(errorText((800 - spec.measured) / spec.measured));
      expect(cells[7]).toBe('FAIL');
    }
  });

  test('lists every trend with pass or FAIL, then a tally by source', async () => {
    const r = await calibrate();
    for (const t of TRENDS)
      expect(r.stdout).toMatch(new RegExp(`\\n  (pass|FAIL)  ${t.sentence.slice(0, 30)}`));
    // The tally wraps like the rest of the report; read it with its line breaks as spaces.
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(
      / \d+ of \d+ rows within tolerance \(lecture \d+ of \d+, etcd\.io \d+ of \d+, loopback \d+ of \d+\); \d+ of 5 trends hold\. $/,
    );
  });

  test('--json prints the report as JSON: the same rows and trends', async () => {
    const r = await calibrate(['--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CalibrationReport;
    expect(report.rows.map((x) => x.id)).toEqual(CALIBRATION_ROWS.map((x) => x.id));
    expect(report.rows[0]).toMatchObject({ id: CALIBRATION_ROWS[0].id, metric: 'qps', model: 800 });
    expect(report.trends.map((t) => t.id)).toEqual(TRENDS.map((t) => t.id));
    for (const t of report.trends) expect(typeof t.detail).toBe('string');
  });

  test('draws which run it is on over stderr on a terminal, and erases it before the report', async () => {
    const r = await calibrate([], { tty: true });
    const steps = rowScenarios(CALIBRATION_ROWS).length + TRENDS.length;
    expect(r.stderr).toContain(`[1/${steps}] `);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(r.stdout).not.toContain('\r');
  });

  test('exits 1 with the message when the model fails', async () => {
    const r = await calibrate([], {
      simulate: async () => {
        throw new Error('the simulation stalled with requests unfinished');
      },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('readpath: the simulation stalled with requests unfinished\n');
  });
});

describe('the calibration table', () => {
  function fake(rps: number, avgMs: number, p99Ms: number): SimResult {
    const r = simResultFixture();
    r.summary.rps = rps;
    r.summary.averageSec = avgMs / 1000;
    r.summary.percentiles = r.summary.percentiles.map((p) =>
      p.p === 99 ? { p: 99, sec: p99Ms / 1000 } : p,
    );
    return r;
  }

  test('relative error is (model − measured) / measured, judged against the relative tolerance', () => {
    const row = calibrationRow(QPS_ROW, fake(800, 2.1, 5));
    expect(row).toMatchObject({ metric: 'qps', measured: 1000, model: 800, pass: true });
    expect(row.error).toBeCloseTo(-0.2, 12);
    expect(rowCells(row)).toEqual([
      'lecture',
      'made-up.qps',
      'qps',
      '1,000',
      '800',
      '−20.0 %',
      '±25 %',
      'pass',
    ]);
  });

  test('an error that rounds to zero prints without a sign', () => {
    expect(errorText(-0.0004)).toBe('0.0 %');
    expect(errorText(0.0004)).toBe('0.0 %');
    expect(errorText(-0.0006)).toBe('−0.1 %');
    expect(errorText(0.2)).toBe('+20.0 %');
  });

  test('a row outside its tolerance fails; the band edge itself passes', () => {
    expect(calibrationRow(QPS_ROW, fake(1300, 2, 5)).pass).toBe(false);
    expect(calibrationRow(QPS_ROW, fake(750, 2, 5)).pass).toBe(true);
    expect(calibrationRow(QPS_ROW, fake(1250, 2, 5)).pass).toBe(true);
  });

  test('a ratio row divides the metric of its run by that of its denominator', () => {
    const ratio: CalibrationRowSpec = { ...QPS_ROW, over: RUN, measured: 2 };
    const row = calibrationRow(ratio, fake(3000, 1, 2), fake(1000, 1, 2));
    expect(row).toMatchObject({ ratio: true, model: 3, pass: false });
    expect(rowCells(row)[2]).toBe('qps ratio');
    expect(calibrationRow(ratio, fake(2200, 1, 2), fake(1000, 1, 2)).pass).toBe(true);
  });

  test('a P99/avg row is held within a factor either way', () => {
    const tail: CalibrationRowSpec = {
      ...QPS_ROW,
      metric: 'p99OverAvg',
      measured: 3,
      tolerance: { kind: 'factor', within: 1.5 },
    };
    expect(calibrationRow(tail, fake(1, 2, 6)).model).toBeCloseTo(3, 12);
    expect(calibrationRow(tail, fake(1, 2, 4)).pass).toBe(true); // 2 = 3 ÷ 1.5
    expect(calibrationRow(tail, fake(1, 2, 3.9)).pass).toBe(false);
    expect(calibrationRow(tail, fake(1, 2, 9)).pass).toBe(true); // 4.5 = 3 × 1.5
    expect(calibrationRow(tail, fake(1, 2, 9.2)).pass).toBe(false);
    expect(rowCells(calibrationRow(tail, fake(1, 2, 6)))[6]).toBe('×1.5 either way');
  });

  test('P99 rows hold the model to a multiple of the reported figure: below it, or at least it', () => {
    const below: CalibrationRowSpec = {
      ...QPS_ROW,
      metric: 'p99Ms',
      measured: 12,
      tolerance: { kind: 'below', of: 2 },
    };
    expect(calibrationRow(below, fake(1000, 2, 23.9)).pass).toBe(true);
    expect(calibrationRow(below, fake(1000, 2, 24)).pass).toBe(false);
    expect(rowCells(calibrationRow(below, fake(1000, 2, 20)))[6]).toBe('below 2×');
    const atLeast: CalibrationRowSpec = {
      ...below,
      measured: 18_000,
      tolerance: { kind: 'atLeast', of: 0.5 },
    };
    expect(calibrationRow(atLeast, fake(8, 1, 9000)).pass).toBe(true);
    expect(calibrationRow(atLeast, fake(8, 1, 8999)).pass).toBe(false);
    expect(rowCells(calibrationRow(atLeast, fake(8, 1, 9000)))[6]).toBe('at least 0.5×');
  });

  test('member CPU per read sums the members’ CPU demand, not the client’s, in µs', () => {
    const r = simResultFixture();
    const cpus = r.resources.filter((x) => x.id.kind === 'cpu');
    const members = cpus.filter((x) => typeof x.id.host === 'number');
    expect(members.length).toBeGreaterThan(0);
    expect(cpus.some((x) => x.id.host === 'client')).toBe(true);
    expect(memberCpuUs(r)).toBeCloseTo(members.reduce((n, x) => n + x.demandMs, 0) * 1000, 9);
  });

  test('on a shared host the machine’s pool of cores, which every process books on, is not a member', async () => {
    // One client on the leader of the loopback cluster: the pool's demand is the client's and
    // the members' work together.
    const r = await simulate(
      scenarioOnProfile('loopback-2vcpu', { clients: 1, conns: 1, endpoints: 1, total: 500 }),
      { journeys: 0 },
    );
    const demand = (host: unknown): number =>
      r.resources
        .filter((x) => x.id.kind === 'cpu' && x.id.host === host)
        .reduce((n, x) => n + x.demandMs * 1000, 0);
    const members = demand(0) + demand(1) + demand(2);
    expect(demand('machine')).toBeCloseTo(demand('client') + members, 6);
    expect(memberCpuUs(r)).toBeCloseTo(members, 9);
    expect(memberCpuUs(r)).toBeLessThan(demand('machine'));
  });

  test('the report runs a shared scenario once and keeps the rows in order', async () => {
    const seen: Scenario[] = [];
    const rows = [QPS_ROW, { ...QPS_ROW, id: 'lecture.second.qps', over: RUN }];
    const report = await runCalibration(
      async (s) => {
        seen.push(s);
        return fake(1000, 2, 1);
      },
      { rows, trends: [] },
    );
    expect(seen).toHaveLength(1);
    expect(report.rows.map((r) => r.id)).toEqual(['lecture.made-up.qps', 'lecture.second.qps']);
    expect(report.rows[1].model).toBe(1);
  });
});

describe('trend checks on a stand-in model', () => {
  const trend = (id: string) => {
    const found = TRENDS.find((t) => t.id === id);
    if (found === undefined) throw new Error(`no trend ${id}`);
    return found;
  };

  test('trends that need a difference between scenarios fail on a model that ignores them', async () => {
    for (const id of [
      'serializable-faster',
      'writes-slow-linearizable',
      'rtt-slows-linearizable',
      'large-value-slow',
    ]) {
      const outcome = await trend(id).check(async (s) => simResultFixture(s));
      expect(outcome.pass, id).toBe(false);
      expect(outcome.detail).toMatch(/\d/);
    }
  });

  test('the password trend holds only when a CPU or BatchTx bounds password auth', async () => {
    const t = trend('password-bounded-by-bcrypt');
    // The fixture's bottleneck is m0.cpu and client-cert costs nothing extra there.
    expect((await t.check(async (s) => simResultFixture(s))).pass).toBe(true);
    const nicBound = await t.check(async (s) => {
      const r = simResultFixture(s);
      r.bottleneck = { ...r.bottleneck, resource: clientResource('nic.rx') };
      return r;
    });
    expect(nicBound.pass).toBe(false);
    expect(nicBound.detail).toContain('bottleneck client.nic.rx');
  });

  test('the read-mode trend passes on a model where serializable reads are twice as fast', async () => {
    const outcome = await trend('serializable-faster').check(async (s) => {
      const r = simResultFixture(s);
      const serializable = s.readMode === 'serializable';
      r.summary.rps = serializable ? 2000 : 1000;
      r.summary.averageSec = serializable ? 0.001 : 0.002;
      return r;
    });
    expect(outcome).toEqual({
      pass: true,
      detail:
        'serializable 2,000/s vs linearizable 1,000/s = 2.00× (need ≥ 1.3×); ' +
        'average 1.00 vs 2.00 ms = 0.50× (need ≤ 0.6×)',
    });
  });
});
