/**
 * One run as files: JSON exactly as `readpath … --json` prints it (the whole SimResult), and CSV
 * in a long, tidy shape — one number per row, `section,item,metric,value` — that a spreadsheet or
 * a notebook reads without knowing the result's nesting. Units are in the metric names (…Ms, …Sec,
 * rps); numbers are written with String(), the shortest text that parses back to the same double.
 */
import { csvFormatRows } from 'd3-dsv';
import type { SimResult } from '../workers/contract/result.ts';
import { SCENARIO_FIELDS } from '../workers/contract/scenario.ts';
import { resourceKey } from '../workers/contract/resourceId.ts';

/** The CLI's `--json` text for a run. */
export function runJson(result: SimResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export const RUN_CSV_COLUMNS = ['section', 'item', 'metric', 'value'] as const;

type Row = [section: string, item: string, metric: string, value: string | number | boolean];

function summaryRows(r: SimResult): Row[] {
  const s = r.summary;
  const rows: Row[] = [];
  for (const key of [
    'totalSec',
    'slowestSec',
    'fastestSec',
    'averageSec',
    'stddevSec',
    'rps',
    'succeeded',
    'failed',
  ] as const)
    rows.push(['summary', '', key, s[key]]);
  for (const p of s.percentiles) rows.push(['percentile', `p${p.p}`, 'sec', p.sec]);
  for (const h of s.histogram) rows.push(['benchHistogram', String(h.boundSec), 'count', h.count]);
  for (const e of s.errors) rows.push(['error', e.message, 'count', e.count]);
  return rows;
}

/** Every number of a run, one per row, headed by RUN_CSV_COLUMNS. Ends in "\n". */
export function runCsv(r: SimResult): string {
  const rows: Row[] = [];
  for (const f of SCENARIO_FIELDS) rows.push(['scenario', '', f, r.scenario[f]]);
  rows.push(...summaryRows(r));
  for (const st of r.stages)
    for (const key of [
      'count',
      'meanMs',
      'p99Ms',
      'lockMeanMs',
      'queueMeanMs',
      'flightMeanMs',
      'serviceMeanMs',
    ] as const)
      rows.push(['stage', st.id, key, st[key]]);
  for (const res of r.resources)
    for (const key of [
      'utilisation',
      'backgroundUtilisation',
      'readUtilisation',
      'demandMs',
      'servers',
      'boundRps',
    ] as const)
      rows.push(['resource', resourceKey(res.id), key, res[key]]);
  const b = r.bottleneck;
  const which = b.resource === null ? '' : resourceKey(b.resource);
  rows.push(['bottleneck', which, 'limiter', b.limiter.kind]);
  rows.push(['bottleneck', which, 'utilisation', b.utilisation]);
  rows.push(['bottleneck', which, 'boundRps', b.boundRps]);
  rows.push([
    'bottleneck',
    b.tightest === null ? '' : resourceKey(b.tightest),
    'tightestBoundRps',
    b.tightestBoundRps,
  ]);
  rows.push(['bottleneck', which, 'populationBoundRps', b.populationBoundRps]);
  rows.push(['bottleneck', which, 'rateBoundRps', b.rateBoundRps]);
  for (const ri of r.readIndex)
    for (const key of ['rounds', 'meanBatch', 'meanRoundMs', 'meanApplyWaitMs'] as const)
      rows.push(['readIndex', `member${ri.member}`, key, ri[key]]);
  for (const key of [
    'reads',
    'staleReads',
    'meanEntries',
    'maxEntries',
    'meanMs',
    'maxMs',
  ] as const)
    rows.push(['staleness', '', key, r.staleness[key]]);
  rows.push(
    ['slow', '', 'over100ms', r.slow.over100ms],
    ['slow', '', 'over300ms', r.slow.over300ms],
  );
  r.latencyHistogram.edgesMs.forEach((edge, i) =>
    rows.push(['latencyHistogram', String(edge), 'count', r.latencyHistogram.counts[i] ?? 0]),
  );
  for (const key of [
    'sent',
    'refused',
    'dropped',
    'proposed',
    'committed',
    'applied',
    'answered',
    'meanCommitMs',
  ] as const)
    rows.push(['writes', '', key, r.writes[key]]);
  rows.push(['run', '', 'simulatedMs', r.simulatedMs], ['run', '', 'events', r.events]);
  return `${csvFormatRows([[...RUN_CSV_COLUMNS], ...rows.map((row) => row.map(String))])}\n`;
}
