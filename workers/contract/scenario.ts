/**
 * The Scenario: one plain object that describes a whole experiment. It round-trips through the
 * URL and the command line, crosses the worker boundary as is, and is the only input of simulate().
 */
import type {
  AuthMode,
  EtcdVersion,
  LbPolicy,
  RangeResult,
  ReadMode,
  RequestKind,
} from './params.ts';
import { GO_BCRYPT10_MS } from './bcrypt.ts';
import { PROFILES, type ProfileName } from './profiles.ts';

export interface Scenario {
  /** Hardware profile the machine fields were taken from (informational once resolved). */
  profile: ProfileName;
  // Client & load balancing
  clients: number;
  conns: number;
  /** How many members the client lists as endpoints, in order: members first, then the learner. */
  endpoints: number;
  lb: LbPolicy;
  total: number;
  /** Requests per second cap across all clients (0 = no limit), like the benchmark's --rate. */
  rate: number;
  // Authentication
  auth: AuthMode;
  etcdVersion: EtcdVersion;
  bcryptCost: number;
  /** ms of one reference core per bcrypt compare at cost 10 (Go's by default; see bcrypt.ts). */
  bcrypt10Ms: number;
  rbacRules: number;
  // Read
  request: RequestKind;
  readMode: ReadMode;
  valueBytes: number;
  keysPerRange: number;
  /** Values, keys only, or the count only (the benchmark's --count-only; etcd's keys_only). */
  rangeResult: RangeResult;
  totalKeys: number;
  // Cluster
  members: number;
  learner: boolean;
  // Workload
  writeQps: number;
  writeValueBytes: number;
  compactionMs: number;
  // Machines & network
  /** The client and every member on one machine's `serverCores` cores, over loopback. */
  sharedHost: boolean;
  serverCores: number;
  clientCores: number;
  cpuSpeed: number;
  /** Core speed at raw compute: bcrypt and rawCompute.ts RAW_COMPUTE_COSTS (profiles.ts
   *  MachineProfile.bcryptSpeed). */
  bcryptSpeed: number;
  nicGbps: number;
  clientRttMs: number;
  peerRttMs: number;
  fsyncMs: number;
  seed: number;
}

/**
 * Defaults: the article's benchmark of one key on three 8-core members (docs/design/ARTICLE.md §3),
 * scaled down to 100,000 requests so a first run is quick.
 */
export function defaultScenario(): Scenario {
  return {
    ...PROFILES['article-3x8c'].machine,
    profile: 'article-3x8c',
    clients: 1000,
    conns: 100,
    endpoints: 3,
    lb: 'per-conn',
    total: 100_000,
    rate: 0,
    auth: 'none',
    bcryptCost: 10,
    bcrypt10Ms: GO_BCRYPT10_MS,
    rbacRules: 10,
    request: 'range',
    readMode: 'linearizable',
    valueBytes: 256,
    keysPerRange: 1,
    rangeResult: 'values',
    totalKeys: 1,
    learner: false,
    writeQps: 0,
    writeValueBytes: 256,
    compactionMs: 0,
    seed: 1,
  };
}

/** A scenario on a named profile: the profile's machine fields, then explicit overrides. */
export function scenarioOnProfile(name: ProfileName, overrides: Partial<Scenario> = {}): Scenario {
  return { ...defaultScenario(), ...PROFILES[name].machine, profile: name, ...overrides };
}

/** Every field of a Scenario, the profile first. */
export const SCENARIO_FIELDS = Object.keys(defaultScenario()) as readonly (keyof Scenario)[];

/** The fields in which two experiments differ, in SCENARIO_FIELDS order (empty: the same one). */
export function changedFields(a: Scenario, b: Scenario): (keyof Scenario)[] {
  return SCENARIO_FIELDS.filter((f) => a[f] !== b[f]);
}

/** Do two scenarios describe the same experiment, field by field (`except` fields ignored)? */
export function sameScenario(
  a: Scenario,
  b: Scenario,
  except: readonly (keyof Scenario)[] = [],
): boolean {
  return SCENARIO_FIELDS.every((f) => except.includes(f) || a[f] === b[f]);
}
