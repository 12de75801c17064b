/**
 * One calibration table, three sources: every figure the model is held to, as a row that names
 * its source, what it measures, the scenario(s) the model runs for it, the measured value and the
 * tolerance. The lecture's five figures (calibration.ts), etcd.io's four rows
 * (calibrationEtcdIo.ts) and the loopback cluster's ratios (calibrationLoopback.ts), each on its
 * own profile; nothing in the model branches on which row runs. `readpath calibrate`,
 * docs/calibration.md, the app's calibration view and the model's tests all read this list.
 */
import { ARTICLE_FIGURES, type ArticleFigure } from './calibration.ts';
import { ETCD_IO_ROWS, type EtcdIoRowId } from './calibrationEtcdIo.ts';
import {
  LOOPBACK_CPU_LS,
  LOOPBACK_KEYS,
  LOOPBACK_RANGE_RESULT,
  LOOPBACK_SL,
  LOOPBACK_TABLE_A,
  LOOPBACK_VALUE,
  type MeasuredRatio,
} from './calibrationLoopback.ts';
import type { ReadMode } from './params.ts';
import type { ProfileName } from './profiles.ts';
import type { Scenario } from './scenario.ts';

export const CALIBRATION_SOURCES = ['lecture', 'etcd.io', 'loopback'] as const;
export type CalibrationSource = (typeof CALIBRATION_SOURCES)[number];

/**
 * What a row reads from a run: QPS, average or P99 latency (ms), P99 ÷ average, or the CPU all
 * members spend per successful read (µs of their own cores, from the utilisation law).
 */
export type RowMetric = 'qps' | 'avgMs' | 'p99Ms' | 'p99OverAvg' | 'memberCpuUs';

/**
 * How a row is judged: a relative band around the measured value, a factor either way (model ÷
 * measured within [1/f, f]), or a one-sided bound.
 */
export type RowTolerance =
  | { kind: 'relative'; within: number }
  | { kind: 'factor'; within: number }
  | { kind: 'atLeast' }
  | { kind: 'below' };

/** A scenario the model runs: a profile, then the row's fields. */
export interface RunSpec {
  profile: ProfileName;
  scenario: Partial<Scenario>;
}

export interface CalibrationRowSpec<Id extends string = string> {
  id: Id;
  source: CalibrationSource;
  metric: RowMetric;
  /** The run the metric is read from; with `over`, the numerator of a ratio. */
  run: RunSpec;
  /** A ratio's denominator: the same metric of this run. */
  over?: RunSpec;
  measured: number;
  /** The measured spread (min–max over reps or experiments), when the source gives one. */
  range?: { min: number; max: number };
  tolerance: RowTolerance;
  /** Where in the source the number is. */
  from: string;
}

/** The tolerances for the new sources: QPS ±15 %, ratios ±20 %, P99/avg a factor 1.5. */
export const QPS_TOLERANCE: RowTolerance = { kind: 'relative', within: 0.15 };
export const RATIO_TOLERANCE: RowTolerance = { kind: 'relative', within: 0.2 };
export const TAIL_TOLERANCE: RowTolerance = { kind: 'factor', within: 1.5 };

// ── the lecture ──

function figure(id: string): ArticleFigure {
  const f = ARTICLE_FIGURES.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no article figure ${id}`);
  return f;
}

type LectureMetric = 'qps' | 'avgMs' | 'p99Ms';

/** A lecture figure's row, held to the figure's own tolerance (calibration.ts). */
function lecture<F extends string, M extends LectureMetric>(
  figureId: F,
  metric: M,
): CalibrationRowSpec<`lecture.${F}.${M}`> {
  const f = figure(figureId);
  const run = { profile: f.profile, scenario: f.scenario };
  const base = { id: `lecture.${figureId}.${metric}` as const, source: 'lecture' as const, run };
  const from = `lecture 16: ${f.command}`;
  if (metric === 'qps')
    return {
      ...base,
      metric,
      measured: f.expect.qps,
      tolerance: { kind: 'relative', within: f.tolerance.qps },
      from,
    };
  if (metric === 'avgMs')
    return {
      ...base,
      metric,
      measured: f.expect.avgMs ?? NaN,
      tolerance: { kind: 'relative', within: f.tolerance.avgMs ?? 0 },
      from,
    };
  const atLeast = f.expect.p99MsAtLeast;
  return {
    ...base,
    metric,
    measured: atLeast ?? f.expect.p99MsBelow ?? NaN,
    tolerance: { kind: atLeast !== undefined ? 'atLeast' : 'below' },
    from: `${from} (${f.note ?? ''})`,
  };
}

// ── etcd.io ──

function etcdIoRun(row: EtcdIoRowId): RunSpec {
  const r = ETCD_IO_ROWS[row];
  return {
    profile: 'etcd-io-gce',
    scenario: {
      ...ONE_KEY,
      clients: r.clients,
      conns: r.conns,
      endpoints: 3,
      readMode: r.readMode,
      total: r.total,
    },
  };
}

function etcdIo<R extends EtcdIoRowId, M extends 'qps' | 'avgMs'>(
  row: R,
  metric: M,
): CalibrationRowSpec<`etcd.io.${R}.${M}`> {
  const r = ETCD_IO_ROWS[row];
  return {
    id: `etcd.io.${row}.${metric}`,
    source: 'etcd.io',
    metric,
    run: etcdIoRun(row),
    measured: metric === 'qps' ? r.qps : r.avgMs,
    // Latencies are published to 0.1 ms: the true average lies within ±0.05 ms of the figure.
    range:
      metric === 'avgMs'
        ? { min: Number((r.avgMs - 0.05).toFixed(2)), max: Number((r.avgMs + 0.05).toFixed(2)) }
        : undefined,
    tolerance: QPS_TOLERANCE,
    from: `etcd.io table: ${r.total} requests, ${r.conns} conns, ${r.clients} clients, ${r.readMode}`,
  };
}

/** Serializable ÷ linearizable QPS of etcd.io's rows at one client count. */
function etcdIoRatio<C extends '1c' | '1000c'>(clients: C): CalibrationRowSpec<`etcd.io.s-l-${C}`> {
  const s = ETCD_IO_ROWS[`s-${clients}`];
  const l = ETCD_IO_ROWS[`l-${clients}`];
  return {
    id: `etcd.io.s-l-${clients}`,
    source: 'etcd.io',
    metric: 'qps',
    run: etcdIoRun(`s-${clients}`),
    over: etcdIoRun(`l-${clients}`),
    measured: Number((s.qps / l.qps).toFixed(3)),
    tolerance: RATIO_TOLERANCE,
    from: `etcd.io table: ${s.qps} ÷ ${l.qps} reads/s`,
  };
}

// ── the loopback cluster ──

/** One key of 256 B, no writes, no auth: the read every source measures. */
const ONE_KEY = {
  request: 'range',
  auth: 'none',
  valueBytes: 256,
  keysPerRange: 1,
  totalKeys: 1,
  rangeResult: 'values',
  writeQps: 0,
} as const satisfies Partial<Scenario>;

type Target = 'leader' | 'spread';

/**
 * Requests per loopback run: enough for every client to cycle many times, few enough that the
 * whole table runs in seconds (each client sends ≥ 40 requests).
 */
function loopTotal(clients: number, extra: Partial<Scenario>): number {
  const big = (extra.valueBytes ?? 256) >= 100_000 || (extra.keysPerRange ?? 1) >= 1000;
  return Math.max(big ? 2000 : 4000, clients * 40);
}

function loop(
  clients: number,
  target: Target,
  readMode: ReadMode,
  extra: Partial<Scenario> = {},
): RunSpec {
  return {
    profile: 'loopback-2vcpu',
    scenario: {
      ...ONE_KEY,
      clients,
      conns: Math.min(clients, 100),
      // "leader": every connection to member 0 (the leader); "spread": conns round-robin.
      endpoints: target === 'leader' ? 1 : 3,
      lb: 'per-conn',
      readMode,
      total: loopTotal(clients, extra),
      ...extra,
    },
  };
}

function measured(
  r: MeasuredRatio,
): Pick<CalibrationRowSpec, 'measured' | 'range' | 'from' | 'tolerance'> {
  const range = r.min !== undefined && r.max !== undefined ? { min: r.min, max: r.max } : undefined;
  return { measured: r.value, range, from: r.from, tolerance: RATIO_TOLERANCE };
}

function loopSl<K extends keyof typeof LOOPBACK_SL>(
  key: K,
  clients: number,
  target: Target,
): CalibrationRowSpec<`loopback.s-l.${K}`> {
  return {
    id: `loopback.s-l.${key}`,
    source: 'loopback',
    metric: 'qps',
    run: loop(clients, target, 'serializable'),
    over: loop(clients, target, 'linearizable'),
    ...measured(LOOPBACK_SL[key]),
  };
}

/** A ratio of two table-A medians (the source pairs only some; these are ratios of medians). */
function tableA(
  num: keyof typeof LOOPBACK_TABLE_A,
  den: keyof typeof LOOPBACK_TABLE_A,
  mode: 's' | 'l',
): Pick<CalibrationRowSpec, 'measured' | 'from' | 'tolerance'> {
  const a = LOOPBACK_TABLE_A[num][mode].qps;
  const b = LOOPBACK_TABLE_A[den][mode].qps;
  return {
    measured: Number((a / b).toFixed(3)),
    from: `table A medians: ${a} ÷ ${b} reads/s`,
    tolerance: RATIO_TOLERANCE,
  };
}

function loopTail<K extends keyof typeof LOOPBACK_TABLE_A, M extends 's' | 'l'>(
  key: K,
  mode: M,
  clients: number,
  target: Target,
): CalibrationRowSpec<`loopback.tail.${M}.${K}`> {
  const f = LOOPBACK_TABLE_A[key][mode];
  return {
    id: `loopback.tail.${mode}.${key}`,
    source: 'loopback',
    metric: 'p99OverAvg',
    run: loop(clients, target, mode === 's' ? 'serializable' : 'linearizable'),
    measured: Number((f.p99Ms / f.avgMs).toFixed(2)),
    tolerance: TAIL_TOLERANCE,
    from: `table A medians: p99 ${f.p99Ms} ms ÷ average ${f.avgMs} ms`,
  };
}

const VALUE_BYTES = { '10KiB': 10_240, '100KiB': 102_400, '1MiB': 1_048_576 } as const;

function loopValue<K extends keyof typeof LOOPBACK_VALUE>(
  key: K,
): CalibrationRowSpec<`loopback.value.${K}`> {
  const [mode, c, size] = key.split('-') as ['s' | 'l', 'c1' | 'c100', keyof typeof VALUE_BYTES];
  const readMode = mode === 's' ? 'serializable' : 'linearizable';
  const clients = c === 'c1' ? 1 : 100;
  const target: Target = clients === 1 ? 'leader' : 'spread';
  return {
    id: `loopback.value.${key}`,
    source: 'loopback',
    metric: 'qps',
    run: loop(clients, target, readMode, { valueBytes: VALUE_BYTES[size] }),
    over: loop(clients, target, readMode),
    ...measured(LOOPBACK_VALUE[key]),
  };
}

function loopKeys<K extends keyof typeof LOOPBACK_KEYS>(
  keys: K,
): CalibrationRowSpec<`loopback.keys.${K}`> {
  return {
    id: `loopback.keys.${keys}`,
    source: 'loopback',
    metric: 'qps',
    run: loop(10, 'spread', 'serializable', { keysPerRange: keys, totalKeys: keys }),
    over: loop(10, 'spread', 'serializable'),
    ...measured(LOOPBACK_KEYS[keys]),
  };
}

function loopRangeResult<K extends keyof typeof LOOPBACK_RANGE_RESULT>(
  result: K,
): CalibrationRowSpec<`loopback.result.${K}`> {
  const many = { keysPerRange: 10_000, totalKeys: 10_000 };
  return {
    id: `loopback.result.${result}`,
    source: 'loopback',
    metric: 'qps',
    run: loop(10, 'spread', 'serializable', { ...many, rangeResult: result }),
    over: loop(10, 'spread', 'serializable', many),
    ...measured(LOOPBACK_RANGE_RESULT[result]),
  };
}

function loopCpu<K extends keyof typeof LOOPBACK_CPU_LS>(
  key: K,
  clients: number,
  target: Target,
): CalibrationRowSpec<`loopback.cpu-l-s.${K}`> {
  return {
    id: `loopback.cpu-l-s.${key}`,
    source: 'loopback',
    metric: 'memberCpuUs',
    run: loop(clients, target, 'linearizable'),
    over: loop(clients, target, 'serializable'),
    ...measured(LOOPBACK_CPU_LS[key]),
  };
}

export const CALIBRATION_ROWS = [
  lecture('serializable-1000c', 'qps'),
  lecture('serializable-1000c', 'avgMs'),
  lecture('linearizable-1000c', 'qps'),
  lecture('linearizable-1000c', 'avgMs'),
  lecture('large-value-1mb', 'qps'),
  lecture('large-value-1mb', 'avgMs'),
  lecture('authenticate-3.4.8', 'qps'),
  lecture('authenticate-3.4.8', 'p99Ms'),
  lecture('authenticate-3.4.9', 'qps'),
  lecture('authenticate-3.4.9', 'p99Ms'),
  etcdIo('l-1c', 'qps'),
  etcdIo('l-1c', 'avgMs'),
  etcdIo('s-1c', 'qps'),
  etcdIo('s-1c', 'avgMs'),
  etcdIo('l-1000c', 'qps'),
  etcdIo('l-1000c', 'avgMs'),
  etcdIo('s-1000c', 'qps'),
  etcdIo('s-1000c', 'avgMs'),
  etcdIoRatio('1c'),
  etcdIoRatio('1000c'),
  loopSl('c1-leader', 1, 'leader'),
  loopSl('c10-spread', 10, 'spread'),
  loopSl('c100-spread', 100, 'spread'),
  loopSl('c500-spread', 500, 'spread'),
  loopCpu('c1-leader', 1, 'leader'),
  loopCpu('c100-spread', 100, 'spread'),
  {
    id: 'loopback.spread-leader.l-c10',
    source: 'loopback',
    metric: 'qps',
    run: loop(10, 'spread', 'linearizable'),
    over: loop(10, 'leader', 'linearizable'),
    ...tableA('c10-spread', 'c10-leader', 'l'),
  },
  {
    id: 'loopback.spread-leader.s-c100',
    source: 'loopback',
    metric: 'qps',
    run: loop(100, 'spread', 'serializable'),
    over: loop(100, 'leader', 'serializable'),
    ...tableA('c100-spread', 'c100-leader', 's'),
  },
  {
    id: 'loopback.c100-c1.s-leader',
    source: 'loopback',
    metric: 'qps',
    run: loop(100, 'leader', 'serializable'),
    over: loop(1, 'leader', 'serializable'),
    ...tableA('c100-leader', 'c1-leader', 's'),
  },
  {
    id: 'loopback.c100-c1.l-leader',
    source: 'loopback',
    metric: 'qps',
    run: loop(100, 'leader', 'linearizable'),
    over: loop(1, 'leader', 'linearizable'),
    ...tableA('c100-leader', 'c1-leader', 'l'),
  },
  loopValue('s-c1-10KiB'),
  loopValue('s-c1-100KiB'),
  loopValue('s-c1-1MiB'),
  loopValue('l-c1-1MiB'),
  loopValue('s-c100-100KiB'),
  loopValue('s-c100-1MiB'),
  loopKeys(10),
  loopKeys(100),
  loopKeys(1000),
  loopKeys(10000),
  loopRangeResult('keys-only'),
  loopRangeResult('count-only'),
  loopTail('c1-leader', 's', 1, 'leader'),
  loopTail('c1-leader', 'l', 1, 'leader'),
  loopTail('c10-spread', 'l', 10, 'spread'),
  loopTail('c100-leader', 's', 100, 'leader'),
  loopTail('c100-leader', 'l', 100, 'leader'),
] as const satisfies readonly CalibrationRowSpec[];

export type CalibrationRowId = (typeof CALIBRATION_ROWS)[number]['id'];

/** The row with this id (throws for an unknown id: a typo in a test or doc is a bug). */
export function calibrationRow(id: string): CalibrationRowSpec {
  const row = (CALIBRATION_ROWS as readonly CalibrationRowSpec[]).find((r) => r.id === id);
  if (row === undefined) throw new Error(`no calibration row ${id}`);
  return row;
}
