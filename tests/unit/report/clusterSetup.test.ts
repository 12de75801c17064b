import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { benchmarkArgv } from '../../../report/benchmarkLine.ts';
import { goDuration, realCluster, shellScript, type StepId } from '../../../report/clusterSetup.ts';
import { shellLine } from '../../../report/shellWords.ts';
import { scenarioOnProfile, type Scenario } from '../../../workers/contract/scenario.ts';
import { arbitraryScenario } from '../arbitraryScenario.ts';

const on = (patch: Partial<Scenario>): Scenario => scenarioOnProfile('article-3x8c', patch);
const ids = (s: Scenario): StepId[] => realCluster(s).steps.map((st) => st.id);
const script = (s: Scenario): string => shellScript(realCluster(s).steps, (st) => st.id);
const noteIds = (s: Scenario): string[] => realCluster(s).notes.map((n) => n.id);

describe('the real-cluster setup of an experiment', () => {
  test('is a script a POSIX shell accepts (sh -n parses it without running it)', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        expect(() => execFileSync('sh', ['-n'], { input: script(s) })).not.toThrow();
      }),
      { numRuns: 25 },
    );
  });

  test('ends with the benchmark line itself for a range, and never runs it twice', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        const bench = realCluster(s).steps.filter((st) => st.id === 'bench');
        if (s.request === 'range')
          expect(bench.map((st) => st.lines)).toEqual([[shellLine(benchmarkArgv(s))]]);
        else expect(bench).toEqual([]);
      }),
    );
  });

  test('a shared host says to run every member and the benchmark on one machine', () => {
    expect(noteIds(on({ sharedHost: true }))).toContain('sharedMachine');
    expect(noteIds(on({ sharedHost: true }))).not.toContain('machines');
    expect(noteIds(on({ sharedHost: false }))).toContain('machines');
  });

  test('without auth there are no users, roles or token flags', () => {
    const text = script(on({ auth: 'none' }));
    expect(ids(on({ auth: 'none' }))).toEqual(['env', 'start', 'data', 'bench']);
    expect(text).not.toMatch(/--auth-token|user add|auth enable/);
  });

  test('password auth enables auth with a root user, a reader role on the key, and simple tokens', () => {
    const s = on({ auth: 'password-token-reused', bcryptCost: 12, etcdVersion: '3.4.9' });
    const text = script(s);
    expect(text).toContain('--auth-token simple');
    expect(text).toContain('--bcrypt-cost 12');
    expect(text).toContain('etcdctl user grant-role root root');
    expect(text).toContain('etcdctl role grant-permission reader read hello');
    expect(text).toContain('etcdctl user grant-role bench reader');
    // Users and permissions first: once auth is on, only root could add them.
    expect(ids(s).indexOf('authEnable')).toBeGreaterThan(ids(s).indexOf('auth'));
    expect(text).toContain('--user=bench:benchpw');
  });

  test('etcd 3.3 has no --bcrypt-cost: the flag is left out and a cost other than 10 is noted', () => {
    const s = on({ auth: 'password-token-reused', bcryptCost: 8, etcdVersion: '3.3.27' });
    expect(script(s)).not.toContain('--bcrypt-cost');
    expect(noteIds(s)).toContain('bcryptOld');
    expect(noteIds(on({ ...s, bcryptCost: 10 }))).not.toContain('bcryptOld');
  });

  test('JWT tokens come with a key pair and --auth-token jwt', () => {
    const s = on({ auth: 'jwt' });
    expect(ids(s)).toContain('jwtKeys');
    expect(script(s)).toMatch(
      /--auth-token jwt,pub-key=jwt\.pub,priv-key=jwt\.key,sign-method=RS256/,
    );
  });

  test('client certificates: a CA, a certificate per member and per user, https and --client-cert-auth', () => {
    const s = on({ auth: 'client-cert', learner: true, endpoints: 4 });
    const text = script(s);
    expect(text).toContain('for m in etcd-0 etcd-1 etcd-2 etcd-3; do');
    expect(text).toContain('for u in root bench; do');
    expect(text).toContain('--client-cert-auth --trusted-ca-file ca.crt');
    expect(text).toContain('--cert=bench.crt --key=bench.key --cacert=ca.crt');
    expect(text).not.toContain('http://etcd-0:2379');
  });

  test('a learner joins with member add --learner and an existing cluster', () => {
    const s = on({ learner: true });
    const learner = realCluster(s).steps.find((st) => st.id === 'learner');
    expect(learner?.lines[0]).toBe(
      'etcdctl member add etcd-3 --learner --peer-urls=http://etcd-3:2380',
    );
    expect(learner?.lines.join('\n')).toContain('--initial-cluster-state existing');
    expect(noteIds(on({ learner: true, endpoints: 4 }))).toContain('learnerReads');
    expect(noteIds(on({ learner: true, endpoints: 4, readMode: 'serializable' }))).not.toContain(
      'learnerReads',
    );
  });

  test('N RBAC permissions: the reader role gets the key and N − 1 others', () => {
    const text = script(on({ auth: 'jwt', rbacRules: 250 }));
    expect(text).toContain('for i in $(seq 2 250); do');
    expect(ids(on({ auth: 'jwt', rbacRules: 1 }))).not.toContain('rbacRules');
  });

  test('background writes run beside the benchmark at the write rate and stop after it', () => {
    const s = on({ writeQps: 2000, writeValueBytes: 1024 });
    const steps = ids(s);
    expect(steps.indexOf('writes')).toBeLessThan(steps.indexOf('bench'));
    expect(steps.at(-1)).toBe('stopWrites');
    expect(script(s)).toMatch(/put --key-size=8 --val-size=1024 --rate=2000/);
  });

  test('the keyspace is loaded with values of the experiment size', () => {
    expect(script(on({ valueBytes: 4096 }))).toContain(
      "head -c 4096 /dev/zero | tr '\\0' x | etcdctl put hello",
    );
    expect(script(on({ totalKeys: 300, keysPerRange: 10 }))).toContain("seq -f 'key/%08.0f' 1 300");
  });

  test('compaction becomes etcd periodic auto-compaction with the same retention', () => {
    expect(script(on({ compactionMs: 300_000 }))).toContain(
      '--auto-compaction-mode periodic --auto-compaction-retention 5m',
    );
    expect([goDuration(3_600_000), goDuration(90_000), goDuration(1500)]).toEqual([
      '1h',
      '90s',
      '1500ms',
    ]);
  });

  test('Authenticate and per-request passwords are measured with logins, and say why', () => {
    expect(ids(on({ request: 'authenticate' }))).toContain('logins');
    expect(noteIds(on({ request: 'authenticate' }))).toContain('authenticate');
    expect(noteIds(on({ auth: 'password-per-request' }))).toContain('perRequest');
  });
});
