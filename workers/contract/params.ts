/**
 * Every parameter a learner can change: its kind, unit, the range etcd allows, and its default.
 * One table serves the validator, the URL codec, the command line and the controls, so a range
 * is written once. Human explanations live in the UI's i18n dictionaries, keyed by the name.
 */

export const AUTH_MODES = [
  'none',
  'password-token-reused',
  'password-per-request',
  'jwt',
  'client-cert',
] as const;
export const READ_MODES = ['linearizable', 'serializable'] as const;
export const LB_POLICIES = ['per-conn', 'round-robin', 'pinned', 'l4-lb'] as const;
/** Versions whose lock scopes differ (see versions.ts for what each one changes). */
export const ETCD_VERSIONS = [
  '3.3.27',
  '3.4.8',
  '3.4.9',
  '3.4.23',
  '3.4.27',
  '3.5.0',
  '3.5.17',
] as const;
export const REQUESTS = ['range', 'authenticate'] as const;
export const MEMBER_COUNTS = [1, 3, 5, 7] as const;
/**
 * What a range returns: the keys and values, the keys alone (etcd's keys_only: the member still
 * reads every entry from boltdb and drops the values before marshalling), or only their count
 * (count_only: the member counts revisions in the treeIndex and reads nothing from boltdb).
 */
export const RANGE_RESULTS = ['values', 'keys-only', 'count-only'] as const;

export type AuthMode = (typeof AUTH_MODES)[number];
export type ReadMode = (typeof READ_MODES)[number];
export type LbPolicy = (typeof LB_POLICIES)[number];
export type EtcdVersion = (typeof ETCD_VERSIONS)[number];
export type RequestKind = (typeof REQUESTS)[number];
export type RangeResult = (typeof RANGE_RESULTS)[number];

/** etcd's default request size limit (--max-request-bytes): 1.5 MiB. */
export const MAX_REQUEST_BYTES = 1.5 * 1024 * 1024;

interface NumberSpec {
  kind: 'int' | 'number';
  min: number;
  max: number;
  unit: string;
  /** Controls use a log scale when the range spans orders of magnitude. */
  log?: boolean;
  group: ParamGroup;
}
interface ChoiceSpec<T extends string | number> {
  kind: 'choice';
  choices: readonly T[];
  unit: string;
  group: ParamGroup;
}
interface BoolSpec {
  kind: 'bool';
  unit: string;
  group: ParamGroup;
}

export const PARAM_GROUPS = ['client', 'auth', 'read', 'cluster', 'workload', 'machines'] as const;
export type ParamGroup = (typeof PARAM_GROUPS)[number];

/**
 * The specification of every Scenario field, in the order the controls show them.
 * Ranges are what etcd and its benchmark accept, narrowed where a larger value is meaningless.
 */
export const PARAMS = {
  // Client & load balancing
  clients: { kind: 'int', min: 1, max: 10_000, unit: 'clients', log: true, group: 'client' },
  conns: { kind: 'int', min: 1, max: 1_000, unit: 'connections', log: true, group: 'client' },
  endpoints: { kind: 'int', min: 1, max: 8, unit: 'members', group: 'client' },
  lb: { kind: 'choice', choices: LB_POLICIES, unit: '', group: 'client' },
  total: { kind: 'int', min: 1, max: 5_000_000, unit: 'requests', log: true, group: 'client' },
  rate: { kind: 'int', min: 0, max: 1_000_000, unit: 'req/s (0 = no limit)', group: 'client' },
  // Authentication
  auth: { kind: 'choice', choices: AUTH_MODES, unit: '', group: 'auth' },
  etcdVersion: { kind: 'choice', choices: ETCD_VERSIONS, unit: '', group: 'auth' },
  bcryptCost: { kind: 'int', min: 4, max: 16, unit: 'log₂ rounds', group: 'auth' },
  // ms of one reference core (cpuSpeed 1) per compare at cost 10; the default is Go's (the cost
  // table's bcrypt10Ms), the bcrypt lab can put this device's measured time here. 1 ms is far
  // below any real core; 10 s covers a slow phone running JavaScript bcrypt on a 4× profile.
  bcrypt10Ms: {
    kind: 'number',
    min: 1,
    max: 10_000,
    unit: 'ms per compare at cost 10',
    log: true,
    group: 'auth',
  },
  rbacRules: { kind: 'int', min: 1, max: 100_000, unit: 'permissions', log: true, group: 'auth' },
  // Read
  request: { kind: 'choice', choices: REQUESTS, unit: '', group: 'read' },
  readMode: { kind: 'choice', choices: READ_MODES, unit: '', group: 'read' },
  valueBytes: {
    kind: 'int',
    min: 1,
    max: MAX_REQUEST_BYTES,
    unit: 'bytes',
    log: true,
    group: 'read',
  },
  keysPerRange: { kind: 'int', min: 1, max: 1_000_000, unit: 'keys', log: true, group: 'read' },
  rangeResult: { kind: 'choice', choices: RANGE_RESULTS, unit: '', group: 'read' },
  totalKeys: { kind: 'int', min: 1, max: 10_000_000, unit: 'keys', log: true, group: 'read' },
  // Cluster
  members: { kind: 'choice', choices: MEMBER_COUNTS, unit: 'members', group: 'cluster' },
  learner: { kind: 'bool', unit: '', group: 'cluster' },
  // Workload
  writeQps: { kind: 'int', min: 0, max: 50_000, unit: 'puts/s', group: 'workload' },
  writeValueBytes: {
    kind: 'int',
    min: 1,
    max: MAX_REQUEST_BYTES,
    unit: 'bytes',
    log: true,
    group: 'workload',
  },
  compactionMs: { kind: 'int', min: 0, max: 3_600_000, unit: 'ms (0 = off)', group: 'workload' },
  // Machines & network
  // Client and members on one machine (a laptop cluster): one pool of serverCores cores serves
  // every process, and clientCores is not used.
  sharedHost: { kind: 'bool', unit: '', group: 'machines' },
  serverCores: { kind: 'int', min: 1, max: 128, unit: 'cores', group: 'machines' },
  clientCores: { kind: 'int', min: 1, max: 128, unit: 'cores', group: 'machines' },
  cpuSpeed: { kind: 'number', min: 0.1, max: 4, unit: '× reference core', group: 'machines' },
  // Core speed at raw compute: bcrypt and rawCompute.ts RAW_COMPUTE_COSTS (profiles.ts bcryptSpeed).
  bcryptSpeed: { kind: 'number', min: 0.1, max: 4, unit: '× reference core', group: 'machines' },
  nicGbps: { kind: 'number', min: 0.1, max: 400, unit: 'Gbit/s', log: true, group: 'machines' },
  clientRttMs: { kind: 'number', min: 0.01, max: 500, unit: 'ms', log: true, group: 'machines' },
  peerRttMs: { kind: 'number', min: 0.01, max: 500, unit: 'ms', log: true, group: 'machines' },
  fsyncMs: { kind: 'number', min: 0.01, max: 200, unit: 'ms', log: true, group: 'machines' },
  seed: { kind: 'int', min: 0, max: 2 ** 31 - 1, unit: '', group: 'machines' },
} as const satisfies Record<
  string,
  NumberSpec | ChoiceSpec<string> | ChoiceSpec<number> | BoolSpec
>;

export type ParamName = keyof typeof PARAMS;
