/**
 * The loopback cluster's rows (calibrationLoopback.ts: real etcd 3.4.23, three members and the
 * benchmark on one 2-vCPU VM), each run on the `loopback-2vcpu` profile: read-mode gaps, spread
 * against leader, concurrency, value sizes, keys per range, count-only and keys-only, tails.
 */
import {
  LOOPBACK_CPU_LS,
  LOOPBACK_KEYS,
  LOOPBACK_RANGE_RESULT,
  LOOPBACK_SL,
  LOOPBACK_TABLE_A,
  LOOPBACK_VALUE,
  type MeasuredRatio,
} from './calibrationLoopback.ts';
import {
  type CalibrationRowSpec,
  ONE_KEY,
  RATIO_TOLERANCE,
  type RunSpec,
  TAIL_TOLERANCE,
} from './calibrationRowSpec.ts';
import type { ReadMode } from './params.ts';
import type { Scenario } from './scenario.ts';

type Target = 'leader' | 'spread';

/**
 * Requests per loopback run: enough for every client to cycle many times, few enough that the
 * whole table runs in seconds. Each client sends ≥ 200: the real runs took 8–10 s, and a run's
 * Total ends with its slowest last request, which with real tails (a P99 of 30 ms at 100 clients)
 * would take a tenth of a 4,000-request run (≈ 0.3 s) and lower its QPS by as much.
 */
function loopTotal(clients: number, extra: Partial<Scenario>): number {
  const big = (extra.valueBytes ?? 256) >= 100_000 || (extra.keysPerRange ?? 1) >= 1000;
  return Math.max(big ? 2000 : 4000, clients * 200);
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

export const LOOPBACK_ROWS = [
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
  // 100 connections either way: at 500 clients five requests share each connection.
  {
    id: 'loopback.c500-c100.s-spread',
    source: 'loopback',
    metric: 'qps',
    run: loop(500, 'spread', 'serializable'),
    over: loop(100, 'spread', 'serializable'),
    ...tableA('c500-spread', 'c100-spread', 's'),
  },
  {
    id: 'loopback.c500-c100.l-spread',
    source: 'loopback',
    metric: 'qps',
    run: loop(500, 'spread', 'linearizable'),
    over: loop(100, 'spread', 'linearizable'),
    ...tableA('c500-spread', 'c100-spread', 'l'),
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
