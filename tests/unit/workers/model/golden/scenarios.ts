/**
 * The golden set: fixed-seed scenarios that between them reach every mechanism of the model, and
 * the canonical text of a result that the golden file hashes. A refactor that must not change
 * behaviour has to leave every hash as it was; a deliberate change rewrites golden.json (write.ts)
 * in the commit that makes it, and says why.
 */
import { createHash } from 'node:crypto';
import { runInProcess } from '../../../../../workers/api.ts';
import type { SimResult } from '../../../../../workers/contract/result.ts';
import { scenarioOnProfile, type Scenario } from '../../../../../workers/contract/scenario.ts';

/** Small runs (a few thousand requests) so the whole set stays quick. */
const small = { total: 3000, clients: 60, conns: 12 };

export const GOLDEN_SCENARIOS: Record<string, Scenario> = {
  // Read modes and cluster sizes; follower endpoints under per-conn pinning.
  'linearizable-3': scenarioOnProfile('article-3x8c', { ...small }),
  'serializable-1': scenarioOnProfile('article-3x8c', {
    ...small,
    members: 1,
    endpoints: 1,
    readMode: 'serializable',
  }),
  'linearizable-5-round-robin-writes': scenarioOnProfile('article-3x8c', {
    ...small,
    members: 5,
    endpoints: 5,
    lb: 'round-robin',
    writeQps: 400,
  }),
  // A learner among the endpoints: it refuses linearizable reads, serves serializable ones.
  'linearizable-7-learner': scenarioOnProfile('article-3x8c', {
    ...small,
    members: 7,
    learner: true,
    endpoints: 8,
    lb: 'round-robin',
  }),
  'serializable-3-learner-l4lb-writes': scenarioOnProfile('article-3x8c', {
    ...small,
    learner: true,
    endpoints: 4,
    lb: 'l4-lb',
    readMode: 'serializable',
    writeQps: 500,
  }),
  // Authenticate, with the lock scope before and after PR 11735, on followers and a learner.
  'authenticate-3.4.8': scenarioOnProfile('article-16c-auth', {
    total: 300,
    clients: 20,
    conns: 20,
    endpoints: 3,
    request: 'authenticate',
    etcdVersion: '3.4.8',
  }),
  'authenticate-3.4.9': scenarioOnProfile('article-16c-auth', {
    total: 300,
    clients: 20,
    conns: 20,
    learner: true,
    endpoints: 4,
    request: 'authenticate',
    etcdVersion: '3.4.9',
  }),
  'password-per-request-3.4.8': scenarioOnProfile('article-16c-auth', {
    total: 200,
    clients: 10,
    conns: 10,
    auth: 'password-per-request',
    etcdVersion: '3.4.8',
  }),
  // The Range after its Authenticate goes to another member, which may not have applied the token.
  'password-per-request-round-robin-3.5.0': scenarioOnProfile('article-16c-auth', {
    total: 200,
    clients: 10,
    conns: 10,
    auth: 'password-per-request',
    lb: 'round-robin',
    etcdVersion: '3.5.0',
    writeQps: 300,
  }),
  // Simple tokens wait for their entry's apply; writes keep the apply loop busy.
  'token-writes-fsync': scenarioOnProfile('cloud-network-disk', {
    ...small,
    auth: 'password-token-reused',
    writeQps: 800,
  }),
  'jwt-pinned-rate': scenarioOnProfile('article-3x8c', {
    ...small,
    auth: 'jwt',
    lb: 'pinned',
    rate: 20_000,
  }),
  'client-cert-round-robin': scenarioOnProfile('article-3x8c', {
    ...small,
    auth: 'client-cert',
    lb: 'round-robin',
  }),
  // Old version: compaction holds the index, every read copies the write buffer; HDD fsyncs.
  'hdd-3.3-writes-compaction': scenarioOnProfile('hdd', {
    ...small,
    etcdVersion: '3.3.27',
    auth: 'password-token-reused',
    writeQps: 300,
    writeValueBytes: 4096,
    compactionMs: 40,
    totalKeys: 50_000,
  }),
  'large-values': scenarioOnProfile('article-3x8c', {
    total: 600,
    clients: 20,
    conns: 4,
    valueBytes: 1_000_000,
    keysPerRange: 1,
    totalKeys: 1000,
  }),
  'many-keys-serializable': scenarioOnProfile('laptop', {
    total: 1500,
    clients: 30,
    conns: 6,
    endpoints: 1,
    auth: 'client-cert',
    readMode: 'serializable',
    keysPerRange: 500,
    totalKeys: 200_000,
    compactionMs: 20,
  }),
  'cross-region-writes': scenarioOnProfile('cross-region', {
    ...small,
    endpoints: 3,
    writeQps: 200,
    compactionMs: 100,
  }),
};

/**
 * The result as the golden file hashes it: all of it. Since issue 9 (the four kinds of time, the
 * bottleneck analysis, write counts) the file was rewritten from the model as a whole; the older
 * mapping of structured ids back to strings went with the old hashes.
 */
function goldenView(result: SimResult): unknown {
  return result;
}

/**
 * JSON with object keys sorted, so field order in the code cannot change the text; numbers keep
 * JavaScript's shortest round-trip form (equal text ⇔ equal doubles), and the non-finite ones are
 * spelled out rather than collapsing to null.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(value) : `"${value}"`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface GoldenEntry {
  sha256: string;
  /** Readable context for a failure: what moved, roughly. */
  events: number;
  rps: number;
}

export async function goldenEntry(s: Scenario): Promise<GoldenEntry> {
  const result = await runInProcess(s, { journeys: 200 });
  const text = canonicalJson(goldenView(result));
  return {
    sha256: createHash('sha256').update(text).digest('hex'),
    events: result.events,
    rps: result.summary.rps,
  };
}
