/**
 * The experiments of the built-in tour, one per step of the lecture's chain of reasoning
 * (docs/design/ARTICLE.md). Kept apart from the words (lectureText.en.ts, lectureText.zh.ts) so
 * both languages share one set of experiments. Totals are modest so each step answers in a
 * second or two; the article's own runs are the presets.
 */
import type { StageId } from '../../../workers/contract/stages.ts';
import type { ScenarioPatch, TourExperiment } from './tourFormat.ts';

/** The benchmark of the lecture's §3 and of etcd's performance page: one key, no writes. */
const bench: ScenarioPatch = {
  profile: 'article-3x8c',
  etcdVersion: '3.5.17',
  clients: 1000,
  conns: 100,
  keysPerRange: 1,
  totalKeys: 1,
  total: 100_000,
};

/** A cluster as applications use it: many keys, a client that spreads load, some writes. */
const prod: ScenarioPatch = {
  profile: 'article-3x8c',
  etcdVersion: '3.5.17',
  clients: 100,
  conns: 10,
  lb: 'round-robin',
  totalKeys: 10_000,
  writeQps: 500,
  total: 20_000,
};

export const LECTURE_STEP_IDS = [
  'benchmark-vs-production',
  'load-balancing',
  'authenticate-lock',
  'token-and-certificates',
  'read-mode',
  'readindex-rtt',
  'apply-wait',
  'rbac',
  'expensive-range',
  'large-value',
  'summary',
] as const;
export type LectureStepId = (typeof LECTURE_STEP_IDS)[number];

export interface LectureExperiment {
  experiment: TourExperiment;
  stage: StageId;
  /** Index of the answer the model's run supports (the same in both languages). */
  answer: number;
  /**
   * What that answer says of the requests/s, so a test holds the run to it: B's ÷ A's ('B/A')
   * or A's ÷ B's ('A/B') is at least `atLeast` and below `below`. "Hundreds of times" beside the
   * step's ×179 told the learner the model disagreed with the answer it marked right.
   */
  claim?: { of: 'B/A' | 'A/B'; atLeast: number; below: number };
}

export const LECTURE_EXPERIMENTS: Record<LectureStepId, LectureExperiment> = {
  // The benchmark's one hot key vs an application that authenticates every read and writes.
  'benchmark-vs-production': {
    experiment: {
      a: bench,
      b: { ...prod, auth: 'password-per-request', total: 2_000 },
    },
    stage: 'authenticate',
    answer: 2,
    claim: { of: 'A/B', atLeast: 200, below: 1_000 }, // hundreds of times fewer reads/s
  },
  // Before 3.4 the client kept one connection to one member; from 3.4 it round-robins.
  'load-balancing': {
    experiment: {
      a: { ...prod, lb: 'pinned', clients: 1000, conns: 100, writeQps: 0 },
      b: { ...prod, lb: 'round-robin', clients: 1000, conns: 100, writeQps: 0 },
    },
    stage: 'network',
    answer: 1,
    claim: { of: 'B/A', atLeast: 2, below: 3 }, // two to three times as many
  },
  // The lecture's Authenticate measurements: bcrypt under the BatchTx lock (≤ 3.4.8) or not.
  'authenticate-lock': {
    experiment: {
      a: {
        profile: 'article-16c-auth',
        request: 'authenticate',
        auth: 'password-per-request',
        etcdVersion: '3.4.8',
        clients: 200,
        conns: 200,
        endpoints: 1,
        total: 1_000,
      },
      b: {
        profile: 'article-16c-auth',
        request: 'authenticate',
        auth: 'password-per-request',
        etcdVersion: '3.4.9',
        clients: 200,
        conns: 200,
        endpoints: 1,
        total: 2_000,
      },
    },
    stage: 'authenticate',
    answer: 1,
    claim: { of: 'B/A', atLeast: 10, below: Infinity }, // more than ten times
  },
  // Reads that authenticate every time vs reads that carry a client certificate.
  'token-and-certificates': {
    experiment: {
      a: { ...prod, auth: 'password-per-request', total: 2_000 },
      b: { ...prod, auth: 'client-cert' },
    },
    // Authenticate, where a password on every read spends its time (bcrypt), and which a
    // certificate removes; the takeaway's {stageMs} is this stage's time.
    stage: 'authenticate',
    answer: 2,
    // Over a hundred times (一百倍以上), short of the thousands the word would not cover. The
    // lecture gives no figure for it; "一百多倍" (100–199) stood here until a busy member's
    // round hops skipped their thread wake-ups and the model gave ×214 (wakeUps.ts).
    claim: { of: 'B/A', atLeast: 100, below: 1_000 },
  },
  // The lecture's §3 pair: linearizable vs serializable, 1,000 clients over 100 connections.
  'read-mode': {
    experiment: {
      a: { ...bench, readMode: 'linearizable' },
      b: { ...bench, readMode: 'serializable' },
    },
    stage: 'readIndex',
    answer: 1,
    claim: { of: 'B/A', atLeast: 1.5, below: 2 }, // between 1.5 and 2 times
  },
  // ReadIndex asks the other members: their round trip is in every linearizable read.
  'readindex-rtt': {
    experiment: {
      a: { ...prod, peerRttMs: 0.2 },
      b: { ...prod, peerRttMs: 40 },
    },
    stage: 'readIndex',
    answer: 2,
  },
  // Apply wait: the read waits until this member has applied the leader's commit index.
  'apply-wait': {
    experiment: {
      a: { ...prod, profile: 'cloud-network-disk', writeQps: 0 },
      b: { ...prod, profile: 'cloud-network-disk', writeQps: 20_000, writeValueBytes: 1_024 },
    },
    stage: 'applyWait',
    answer: 1,
  },
  // RBAC: an interval tree, O(log N) in the rules.
  rbac: {
    experiment: {
      a: { ...prod, auth: 'password-token-reused', rbacRules: 10 },
      b: { ...prod, auth: 'password-token-reused', rbacRules: 10_000 },
    },
    stage: 'rbac',
    answer: 0,
    // About the same: the check's own work is 1.5 µs at 10 rules and 3.0 µs at 10,000
    // (rbacBaseUs + rbacPerLevelUs · log2(rules + 1), workers/model/costs.ts); B/A was 0.955.
    claim: { of: 'B/A', atLeast: 0.9, below: 1.1 },
  },
  // Listing every pod at once vs a page of 500 (what a paginated list or an informer asks for).
  'expensive-range': {
    experiment: {
      a: {
        ...prod,
        clients: 10,
        conns: 10,
        keysPerRange: 5_000,
        totalKeys: 50_000,
        valueBytes: 2_048,
        total: 500,
      },
      b: {
        ...prod,
        clients: 10,
        conns: 10,
        keysPerRange: 500,
        totalKeys: 50_000,
        valueBytes: 2_048,
        total: 5_000,
      },
    },
    // Response: moving 5,000 keys of 2 KiB fills the client's NIC and holds 96 % of a list's
    // time; treeIndex, where the range is looked up, holds 0.2 % of it in the model.
    stage: 'response',
    answer: 2,
  },
  // The lecture's §8: one 1 MiB value read by 1,000 clients.
  'large-value': {
    experiment: {
      a: { ...bench, valueBytes: 256, total: 50_000 },
      b: { ...bench, valueBytes: 1_048_576, total: 5_000 },
    },
    // Response: sending the megabyte holds 99 % of a read's time ("the network fills up"), as
    // the 1 MB preset marks it; boltdb, which reads the value, holds 0.01 %.
    stage: 'response',
    answer: 2,
    claim: { of: 'A/B', atLeast: 100, below: Infinity }, // over a hundred times fewer
  },
  // Everything the lecture advises, against everything it warns about.
  summary: {
    experiment: {
      a: { ...prod, lb: 'pinned', auth: 'password-per-request', total: 2_000 },
      b: { ...prod, lb: 'round-robin', auth: 'client-cert', readMode: 'serializable' },
    },
    stage: 'authenticate',
    answer: 2,
    claim: { of: 'B/A', atLeast: 1_000, below: Infinity }, // over a thousand times
  },
};
