/**
 * Every flag `readpath` accepts, in the order `--help` lists them. The first two groups are etcd's
 * own `benchmark` flags, spelled as etcd spells them so a real command line runs unchanged; the
 * model group sets the Scenario fields the real tool has no flag for. One table serves the parser,
 * the help text and the tests, so a flag cannot be parsed without being documented.
 */
import type { ParamName } from '../../workers/contract/params.ts';

export const FLAG_GROUPS = ['benchmark', 'range', 'model', 'sweep', 'output'] as const;
export type FlagGroup = (typeof FLAG_GROUPS)[number];

export interface FlagSpec {
  /** The long name, without the leading "--". */
  name: string;
  /** Placeholder for the value in the help text; absent for a boolean switch. */
  arg?: string;
  group: FlagGroup;
  help: string;
  /** The Scenario field the flag sets directly, its value parsed by the field's kind. */
  field?: ParamName;
}

export const FLAGS: readonly FlagSpec[] = [
  // etcd benchmark's global flags (tools/benchmark/cmd/root.go)
  {
    name: 'endpoints',
    arg: 'LIST',
    group: 'benchmark',
    help: 'gRPC endpoints a,b,c: the client talks to that many members (a bare count N also works)',
  },
  { name: 'conns', arg: 'N', group: 'benchmark', help: 'gRPC connections', field: 'conns' },
  { name: 'clients', arg: 'N', group: 'benchmark', help: 'gRPC clients', field: 'clients' },
  { name: 'precise', group: 'benchmark', help: "print times with Go's %g instead of %4.4f" },
  { name: 'sample', group: 'benchmark', help: 'accepted and ignored (no per-second samples)' },
  {
    name: 'user',
    arg: 'NAME[:PASS]',
    group: 'benchmark',
    help: 'authenticate as a user: implies --auth password-token-reused',
  },
  { name: 'password', arg: 'PASS', group: 'benchmark', help: 'password for --user (not used)' },
  {
    name: 'cert',
    arg: 'FILE',
    group: 'benchmark',
    help: 'client certificate: implies --auth client-cert (the file is not read)',
  },
  {
    name: 'key',
    arg: 'FILE',
    group: 'benchmark',
    help: 'client key: implies --auth client-cert (the file is not read)',
  },
  { name: 'cacert', arg: 'FILE', group: 'benchmark', help: 'CA bundle: accepted, no effect' },
  {
    name: 'target-leader',
    group: 'benchmark',
    help: 'connect only to the leader (member 0): one endpoint',
  },
  { name: 'dial-timeout', arg: 'DURATION', group: 'benchmark', help: 'accepted, no effect' },
  { name: 'insecure-skip-tls-verify', group: 'benchmark', help: 'accepted, no effect' },
  // etcd benchmark's range flags (tools/benchmark/cmd/range.go)
  { name: 'total', arg: 'N', group: 'range', help: 'requests to send', field: 'total' },
  { name: 'rate', arg: 'N', group: 'range', help: 'requests per second cap', field: 'rate' },
  {
    name: 'consistency',
    arg: 'l|s',
    group: 'range',
    help: 'linearizable (l) or serializable (s) reads',
  },
  {
    name: 'limit',
    arg: 'N',
    group: 'range',
    help: 'at most N keys per range (0 = no limit)',
  },
  {
    name: 'count-only',
    group: 'range',
    help: 'return only the count of keys (--range-result count-only)',
  },
  {
    name: 'keys-only',
    group: 'range',
    help: 'return keys without values (--range-result keys-only; etcdctl get has it)',
  },
  { name: 'prefix', group: 'range', help: 'KEY is a prefix: the range matches all --keys keys' },
  // Scenario fields the real tool has no flag for
  { name: 'profile', arg: 'NAME', group: 'model', help: 'hardware profile; flags override it' },
  { name: 'members', arg: 'N', group: 'model', help: 'voting members', field: 'members' },
  { name: 'learner', group: 'model', help: 'add a learner member', field: 'learner' },
  { name: 'lb', arg: 'POLICY', group: 'model', help: 'client load balancing', field: 'lb' },
  { name: 'auth', arg: 'MODE', group: 'model', help: 'authentication', field: 'auth' },
  {
    name: 'etcd-version',
    arg: 'V',
    group: 'model',
    help: 'etcd version (lock scopes)',
    field: 'etcdVersion',
  },
  { name: 'bcrypt-cost', arg: 'N', group: 'model', help: 'bcrypt cost', field: 'bcryptCost' },
  {
    name: 'bcrypt10-ms',
    arg: 'MS',
    group: 'model',
    help: "one bcrypt compare at cost 10 on a reference core (default: Go's)",
    field: 'bcrypt10Ms',
  },
  { name: 'rbac-rules', arg: 'N', group: 'model', help: 'RBAC permissions', field: 'rbacRules' },
  { name: 'val-size', arg: 'BYTES', group: 'model', help: 'value size read', field: 'valueBytes' },
  { name: 'keys', arg: 'N', group: 'model', help: 'keys in the keyspace', field: 'totalKeys' },
  {
    name: 'range-result',
    arg: 'WHAT',
    group: 'model',
    help: 'what a range returns: values, keys-only or count-only',
    field: 'rangeResult',
  },
  {
    name: 'keys-per-range',
    arg: 'N',
    group: 'model',
    help: 'keys one range returns (unless given: from KEY [END], --prefix and --limit)',
    field: 'keysPerRange',
  },
  { name: 'write-qps', arg: 'N', group: 'model', help: 'background puts', field: 'writeQps' },
  {
    name: 'write-val-size',
    arg: 'BYTES',
    group: 'model',
    help: 'value size of background puts',
    field: 'writeValueBytes',
  },
  {
    name: 'compaction-ms',
    arg: 'MS',
    group: 'model',
    help: 'compaction interval',
    field: 'compactionMs',
  },
  {
    name: 'shared-host',
    group: 'model',
    help: 'client and members on one machine: --server-cores cores shared by all, loopback',
    field: 'sharedHost',
  },
  {
    name: 'server-cores',
    arg: 'N',
    group: 'model',
    help: 'cores per member',
    field: 'serverCores',
  },
  {
    name: 'client-cores',
    arg: 'N',
    group: 'model',
    help: 'cores of the client machine',
    field: 'clientCores',
  },
  { name: 'cpu-speed', arg: 'X', group: 'model', help: 'core speed', field: 'cpuSpeed' },
  {
    name: 'bcrypt-speed',
    arg: 'X',
    group: 'model',
    help: 'core speed at raw compute (bcrypt, runtime hand-offs)',
    field: 'bcryptSpeed',
  },
  { name: 'nic-gbps', arg: 'GBPS', group: 'model', help: 'NIC bandwidth', field: 'nicGbps' },
  {
    name: 'client-rtt-ms',
    arg: 'MS',
    group: 'model',
    help: 'client↔member round trip',
    field: 'clientRttMs',
  },
  {
    name: 'peer-rtt-ms',
    arg: 'MS',
    group: 'model',
    help: 'member↔member round trip',
    field: 'peerRttMs',
  },
  {
    name: 'disk',
    arg: 'ssd|hdd|MS',
    group: 'model',
    help: 'disk kind: ssd = 0.5 ms fsync, hdd = 10 ms, or the fsync time itself',
  },
  { name: 'fsync-ms', arg: 'MS', group: 'model', help: 'one fsync', field: 'fsyncMs' },
  { name: 'seed', arg: 'N', group: 'model', help: 'random seed', field: 'seed' },
  // readpath sweep (workers/contract/sweep.ts parses them, as the app's sweep form does)
  {
    name: 'param',
    arg: 'NAME',
    group: 'sweep',
    help: 'the parameter to sweep: a scenario field (writeQps) or its flag (write-qps)',
  },
  {
    name: 'from',
    arg: 'X',
    group: 'sweep',
    help: "first value [default: the parameter's minimum]",
  },
  { name: 'to', arg: 'X', group: 'sweep', help: "last value [default: the parameter's maximum]" },
  {
    name: 'points',
    arg: 'N',
    group: 'sweep',
    help: 'how many values from --from to --to [integers 2..50; default 10]',
  },
  {
    name: 'spacing',
    arg: 'linear|log',
    group: 'sweep',
    help: 'even steps or a constant ratio [default: log where the parameter spans decades]',
  },
  {
    name: 'series',
    arg: 'one|readModes',
    group: 'sweep',
    help: 'the experiment, or it for both read modes [default one]',
  },
  // Output
  {
    name: 'json',
    group: 'output',
    help: 'print the whole result as JSON, nothing else (sweep: JSON instead of CSV)',
  },
  { name: 'help', group: 'output', help: 'print this help' },
];

const BY_NAME = new Map(FLAGS.map((f) => [f.name, f]));

export function flagSpec(name: string): FlagSpec | undefined {
  return BY_NAME.get(name);
}

/** The flag that sets a Scenario field directly (for naming it in error messages). */
export function flagForField(field: string): string | undefined {
  if (field === 'profile') return 'profile';
  if (field === 'readMode') return 'consistency';
  return FLAGS.find((f) => f.field === field)?.name;
}
