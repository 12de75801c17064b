import { describe, expect, test } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { runInProcess } from '../../../workers/api.ts';
import type { SimResult } from '../../../workers/contract/result.ts';
import { SCENARIO_FIELDS, scenarioOnProfile } from '../../../workers/contract/scenario.ts';
import { resourceKey } from '../../../workers/contract/resourceId.ts';
import { planSweep } from '../../../workers/contract/sweep.ts';
import { RUN_CSV_COLUMNS, runCsv, runJson } from '../../../report/runExport.ts';
import {
  SWEEP_METRIC_COLUMNS,
  sweepCsv,
  sweepJson,
  type SweepJson,
  type SweepRow,
} from '../../../report/sweepExport.ts';
import { meanLatencyBound, qpsBound } from '../../../report/sweepBounds.ts';
import { comparisonName, experimentName, sweepName } from '../../../report/experimentName.ts';

// Small real runs: every section of a result is present and the numbers are the model's own.
const base = scenarioOnProfile('article-3x8c', {
  clients: 50,
  conns: 10,
  total: 2000,
  writeQps: 500,
});
const plan = planSweep(
  { param: 'clients', from: 10, to: 100, points: 3, spacing: 'log', series: 'readModes' },
  base,
);
const results = await Promise.all(
  plan.points.map((p) => runInProcess(p.scenario, { journeys: 0 })),
);
const rows: SweepRow[] = plan.points.map((p, i) => ({
  series: p.series,
  x: p.x,
  result: results[i],
}));

/** The number a CSV cell holds, parsed back. */
const num = (cell: string | undefined): number => Number(cell);

describe('a run as CSV', () => {
  const r: SimResult = results[0];
  const parsed = csvParse(runCsv(r));

  test('has the four columns and parses back to the same numbers, exactly', () => {
    expect(parsed.columns).toEqual([...RUN_CSV_COLUMNS]);
    const cell = (section: string, item: string, metric: string): string | undefined =>
      parsed.find((row) => row.section === section && row.item === item && row.metric === metric)
        ?.value;
    expect(num(cell('summary', '', 'rps'))).toBe(r.summary.rps);
    expect(num(cell('summary', '', 'averageSec'))).toBe(r.summary.averageSec);
    for (const p of r.summary.percentiles)
      expect(num(cell('percentile', `p${p.p}`, 'sec'))).toBe(p.sec);
    for (const s of r.stages) {
      expect(num(cell('stage', s.id, 'queueMeanMs'))).toBe(s.queueMeanMs);
      expect(num(cell('stage', s.id, 'lockMeanMs'))).toBe(s.lockMeanMs);
      expect(num(cell('stage', s.id, 'p99Ms'))).toBe(s.p99Ms);
    }
    for (const res of r.resources)
      expect(num(cell('resource', resourceKey(res.id), 'utilisation'))).toBe(res.utilisation);
    const top = r.bottleneck.tightest;
    expect(top).not.toBeNull();
    expect(num(cell('bottleneck', top ? resourceKey(top) : '', 'tightestBoundRps'))).toBe(
      r.bottleneck.tightestBoundRps,
    );
    const named = r.bottleneck.resource === null ? '' : resourceKey(r.bottleneck.resource);
    expect(cell('bottleneck', named, 'limiter')).toBe(r.bottleneck.limiter.kind);
    r.latencyHistogram.edgesMs.forEach((e, i) =>
      expect(num(cell('latencyHistogram', String(e), 'count'))).toBe(r.latencyHistogram.counts[i]),
    );
    for (const f of SCENARIO_FIELDS) expect(cell('scenario', '', f)).toBe(String(r.scenario[f]));
  });

  test('as JSON it is what `readpath … --json` prints', () => {
    expect(JSON.parse(runJson(r))).toEqual(JSON.parse(JSON.stringify(r)));
  });
});

describe('a sweep as CSV and JSON', () => {
  test('one row per finished point in plan order, whatever order they are given in', () => {
    const text = sweepCsv(plan, [...rows].reverse());
    const table = csvParseRows(text);
    expect(table[0]).toEqual([
      'series',
      'clients',
      ...SWEEP_METRIC_COLUMNS,
      ...SCENARIO_FIELDS.map((f) => `scenario.${f}`),
    ]);
    const body = csvParse(text);
    expect(body).toHaveLength(rows.length);
    body.forEach((row, i) => {
      const r = results[i];
      expect(row.series).toBe(plan.points[i].series);
      expect(num(row.clients)).toBe(plan.points[i].x);
      expect(num(row.rps)).toBe(r.summary.rps);
      expect(num(row.avgMs)).toBe(r.summary.averageSec * 1000);
      expect(num(row.p99Ms)).toBe(
        (r.summary.percentiles.find((p) => p.p === 99)?.sec ?? NaN) * 1000,
      );
      expect(num(row.qpsBoundRps)).toBe(qpsBound(r).value);
      expect(row.qpsBoundHolds).toBe(String(qpsBound(r).holds));
      expect(num(row.meanLatencyBoundMs)).toBe(meanLatencyBound(r).value);
      expect(row['scenario.readMode']).toBe(r.scenario.readMode);
    });
  });

  test('JSON holds the plan and every result whole', () => {
    const doc = JSON.parse(sweepJson(plan, base, rows.slice(0, 2))) as SweepJson;
    expect(doc.kind).toBe('readpath-sweep');
    expect(doc.spec).toEqual(plan.spec);
    expect(doc.points.map((p) => [p.series, p.x])).toEqual([
      ['linearizable', 10],
      ['serializable', 10],
    ]);
    expect(doc.points[1].result).toEqual(JSON.parse(JSON.stringify(results[1])));
  });
});

describe('file names', () => {
  test('name the experiment by what differs from its profile, in file-safe characters', () => {
    expect(experimentName(scenarioOnProfile('article-3x8c'))).toBe('readpath_article-3x8c');
    expect(experimentName(scenarioOnProfile('laptop', { readMode: 'serializable', seed: 7 }))).toBe(
      'readpath_laptop_readMode-serializable_seed-7',
    );
    expect(experimentName(scenarioOnProfile('article-3x8c', { cpuSpeed: 0.5 }))).toBe(
      'readpath_article-3x8c_cpuSpeed-0.5',
    );
    const a = scenarioOnProfile('article-3x8c');
    expect(comparisonName(a, { ...a, clients: 10 })).toBe('readpath_article-3x8c_vs-B_clients-10');
    expect(sweepName(a, plan.spec)).toBe(
      'readpath_article-3x8c_sweep-clients-10-100-3pt_readModes',
    );
  });
});
