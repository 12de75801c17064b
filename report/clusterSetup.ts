/**
 * What a real cluster needs before the benchmark line (benchmarkLine.ts) measures the same
 * experiment: certificates or JWT keys, each member's `etcd` flags, a learner, the data, users,
 * roles and permissions, background writes. Each step is an id, the parameters of its comment and
 * its shell lines; the comment's words come from the caller (the app translates them), so this
 * file holds commands only. Notes name what a real cluster cannot be told to do the model's way.
 *
 * Flags as etcd spells them (etcd --help, etcdctl --help, 3.3–3.5): --auth-token simple|jwt,…,
 * --bcrypt-cost (3.4+, etcd pull 9687), --auto-compaction-mode/-retention, --client-cert-auth,
 * `member add --learner` (3.4+), `etcdctl role grant-permission`, `auth enable`.
 */
import type { Scenario } from '../workers/contract/scenario.ts';
import {
  BENCH_PASSWORD,
  BENCH_USER,
  benchmarkArgv,
  clientUrl,
  KEY_PREFIX,
  KEY_PREFIX_END,
  memberName,
  SINGLE_KEY,
} from './benchmarkLine.ts';
import { shellLine } from './shellWords.ts';

export type StepId =
  | 'env'
  | 'certs'
  | 'jwtKeys'
  | 'start'
  | 'learner'
  | 'data'
  | 'auth'
  | 'rbacRules'
  | 'authEnable'
  | 'writes'
  | 'bench'
  | 'logins'
  | 'stopWrites';

export type NoteId =
  | 'machines'
  | 'sharedMachine'
  | 'lb'
  | 'perRequest'
  | 'authenticate'
  | 'bcryptOld'
  | 'learnerOld'
  | 'learnerReads'
  | 'jwt';

export type Params = Record<string, string | number>;

export interface Step {
  id: StepId;
  params: Params;
  lines: string[];
}

export interface Note {
  id: NoteId;
  params: Params;
}

export interface RealCluster {
  steps: Step[];
  notes: Note[];
}

const ROOT_PASSWORD = 'rootpw';
/** Writers running beside the benchmark, and how long they keep writing, s. */
const WRITE_CLIENTS = 10;
const WRITE_SECONDS = 600;

/** etcd 3.3 has neither --bcrypt-cost nor learners. */
const isOld = (s: Scenario): boolean => s.etcdVersion.startsWith('3.3.');
const usesPassword = (s: Scenario): boolean =>
  s.request === 'authenticate' || s.auth.startsWith('password') || s.auth === 'jwt';

/** ms → a Go duration as etcd's --auto-compaction-retention reads it (5m, 90s, 1500ms). */
export function goDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

function serverFlags(s: Scenario): string[] {
  const flags: string[] = [];
  if (s.auth === 'jwt')
    flags.push('--auth-token jwt,pub-key=jwt.pub,priv-key=jwt.key,sign-method=RS256,ttl=10m');
  else if (usesPassword(s)) flags.push('--auth-token simple');
  if (usesPassword(s) && !isOld(s)) flags.push(`--bcrypt-cost ${s.bcryptCost}`);
  if (s.compactionMs > 0)
    flags.push(
      `--auto-compaction-mode periodic --auto-compaction-retention ${goDuration(s.compactionMs)}`,
    );
  if (s.auth === 'client-cert')
    flags.push(
      '--client-cert-auth --trusted-ca-file ca.crt --cert-file "$NAME.crt" --key-file "$NAME.key"',
    );
  return flags;
}

/** One member's etcd, written once with $NAME (set on each host) and the cluster it joins. */
function etcdLines(s: Scenario, cluster: string, state: 'new' | 'existing'): string[] {
  const scheme = s.auth === 'client-cert' ? 'https' : 'http';
  return [
    'etcd --name "$NAME" --data-dir "$NAME.etcd" \\',
    `  --listen-client-urls ${scheme}://0.0.0.0:2379 --advertise-client-urls "${scheme}://$NAME:2379" \\`,
    '  --listen-peer-urls http://0.0.0.0:2380 --initial-advertise-peer-urls "http://$NAME:2380" \\',
    `  --initial-cluster "${cluster}" --initial-cluster-state ${state}${serverFlags(s).length > 0 ? ' \\' : ''}`,
    ...serverFlags(s).map((f, i, all) => `  ${f}${i < all.length - 1 ? ' \\' : ''}`),
  ];
}

const peer = (i: number): string => `${memberName(i)}=http://${memberName(i)}:2380`;

function names(from: number, to: number): string {
  return Array.from({ length: to - from }, (_, i) => memberName(from + i)).join(' ');
}

function certLines(s: Scenario): string[] {
  const hosts = names(0, s.members + (s.learner ? 1 : 0));
  const sign = (cn: string, san: string) => [
    `  openssl req -newkey rsa:2048 -nodes -subj "/CN=${cn}"${san} -keyout "${cn}.key" -out "${cn}.csr"`,
    `  openssl x509 -req -in "${cn}.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -copy_extensions copy -out "${cn}.crt"`,
  ];
  return [
    'openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=etcd-ca -keyout ca.key -out ca.crt',
    `for m in ${hosts}; do`,
    ...sign('$m', ' -addext "subjectAltName=DNS:$m"'),
    'done',
    `for u in root ${BENCH_USER}; do`,
    ...sign('$u', ''),
    'done',
  ];
}

function dataLines(s: Scenario): string[] {
  const value = `head -c ${s.valueBytes} /dev/zero | tr '\\0' x`;
  if (s.totalKeys === 1) return [`${value} | etcdctl put ${SINGLE_KEY}`];
  return [
    `seq -f '${KEY_PREFIX}%08.0f' 1 ${s.totalKeys} |`,
    // Inside "…" the inner shell still sees tr '\0': a backslash before 0 stays as typed.
    `  xargs -P 8 -I{} sh -c "${value} | etcdctl put {}"`,
  ];
}

function authLines(s: Scenario): string[] {
  const readable = s.totalKeys === 1 ? SINGLE_KEY : `${KEY_PREFIX} ${KEY_PREFIX_END}`;
  return [
    'etcdctl role add root',
    `etcdctl user add root:${ROOT_PASSWORD}`,
    'etcdctl user grant-role root root',
    'etcdctl role add reader',
    `etcdctl role grant-permission reader read ${readable}`,
    `etcdctl user add ${BENCH_USER}:${BENCH_PASSWORD}`,
    `etcdctl user grant-role ${BENCH_USER} reader`,
  ];
}

function writeLines(s: Scenario): string[] {
  const endpoints = Array.from({ length: s.members }, (_, i) => clientUrl(s, i)).join(',');
  // Writes need write permission: root, by password or (client certificates) by its CN.
  const credential =
    s.auth === 'none'
      ? []
      : s.auth === 'client-cert'
        ? ['--cert=root.crt', '--key=root.key', '--cacert=ca.crt']
        : [`--user=root:${ROOT_PASSWORD}`];
  const argv = [
    'benchmark',
    `--endpoints=${endpoints}`,
    `--conns=${WRITE_CLIENTS}`,
    `--clients=${WRITE_CLIENTS}`,
    ...credential,
    'put',
    '--key-size=8',
    `--val-size=${s.writeValueBytes}`,
    `--rate=${s.writeQps}`,
    `--total=${s.writeQps * WRITE_SECONDS}`,
    '--key-space-size=100000',
  ];
  return [`${shellLine(argv)} > writes.txt &`];
}

/** Authenticate calls as a real cluster sees them: many etcdctl processes, each logging in. */
function loginLines(s: Scenario): string[] {
  const key = s.totalKeys === 1 ? SINGLE_KEY : `${KEY_PREFIX}00000001`;
  const n = Math.min(s.total, 10_000);
  return [
    'start=$(date +%s)',
    `seq ${n} | xargs -P ${Math.min(s.clients, 200)} -I{} \\`,
    `  etcdctl --user=${BENCH_USER}:${BENCH_PASSWORD} get ${key} > /dev/null`,
    `echo "${n} logins in $(( $(date +%s) - start )) s"`,
  ];
}

function notes(s: Scenario): Note[] {
  const out: Note[] = [
    {
      // One machine for the benchmark and every member (sharedHost): a laptop cluster.
      id: s.sharedHost ? 'sharedMachine' : 'machines',
      params: {
        cores: s.serverCores,
        peerRtt: s.peerRttMs,
        clientRtt: s.clientRttMs,
        fsync: s.fsyncMs,
        nic: s.nicGbps,
      },
    },
  ];
  if (s.lb !== 'per-conn') out.push({ id: 'lb', params: { lb: s.lb } });
  if (s.request === 'authenticate') out.push({ id: 'authenticate', params: {} });
  else if (s.auth === 'password-per-request') out.push({ id: 'perRequest', params: {} });
  if (s.auth === 'jwt') out.push({ id: 'jwt', params: {} });
  if (usesPassword(s) && isOld(s) && s.bcryptCost !== 10)
    out.push({ id: 'bcryptOld', params: { version: s.etcdVersion, cost: s.bcryptCost } });
  if (s.learner && isOld(s)) out.push({ id: 'learnerOld', params: { version: s.etcdVersion } });
  if (
    s.learner &&
    s.endpoints > s.members &&
    (s.readMode === 'linearizable' || s.request === 'authenticate')
  )
    out.push({ id: 'learnerReads', params: {} });
  return out;
}

/** Everything a reader runs on a real cluster to measure this experiment, in order. */
export function realCluster(s: Scenario): RealCluster {
  const steps: Step[] = [];
  const members = Array.from({ length: s.members }, (_, i) => i);
  const cluster = members.map(peer).join(',');
  const env = [
    'export ETCDCTL_API=3',
    `export ETCDCTL_ENDPOINTS=${members.map((i) => clientUrl(s, i)).join(',')}`,
  ];
  if (s.auth === 'client-cert')
    env.push('export ETCDCTL_CACERT=ca.crt ETCDCTL_CERT=root.crt ETCDCTL_KEY=root.key');
  steps.push({ id: 'env', params: {}, lines: env });
  if (s.auth === 'client-cert') steps.push({ id: 'certs', params: {}, lines: certLines(s) });
  if (s.auth === 'jwt')
    steps.push({
      id: 'jwtKeys',
      params: {},
      lines: ['openssl genrsa -out jwt.key 2048', 'openssl rsa -in jwt.key -pubout -out jwt.pub'],
    });
  steps.push({
    id: 'start',
    params: { version: s.etcdVersion, names: names(0, s.members) },
    lines: etcdLines(s, cluster, 'new'),
  });
  if (s.learner) {
    const l = s.members;
    steps.push({
      id: 'learner',
      params: { name: memberName(l) },
      lines: [
        `etcdctl member add ${memberName(l)} --learner --peer-urls=http://${memberName(l)}:2380`,
        ...etcdLines(s, `${cluster},${peer(l)}`, 'existing'),
      ],
    });
  }
  steps.push({
    id: 'data',
    params: { keys: s.totalKeys, bytes: s.valueBytes },
    lines: dataLines(s),
  });
  if (s.auth !== 'none' || s.request === 'authenticate') {
    steps.push({ id: 'auth', params: { user: BENCH_USER }, lines: authLines(s) });
    if (s.rbacRules > 1)
      steps.push({
        id: 'rbacRules',
        params: { rules: s.rbacRules, user: BENCH_USER },
        lines: [
          `for i in $(seq 2 ${s.rbacRules}); do`,
          '  etcdctl role grant-permission reader read "other/$i"',
          'done',
        ],
      });
    steps.push({ id: 'authEnable', params: {}, lines: ['etcdctl auth enable'] });
  }
  if (s.writeQps > 0)
    steps.push({
      id: 'writes',
      params: { qps: s.writeQps, bytes: s.writeValueBytes },
      lines: writeLines(s),
    });
  if (s.request === 'authenticate' || s.auth === 'password-per-request')
    steps.push({ id: 'logins', params: {}, lines: loginLines(s) });
  if (s.request === 'range')
    steps.push({ id: 'bench', params: {}, lines: [shellLine(benchmarkArgv(s))] });
  if (s.writeQps > 0) steps.push({ id: 'stopWrites', params: {}, lines: ['kill %1'] });
  return { steps, notes: notes(s) };
}

/** The steps as one shell script, each step under its comment (`# …`), ready to copy. */
export function shellScript(steps: readonly Step[], comment: (step: Step) => string): string {
  return steps.map((step) => [`# ${comment(step)}`, ...step.lines].join('\n')).join('\n\n') + '\n';
}
