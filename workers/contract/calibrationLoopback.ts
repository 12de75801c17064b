/**
 * Real etcd 3.4.23 on one machine, copied (figures only) from the project's measurement notes
 * (real-etcd-3.4.23-loopback.md): one Debian 12 VM with 2 shared vCPUs runs etcd's `benchmark`
 * (v3.4.23 tag, --precise) and 1–3 members on 127.0.0.1; defaults, --auth-token simple; ext4 on a
 * virtual disk (4 KiB fdatasync p50 0.23 ms). The host drifted 1.5–1.8× over an hour, so the
 * source trusts ratios within one experiment (paired per rep: median, min–max) more than
 * absolute numbers; only ratios are used here. The model runs them on `loopback-2vcpu`.
 *
 * "leader": every connection to the leader; "spread": connections round-robin over the three
 * members (etcd's docs' way); conns = min(clients, 100). Nothing in the model reads this file.
 */

export const LOOPBACK_SOURCE =
  'real etcd 3.4.23, 3 members + benchmark on one 2-vCPU VM over loopback (project measurement)';

/** A ratio as measured: the median of paired per-rep ratios and their range, when given. */
export interface MeasuredRatio {
  value: number;
  min?: number;
  max?: number;
  /** Where in the source the number comes from. */
  from: string;
}

const ratio = (value: number, min: number, max: number, from: string): MeasuredRatio => ({
  value,
  min,
  max,
  from,
});

/**
 * Table A medians (QPS, avg ms, p99 ms), for the ratios the source does not pair, and the cores
 * the benchmark client and the members kept busy (CPU-seconds ÷ the run's length, of 2 vCPUs).
 */
export const LOOPBACK_TABLE_A = {
  'c1-leader': {
    s: { qps: 5543, avgMs: 0.179, p99Ms: 0.59, clientCores: 0.54, serverCores: 0.74 },
    l: { qps: 2430, avgMs: 0.409, p99Ms: 0.93, clientCores: 0.38, serverCores: 1.08 },
  },
  'c10-leader': {
    s: { qps: 10_627, avgMs: 0.94, p99Ms: 4.91, clientCores: 0.61, serverCores: 0.72 },
    l: { qps: 7116, avgMs: 1.404, p99Ms: 4.88, clientCores: 0.57, serverCores: 1.09 },
  },
  'c10-spread': {
    s: { qps: 10_688, avgMs: 0.933, p99Ms: 6.21, clientCores: 0.47, serverCores: 1.21 },
    l: { qps: 5011, avgMs: 1.992, p99Ms: 8.28, clientCores: 0.43, serverCores: 1.23 },
  },
  'c100-leader': {
    s: { qps: 12_912, avgMs: 7.379, p99Ms: 29.99, clientCores: 0.55, serverCores: 0.82 },
    l: { qps: 11_157, avgMs: 8.905, p99Ms: 26.09, clientCores: 0.67, serverCores: 0.9 },
  },
  'c100-spread': {
    s: { qps: 11_899, avgMs: 7.227, p99Ms: 29.93, clientCores: 0.45, serverCores: 1.16 },
    l: { qps: 10_826, avgMs: 8.642, p99Ms: 24.74, clientCores: 0.53, serverCores: 1.41 },
  },
  /** 500 clients on 100 connections: five requests share each. */
  'c500-spread': {
    s: { qps: 20_727, avgMs: 21.772, p99Ms: 64.93, clientCores: 0.57, serverCores: 1.37 },
    l: { qps: 16_349, avgMs: 27.701, p99Ms: 65.14, clientCores: 0.5, serverCores: 1.41 },
  },
} as const;

/** Serializable ÷ linearizable QPS, paired per rep (pooled over experiments where pooled). */
export const LOOPBACK_SL = {
  'c1-leader': ratio(2.25, 2.23, 2.26, 'pooled s/l, c=1 leader, median of 3 experiments'),
  'c10-spread': ratio(2.2, 2.07, 2.27, 'pooled s/l, c=10 spread, median of 4 experiments'),
  'c100-spread': ratio(1.34, 1.2, 1.42, 'pooled s/l, c=100 spread, median of 7 experiments'),
  'c500-spread': ratio(1.33, 1.03, 1.8, 'table A, 500 clients (100 conns) spread'),
} as const;

/**
 * Server CPU per read (CPU-seconds of all members ÷ reads), linearizable ÷ serializable: at one
 * client the three experiments give 444/134, 466/143, 450/140 µs; at 100 clients spread the seven
 * give 130/97, 158/120, 144/98, 139/94, 140/119, 129/96, 178/157 µs (medians of the ratios).
 */
export const LOOPBACK_CPU_LS = {
  'c1-leader': ratio(
    3.26,
    3.21,
    3.31,
    'pooled server CPU µs/read, c=1 leader, experiments A, C, D',
  ),
  'c100-spread': ratio(1.34, 1.13, 1.48, 'pooled server CPU µs/read, c=100 spread, 7 experiments'),
} as const;

/**
 * CPU per read, µs of the VM's cores (CPU-seconds ÷ reads), per experiment: the members' (all
 * three) from the pooled table, the benchmark client's from table A (client cores ÷ QPS). Not a
 * row: the fit notes quote the 100-client spread (report/linearizableExtras.ts), and
 * workers/model/wakeUps.ts cites the one- and ten-client figures for why a busy member skips
 * thread wake-ups.
 */
export const LOOPBACK_CPU_PER_READ = {
  /** Members, 1 client on the leader: experiments A, C, D. */
  'members.c1-leader': { s: [134, 143, 140], l: [444, 466, 450] },
  /** Members, 10 clients spread: experiments A, E, E2, F. */
  'members.c10-spread': { s: [113, 141, 118, 123], l: [245, 287, 264, 268] },
  /** Members, 100 clients spread: the seven experiments of LOOPBACK_CPU_LS, in its order. */
  'members.c100-spread': {
    s: [97, 120, 98, 94, 119, 96, 157],
    l: [130, 158, 144, 139, 140, 129, 178],
  },
  /** The benchmark client, table A: 0.54 cores at 5,543/s (c=1 leader), 0.47 at 10,688/s
   *  (c=10 spread), serializable. */
  'client.c1-leader': { s: [(0.54 / 5543) * 1e6] },
  'client.c10-spread': { s: [(0.47 / 10_688) * 1e6] },
} as const;

/**
 * How busy the whole machine was (the source's setup notes, not a table): 65–75 % at one client,
 * 93–99 % at 100 clients and more. The processes' cores in table A add up to less (1.61 of 2 at
 * 100 clients spread, serializable): the rest is work no etcd or benchmark process is charged
 * for, such as the kernel's part of loopback networking.
 */
export const LOOPBACK_MACHINE_BUSY = { c1: [0.65, 0.75], c100up: [0.93, 0.99] } as const;

/** QPS at a value size ÷ QPS at 256 B, paired (table C; c=1 on the leader, c=100 spread). */
export const LOOPBACK_VALUE = {
  's-c1-10KiB': ratio(0.862, 0.857, 0.898, 'table C, s, c=1'),
  's-c1-100KiB': ratio(0.389, 0.382, 0.393, 'table C, s, c=1'),
  's-c1-1MiB': ratio(0.066, 0.063, 0.069, 'table C, s, c=1'),
  'l-c1-1MiB': ratio(0.135, 0.133, 0.137, 'table C, l, c=1'),
  's-c100-100KiB': ratio(0.305, 0.24, 0.326, 'table C, s, c=100'),
  's-c100-1MiB': ratio(0.048, 0.047, 0.048, 'table C, s, c=100'),
} as const;

/** Serializable QPS at N keys per range ÷ at one key, paired (table F: 10 clients spread). */
export const LOOPBACK_KEYS = {
  10: ratio(0.8997, 0.8543, 0.9088, 'table F'),
  100: ratio(0.4545, 0.4319, 0.4717, 'table F'),
  1000: ratio(0.0903, 0.0882, 0.0908, 'table F'),
  10000: ratio(0.0103, 0.0098, 0.0104, 'table F'),
} as const;

/** Serializable QPS over 10,000 keys of a keys-only / count-only range ÷ the full range. */
export const LOOPBACK_RANGE_RESULT = {
  'keys-only': ratio(1.53, 1.5, 1.6, 'table F, 10,000 keys, s'),
  'count-only': ratio(21.39, 19.48, 21.56, 'table F, 10,000 keys, s'),
} as const;
