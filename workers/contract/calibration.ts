/**
 * The article's five measurements, copied (figures only) from the project's calibration brief:
 * Tang Cong, etcd实战课 lecture 16 (2021), "性能及稳定性（上）：如何优化及扩展etcd性能？".
 * Each entry is a scenario the model must reproduce within the stated tolerance, using the one
 * cost table. Nothing in the model reads this file: only tests, presets and `readpath calibrate`.
 */
import type { Scenario } from './scenario.ts';
import type { ProfileName } from './profiles.ts';

export interface ArticleFigure {
  id: string;
  profile: ProfileName;
  /** The command the article ran (or describes). */
  command: string;
  /** Scenario fields beyond the profile. */
  scenario: Partial<Scenario>;
  /** What the lecture reported. */
  expect: {
    qps: number;
    avgMs?: number;
    /** P99 as reported, ms. */
    p99Ms?: number;
    /** Only a bound was reported: P99 under this, ms. */
    p99MsUnder?: number;
  };
  /**
   * How close the model must come: relative tolerances for qps and avgMs; for a P99, a one-sided
   * bound as a multiple of the reported figure (see `note` for why a P99 is held only so).
   */
  tolerance: { qps: number; avgMs?: number; p99AtLeast?: number; p99Below?: number };
  note?: string;
  /** Why the model misses a figure, when it does (shown under Known gaps). */
  knownGap?: string;
}

const readRun = {
  clients: 1000,
  conns: 100,
  endpoints: 3,
  keysPerRange: 1,
  totalKeys: 1,
  writeQps: 0,
  auth: 'none',
  request: 'range',
} as const;

export const ARTICLE_FIGURES: ArticleFigure[] = [
  {
    id: 'serializable-1000c',
    profile: 'article-3x8c',
    command: 'benchmark --conns=100 --clients=1000 range hello --consistency=s --total=500000',
    scenario: { ...readRun, readMode: 'serializable', valueBytes: 256, total: 500_000 },
    expect: { qps: 320_000, avgMs: 2.5 },
    tolerance: { qps: 0.1, avgMs: 0.15 },
  },
  {
    id: 'linearizable-1000c',
    profile: 'article-3x8c',
    command: 'benchmark --conns=100 --clients=1000 range hello --consistency=l --total=500000',
    scenario: { ...readRun, readMode: 'linearizable', valueBytes: 256, total: 500_000 },
    expect: { qps: 190_000, avgMs: 4.9 },
    tolerance: { qps: 0.1, avgMs: 0.15 },
  },
  {
    id: 'large-value-1mb',
    profile: 'article-3x8c',
    command: 'benchmark --conns=100 --clients=1000 range key --consistency=l --total=10000',
    scenario: { ...readRun, readMode: 'linearizable', valueBytes: 1_048_576, total: 10_000 },
    expect: { qps: 1163, avgMs: 818 },
    tolerance: { qps: 0.15, avgMs: 0.2 },
  },
  {
    id: 'authenticate-3.4.8',
    profile: 'article-16c-auth',
    command: 'benchmark modified to call Authenticate; etcd before 3.4.9',
    scenario: {
      request: 'authenticate',
      auth: 'password-per-request',
      bcryptCost: 10,
      etcdVersion: '3.4.8',
      clients: 200,
      conns: 200,
      endpoints: 1,
      total: 2000,
    },
    expect: { qps: 8, p99Ms: 18_000 },
    tolerance: { qps: 0.5, p99AtLeast: 0.5 },
    note:
      'A closed loop of 200 clients at 8/s averages 25 s (Little), above the reported P99 of 18 s, ' +
      'so the check is QPS within 50 % of 8 and a P99 of at least half the reported, 9 s.',
    knownGap:
      'Up to 3.4.8 bcrypt runs holding the BatchTx lock, so a member compares one password at a ' +
      'time: 1 / 80 ms = 12.5/s, the article’s “under 16/s”. The convoy etcd 3.4.8 has is modelled ' +
      '(each call’s ReadIndex round waits for apply; the apply loop takes the lock per entry, FIFO ' +
      'behind the compares) and gives 12.49/s at 200 clients with the lock busy 99.9996 % of the ' +
      'time: its 8/s would need the lock idle a third of the time, and the convoy idles it only for ' +
      'the ms between one round’s last compare and the next round’s first.',
  },
  {
    id: 'authenticate-3.4.9',
    profile: 'article-16c-auth',
    command: 'benchmark modified to call Authenticate; etcd 3.4.9',
    scenario: {
      request: 'authenticate',
      auth: 'password-per-request',
      bcryptCost: 10,
      etcdVersion: '3.4.9',
      clients: 200,
      conns: 200,
      endpoints: 1,
      total: 4000,
    },
    expect: { qps: 200, p99MsUnder: 1000 },
    tolerance: { qps: 0.25, p99Below: 2 },
    note:
      'At 200/s with 200 clients Little gives a 1 s average, which a P99 under 1 s cannot have, ' +
      'so the check is a P99 under twice the reported bound, 2 s.',
  },
];
