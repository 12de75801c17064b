/**
 * `readpath calibrate` and the calibration table, on stand-in models: the command's shape (a row per
 * figure, pass/FAIL, exit 0 as a report, JSON) and the table's arithmetic. How close the real model
 * comes to the article is the model's own tests' business (tests/unit/workers/model).
 */
import { clientResource } from '../../../workers/contract/resourceId.ts';
import { describe, expect, test } from 'vitest';
import { main, type CliIo, type SimulateFn } from '../../../cli/main.ts';
import {
  calibrationReport,
  calibrationRows,
  errorText,
  rowCells,
  type CalibrationReport,
} from '../../../report/calibrationTable.ts';
import { ARTICLE_FIGURES, type ArticleFigure } from '../../../workers/contract/calibration.ts';
import type { SimResult } from '../../../workers/contract/result.ts';
import { scenarioOnProfile, type Scenario } from '../../../workers/contract/scenario.ts';
import { TRENDS } from '../../../report/trends.ts';
import { simResultFixture } from './fixture.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  scenarios: Scenario[];
}

/** The fixture for every scenario: 800 req/s and 2.87 ms, far from every article figure. */
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

/** A figure built for the arithmetic tests, independent of the article's numbers. */
const FIGURE: ArticleFigure = {
  id: 'made-up',
  profile: 'article-3x8c',
  command: 'benchmark range k',
  scenario: {},
  expect: { qps: 1000, avgMs: 2, p99MsBelow: 12 },
  tolerance: { qps: 0.25, avgMs: 0.1 },
};

describe('readpath calibrate', () => {
  test('runs every article figure on its own scenario (profile, then the figure’s fields)', async () => {
    const r = await calibrate();
    for (const f of ARTICLE_FIGURES)
      expect(r.scenarios).toContainEqual(scenarioOnProfile(f.profile, f.scenario));
  });

  test('prints a row per figure with the article value and an error column, and exits 0 though rows fail', async () => {
    const r = await calibrate();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const header = lines.find((l) => l.trimStart().startsWith('scenario'));
    expect(header?.trim().split(/\s{2,}/)).toEqual([
      'scenario',
      'figure',
      'article',
      'model',
      'error',
      'tolerance',
      'result',
    ]);
    for (const f of ARTICLE_FIGURES) {
      const qpsRow = lines.find((l) => l.trim().startsWith(`${f.id}  `) && / qps /.test(l));
      expect(qpsRow, f.id).toBeDefined();
      const cells = (qpsRow ?? '').trim().split(/\s{2,}/);
      // 800 req/s from the stand-in model against the article's figure.
      expect(cells[2]).toBe(f.expect.qps.toLocaleString('en-US'));
      expect(cells[3]).toBe('800');
      expect(cells[4]).toBe(errorText((800 - f.expect.qps) / f.expect.qps));
      expect(cells[6]).toBe('FAIL');
    }
  });

  test('lists every trend with pass or FAIL, then a tally', async () => {
    const r = await calibrate();
    for (const t of TRENDS)
      expect(r.stdout).toMatch(new RegExp(`\\n  (pass|FAIL)  ${t.sentence.slice(0, 30)}`));
    expect(r.stdout).toMatch(/\n\d+ of \d+ rows within tolerance; \d+ of 5 trends hold\.\n$/);
  });

  test('--json prints the report as JSON: the same rows and trends', async () => {
    const r = await calibrate(['--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as CalibrationReport;
    const rowsPerFigure = (f: ArticleFigure): number =>
      1 +
      (f.expect.avgMs === undefined ? 0 : 1) +
      (f.expect.p99MsAtLeast === undefined ? 0 : 1) +
      (f.expect.p99MsBelow === undefined ? 0 : 1);
    expect(report.rows).toHaveLength(ARTICLE_FIGURES.reduce((n, f) => n + rowsPerFigure(f), 0));
    expect(report.rows[0]).toMatchObject({ id: ARTICLE_FIGURES[0].id, figure: 'qps', model: 800 });
    expect(report.trends.map((t) => t.id)).toEqual(TRENDS.map((t) => t.id));
    for (const t of report.trends) expect(typeof t.detail).toBe('string');
  });

  test('draws which run it is on over stderr on a terminal, and erases it before the report', async () => {
    const r = await calibrate([], { tty: true });
    expect(r.stderr).toContain(`[1/${ARTICLE_FIGURES.length + TRENDS.length}] `);
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

  test('relative error is (model − article) / article, judged against the relative tolerance', () => {
    const [qps, avg] = calibrationRows(FIGURE, fake(800, 2.1, 5));
    expect(qps).toMatchObject({ figure: 'qps', article: 1000, model: 800, pass: true });
    expect(qps.error).toBeCloseTo(-0.2, 12);
    expect(avg).toMatchObject({ figure: 'avg ms', article: 2, model: 2.1, pass: true });
    expect(avg.error).toBeCloseTo(0.05, 12);
    expect(rowCells(qps)).toEqual(['made-up', 'qps', '1,000', '800', '−20.0 %', '±25 %', 'pass']);
  });

  test('a row outside its tolerance fails; the band edge itself passes', () => {
    const [qps, avg] = calibrationRows(FIGURE, fake(1300, 2.5, 5));
    expect(qps.pass).toBe(false);
    expect(avg.pass).toBe(false);
    expect(rowCells(avg)).toEqual(['made-up', 'avg ms', '2', '2.50', '+25.0 %', '±10 %', 'FAIL']);
    expect(calibrationRows(FIGURE, fake(750, 2, 5))[0].pass).toBe(true);
  });

  test('P99 rows hold the model to the bound: below, or at least', () => {
    expect(calibrationRows(FIGURE, fake(1000, 2, 11.9))[2]).toMatchObject({
      figure: 'p99 ms',
      article: 12,
      tolerance: { kind: 'below' },
      pass: true,
    });
    expect(calibrationRows(FIGURE, fake(1000, 2, 12))[2].pass).toBe(false);
    const atLeast: ArticleFigure = { ...FIGURE, expect: { qps: 8, p99MsAtLeast: 9000 } };
    const rows = calibrationRows(atLeast, fake(8, 1, 9000));
    expect(rows.map((r) => r.figure)).toEqual(['qps', 'p99 ms']);
    expect(rows[1]).toMatchObject({ tolerance: { kind: 'atLeast' }, pass: true });
    expect(calibrationRows(atLeast, fake(8, 1, 8999))[1].pass).toBe(false);
  });

  test('the report keeps the figures in order and the trends as given', () => {
    const trend = { id: 't', sentence: 'S.', pass: false, detail: 'd' };
    const report = calibrationReport(
      [
        { figure: FIGURE, result: fake(1000, 2, 1) },
        { figure: { ...FIGURE, id: 'second' }, result: fake(1000, 2, 1) },
      ],
      [trend],
    );
    expect(report.rows.map((r) => `${r.id} ${r.figure}`)).toEqual([
      'made-up qps',
      'made-up avg ms',
      'made-up p99 ms',
      'second qps',
      'second avg ms',
      'second p99 ms',
    ]);
    expect(report.trends).toEqual([trend]);
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
