/**
 * The command lines that run a Scenario: etcd's own `benchmark` (against a real cluster) and
 * `readpath` (this model, from a terminal). Both are argv arrays; shellLine() prints them.
 *
 * The benchmark line uses only flags the real tool has (tools/benchmark/cmd/root.go, range.go),
 * so `readpath` parses it too (report/commandLine/flags.ts) and gets back the fields the real tool can express:
 * clients, conns, endpoints, total, rate, read mode, the request and the kind of credential.
 * The readpath line adds one model flag for every other field, so it reopens the whole Scenario.
 * The hosts are placeholders (etcd-0, etcd-1, …) for the reader's own.
 */
import type { AuthMode, ParamName } from '../workers/contract/params.ts';
import { scenarioOnProfile, type Scenario } from '../workers/contract/scenario.ts';

/** The user the benchmark logs in as, and its password (placeholders to change). */
export const BENCH_USER = 'bench';
export const BENCH_PASSWORD = 'benchpw';
/** The one key of a single-key experiment (the article's `range hello`). */
export const SINGLE_KEY = 'hello';
/** Keys of a larger keyspace are key/00000001 …; `key0` is the end of the `key/` prefix range. */
export const KEY_PREFIX = 'key/';
export const KEY_PREFIX_END = 'key0';
/** The profile `readpath` assumes when no --profile is given (report/commandLine/flags.ts). */
const CLI_PROFILE = 'article-3x8c';

export function memberName(i: number): string {
  return `etcd-${i}`;
}

/** Client URL of member i: https when clients authenticate with certificates. */
export function clientUrl(s: Scenario, i: number): string {
  return `${s.auth === 'client-cert' ? 'https' : 'http'}://${memberName(i)}:2379`;
}

/** Key number i (1-based) of a keyspace of more than one key. */
export function keyName(i: number): string {
  return `${KEY_PREFIX}${String(i).padStart(8, '0')}`;
}

/** The key (and range end) one request reads: one key, or the `key/` prefix capped by --limit. */
export function rangeArgs(s: Scenario): string[] {
  if (s.keysPerRange === 1) return [s.totalKeys === 1 ? SINGLE_KEY : keyName(1)];
  const limit = s.keysPerRange < s.totalKeys ? [`--limit=${s.keysPerRange}`] : [];
  return [KEY_PREFIX, KEY_PREFIX_END, ...limit];
}

/**
 * The credential the real benchmark can present for this auth mode. It logs in once per client
 * and reuses the token, so every password mode becomes password-token-reused; a JWT is the
 * server's choice of token (--auth-token), not the client's.
 */
export function benchmarkAuth(auth: AuthMode, request: Scenario['request']): AuthMode {
  if (request === 'authenticate') return 'password-per-request';
  if (auth === 'none' || auth === 'client-cert') return auth;
  return 'password-token-reused';
}

function credentialFlags(s: Scenario): string[] {
  if (s.auth === 'client-cert' && s.request === 'range')
    return [`--cert=${BENCH_USER}.crt`, `--key=${BENCH_USER}.key`, '--cacert=ca.crt'];
  if (s.auth === 'none' && s.request === 'range') return [];
  return [`--user=${BENCH_USER}:${BENCH_PASSWORD}`];
}

/**
 * Where the benchmark connects: the first `endpoints` of the members then the learner. One
 * endpoint on a cluster is "the leader", which on a real cluster may be any member: list them
 * all and let --target-leader find it.
 */
function endpointFlags(s: Scenario): string[] {
  const reachable = s.members + (s.learner ? 1 : 0);
  if (s.endpoints === 1 && s.members > 1) {
    const all = Array.from({ length: s.members }, (_, i) => clientUrl(s, i));
    return [`--endpoints=${all.join(',')}`, '--target-leader'];
  }
  const n = Math.min(s.endpoints, reachable);
  return [`--endpoints=${Array.from({ length: n }, (_, i) => clientUrl(s, i)).join(',')}`];
}

/** The benchmark's global flags, its command (with KEY [END]) and the command's own flags. */
function benchmarkParts(s: Scenario): { global: string[]; command: string[]; flags: string[] } {
  const global = [
    ...endpointFlags(s),
    `--conns=${s.conns}`,
    `--clients=${s.clients}`,
    ...credentialFlags(s),
  ];
  const command = s.request === 'range' ? ['range', ...rangeArgs(s)] : ['authenticate'];
  const rate = s.rate > 0 ? [`--rate=${s.rate}`] : [];
  const consistency = `--consistency=${s.readMode === 'linearizable' ? 'l' : 's'}`;
  // --count-only is the benchmark's own (range.go); keys-only has no benchmark flag (see below).
  const count = s.request === 'range' && s.rangeResult === 'count-only' ? ['--count-only'] : [];
  return { global, command, flags: [consistency, `--total=${s.total}`, ...rate, ...count] };
}

/** `benchmark …`: the real tool's command line for this experiment. */
export function benchmarkArgv(s: Scenario): string[] {
  const { global, command, flags } = benchmarkParts(s);
  return ['benchmark', ...global, ...command, ...flags];
}

/** The readpath model flag of each Scenario field the benchmark line does not set. */
export const MODEL_FLAGS = {
  members: 'members',
  learner: 'learner',
  lb: 'lb',
  auth: 'auth',
  etcdVersion: 'etcd-version',
  bcryptCost: 'bcrypt-cost',
  bcrypt10Ms: 'bcrypt10-ms',
  rbacRules: 'rbac-rules',
  valueBytes: 'val-size',
  totalKeys: 'keys',
  keysPerRange: 'keys-per-range',
  rangeResult: 'range-result',
  writeQps: 'write-qps',
  writeValueBytes: 'write-val-size',
  compactionMs: 'compaction-ms',
  sharedHost: 'shared-host',
  serverCores: 'server-cores',
  clientCores: 'client-cores',
  cpuSpeed: 'cpu-speed',
  bcryptSpeed: 'bcrypt-speed',
  nicGbps: 'nic-gbps',
  clientRttMs: 'client-rtt-ms',
  peerRttMs: 'peer-rtt-ms',
  fsyncMs: 'fsync-ms',
  seed: 'seed',
} as const satisfies Partial<Record<ParamName, string>>;

type ModelField = keyof typeof MODEL_FLAGS;

/**
 * Is the field's flag needed? Members is always written (readpath would otherwise pick a cluster
 * size from the endpoint count), and so is the seed (a line names its randomness, like a link);
 * auth and keys-per-range when they differ from what the benchmark flags imply; every other
 * field when it differs from its profile's default.
 */
function needsFlag(s: Scenario, base: Scenario, field: ModelField): boolean {
  switch (field) {
    case 'members':
    case 'seed':
      return true;
    case 'learner':
      return s.learner;
    case 'auth':
      return s.auth !== benchmarkAuth(s.auth, s.request);
    case 'keysPerRange':
      return s.keysPerRange !== 1;
    case 'rangeResult':
      // count-only on a range is the benchmark's own --count-only, above.
      return (
        s.rangeResult !== 'values' && !(s.request === 'range' && s.rangeResult === 'count-only')
      );
    default:
      return s[field] !== base[field];
  }
}

/** `range …` / `authenticate …` for `npx readpath`: the benchmark's words plus the model's flags. */
export function readpathArgv(s: Scenario): string[] {
  const { global, command, flags } = benchmarkParts(s);
  const profile = s.profile === CLI_PROFILE ? [] : [`--profile=${s.profile}`];
  const base = scenarioOnProfile(s.profile);
  const model: string[] = [];
  for (const field of Object.keys(MODEL_FLAGS) as ModelField[]) {
    if (!needsFlag(s, base, field)) continue;
    const flag = MODEL_FLAGS[field];
    model.push(field === 'learner' ? `--${flag}` : `--${flag}=${String(s[field])}`);
  }
  return [...command, ...global, ...flags, ...profile, ...model];
}
