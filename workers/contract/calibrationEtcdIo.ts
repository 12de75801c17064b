/**
 * etcd's own published read benchmark, copied (figures only) from the etcd.io v3.4 operations
 * guide, "Performance" (via the project's calibration notes, etcd-io-performance.md): etcd 3.2.0
 * on Google Cloud, three members of 8 vCPUs / 16 GB / 50 GB SSD and one 16-vCPU client in one
 * zone; key 8 bytes, value 256 bytes, one key per read, etcd's `benchmark` tool. The model runs
 * them on the `etcd-io-gce` profile. Nothing in the model reads this file.
 */
import type { ReadMode } from './params.ts';

export interface EtcdIoRow {
  /** Requests sent (the benchmark's --total). */
  total: number;
  conns: number;
  clients: number;
  readMode: ReadMode;
  /** Average read QPS and average latency, as published. */
  qps: number;
  avgMs: number;
}

export const ETCD_IO_SOURCE =
  'etcd.io, "Performance" (v3.4 operations guide): etcd 3.2.0, 3 × 8 vCPU members, Google Cloud';

export const ETCD_IO_ROWS = {
  'l-1c': { total: 10_000, conns: 1, clients: 1, readMode: 'linearizable', qps: 1353, avgMs: 0.7 },
  's-1c': { total: 10_000, conns: 1, clients: 1, readMode: 'serializable', qps: 2909, avgMs: 0.3 },
  'l-1000c': {
    total: 100_000,
    conns: 100,
    clients: 1000,
    readMode: 'linearizable',
    qps: 141_578,
    avgMs: 5.5,
  },
  's-1000c': {
    total: 100_000,
    conns: 100,
    clients: 1000,
    readMode: 'serializable',
    qps: 185_758,
    avgMs: 2.2,
  },
} as const satisfies Record<string, EtcdIoRow>;

export type EtcdIoRowId = keyof typeof ETCD_IO_ROWS;
