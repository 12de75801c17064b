import { describe, expect, test } from 'vitest';
import { parseArgs, UsageError } from '../../../../report/commandLine/flags.ts';
import { FLAGS } from '../../../../report/commandLine/flagSpecs.ts';
import { ARTICLE_FIGURES } from '../../../../workers/contract/calibration.ts';
import { PROFILES } from '../../../../workers/contract/profiles.ts';
import { defaultScenario, type Scenario } from '../../../../workers/contract/scenario.ts';
import { allowedText } from '../../../../workers/contract/validate.ts';

const scenarioOf = (...argv: string[]): Scenario => parseArgs(['range', 'k', ...argv]).scenario;

/** [flag and value, Scenario field, value the field gets]; one row per model or benchmark flag. */
const FIELD_CASES: [string[], keyof Scenario, unknown][] = [
  [['--conns', '7'], 'conns', 7],
  [['--clients=70'], 'clients', 70],
  [['--total', '1234'], 'total', 1234],
  [['--rate=500'], 'rate', 500],
  [['--members=5'], 'members', 5],
  [['--learner'], 'learner', true],
  [['--lb', 'round-robin'], 'lb', 'round-robin'],
  [['--auth=jwt'], 'auth', 'jwt'],
  [['--etcd-version', '3.4.8'], 'etcdVersion', '3.4.8'],
  [['--bcrypt-cost=12'], 'bcryptCost', 12],
  [['--bcrypt10-ms', '87.5'], 'bcrypt10Ms', 87.5],
  [['--rbac-rules', '500'], 'rbacRules', 500],
  [['--val-size=1048576'], 'valueBytes', 1_048_576],
  [['--keys', '1000'], 'totalKeys', 1000],
  [['--range-result=keys-only'], 'rangeResult', 'keys-only'],
  [['--keys=1000', '--keys-per-range=100'], 'keysPerRange', 100],
  [['--write-qps', '2000'], 'writeQps', 2000],
  [['--write-val-size=4096'], 'writeValueBytes', 4096],
  [['--compaction-ms', '300000'], 'compactionMs', 300_000],
  [['--server-cores=16'], 'serverCores', 16],
  [['--shared-host'], 'sharedHost', true],
  [['--client-cores', '4'], 'clientCores', 4],
  [['--cpu-speed=0.8'], 'cpuSpeed', 0.8],
  [['--bcrypt-speed=0.99'], 'bcryptSpeed', 0.99],
  [['--nic-gbps', '25'], 'nicGbps', 25],
  [['--client-rtt-ms=1.5'], 'clientRttMs', 1.5],
  [['--peer-rtt-ms', '40'], 'peerRttMs', 40],
  [['--fsync-ms=2.5'], 'fsyncMs', 2.5],
  [['--disk', 'hdd'], 'fsyncMs', 10],
  [['--disk=ssd'], 'fsyncMs', 0.5],
  [['--disk=7'], 'fsyncMs', 7],
  [['--seed', '42'], 'seed', 42],
  [['--consistency=s'], 'readMode', 'serializable'],
  [['--consistency', 'l'], 'readMode', 'linearizable'],
  [['--profile', 'laptop'], 'profile', 'laptop'],
  [['--endpoints', 'a:2379,b:2379'], 'endpoints', 2],
  [['--target-leader'], 'endpoints', 1],
  [['--user', 'root:secret'], 'auth', 'password-token-reused'],
  [['--cert=c.pem', '--key=k.pem'], 'auth', 'client-cert'],
];

describe('model and benchmark flags', () => {
  test.each(FIELD_CASES)('%j sets %s', (argv, field, value) => {
    expect(scenarioOf(...argv)[field]).toBe(value);
  });

  test('every flag that sets a Scenario field has a row above', () => {
    const covered = new Set(FIELD_CASES.flatMap(([argv]) => argv.map((a) => a.split('=')[0])));
    for (const spec of FLAGS.filter((f) => f.field !== undefined))
      expect(covered, `--${spec.name}`).toContain(`--${spec.name}`);
  });

  test('without flags the scenario is the default article run', () => {
    expect(scenarioOf()).toEqual(defaultScenario());
  });

  test('--flag=value and --flag value mean the same, and the last of a repeated flag wins', () => {
    expect(scenarioOf('--conns=9')).toEqual(scenarioOf('--conns', '9'));
    expect(scenarioOf('--conns=9', '--conns', '11').conns).toBe(11);
  });

  test('a switch never takes the next word: `--precise false` leaves false as the range end', () => {
    const args = parseArgs(['range', 'k', '--precise', 'false']);
    expect(args.precise).toBe(true);
    expect(args.end).toBe('false');
    expect(parseArgs(['range', 'k', '--precise=false']).precise).toBe(false);
  });

  test('--precise, --json and --sample are read, and --sample leaves a note that it is ignored', () => {
    const args = parseArgs(['range', 'k', '--precise', '--json', '--sample']);
    expect(args.precise).toBe(true);
    expect(args.json).toBe(true);
    expect(args.notes).toEqual(['note: --sample is accepted and ignored']);
  });

  test('credentials-only and connection flags are accepted without changing the scenario', () => {
    const args = parseArgs([
      'range',
      'k',
      '--cacert=ca.pem',
      '--dial-timeout=2s',
      '--insecure-skip-tls-verify',
      '--password',
      'pw',
    ]);
    expect(args.scenario).toEqual(defaultScenario());
  });
});

describe('real etcd benchmark command lines', () => {
  test('the article command parses unchanged into its scenario', () => {
    const args = parseArgs([
      '--conns=100',
      '--clients=1000',
      'range',
      'hello',
      '--consistency=l',
      '--total=500000',
    ]);
    expect(args.command).toBe('range');
    expect(args.key).toBe('hello');
    expect(args.end).toBe('');
    expect(args.scenario).toEqual({
      ...defaultScenario(),
      conns: 100,
      clients: 1000,
      total: 500_000,
      readMode: 'linearizable',
    });
  });

  test.each(ARTICLE_FIGURES.filter((f) => f.command.startsWith('benchmark --')))(
    'the command of figure $id, pasted with its leading word, gives the figure scenario',
    (figure) => {
      const argv = [
        ...figure.command.split(' '),
        `--profile=${figure.profile}`,
        `--val-size=${figure.scenario.valueBytes ?? 256}`,
      ];
      const s = parseArgs(argv).scenario;
      for (const [field, value] of Object.entries(figure.scenario))
        expect(s[field as keyof Scenario], field).toBe(value);
    },
  );

  test('a full command line with endpoints, TLS and auth flags parses', () => {
    const args = parseArgs([
      '--endpoints=10.0.0.1:2379,10.0.0.2:2379,10.0.0.3:2379',
      '--conns=100',
      '--clients=1000',
      '--cert=/etc/etcd/client.crt',
      '--key=/etc/etcd/client.key',
      '--cacert=/etc/etcd/ca.crt',
      '--dial-timeout=5s',
      '--precise',
      'range',
      'foo',
      'fop',
      '--consistency=s',
      '--total=10000',
      '--rate=2000',
      '--limit=5',
    ]);
    expect(args.key).toBe('foo');
    expect(args.end).toBe('fop');
    expect(args.precise).toBe(true);
    expect(args.scenario).toMatchObject({
      endpoints: 3,
      members: 3,
      auth: 'client-cert',
      readMode: 'serializable',
      total: 10_000,
      rate: 2000,
      keysPerRange: 1,
    });
  });
});

describe('flags that imply other fields', () => {
  test('N endpoint addresses need the smallest cluster of at least N and the profile members', () => {
    expect(scenarioOf('--endpoints=a').members).toBe(3);
    expect(scenarioOf('--endpoints=a,b,c,d').members).toBe(5);
    expect(scenarioOf('--endpoints', 'a', '--endpoints', 'b,c,d').members).toBe(5);
    expect(scenarioOf('--endpoints=a,b,c,d,e,f').members).toBe(7);
    expect(scenarioOf('--profile=laptop', '--endpoints=a,b')).toMatchObject({
      members: 3,
      endpoints: 2,
    });
    expect(scenarioOf('--profile=laptop', '--endpoints=a').members).toBe(1);
    expect(scenarioOf('--endpoints=a,b,c,d,e,f,g,h', '--learner').members).toBe(7);
  });

  test('an explicit --members is kept whatever the endpoints', () => {
    expect(scenarioOf('--endpoints=a,b,c', '--members=7')).toMatchObject({
      members: 7,
      endpoints: 3,
    });
  });

  test('--target-leader talks to member 0 only, even with several endpoints', () => {
    expect(scenarioOf('--endpoints=a,b,c,d,e', '--target-leader')).toMatchObject({
      endpoints: 1,
      members: 5,
    });
  });

  test('without --endpoints the endpoint count shrinks to the members there are', () => {
    expect(scenarioOf('--members=1').endpoints).toBe(1);
    expect(scenarioOf('--members=1', '--learner').endpoints).toBe(2);
    expect(scenarioOf('--profile=laptop').endpoints).toBe(1);
  });

  test('--auth wins over what --user or --cert imply, and a CA alone implies no auth', () => {
    expect(scenarioOf('--user=root', '--auth=jwt').auth).toBe('jwt');
    expect(scenarioOf('--cert=c.pem', '--auth=none').auth).toBe('none');
    expect(scenarioOf('--cacert=ca.pem').auth).toBe('none');
    expect(scenarioOf('--user=root', '--cert=c.pem').auth).toBe('password-token-reused');
  });

  test('authenticate drives Authenticate calls with a bcrypt compare per request unless --auth says', () => {
    const args = parseArgs(['authenticate', '--clients=200', '--conns=200']);
    expect(args.command).toBe('authenticate');
    expect(args.scenario).toMatchObject({ request: 'authenticate', auth: 'password-per-request' });
    expect(parseArgs(['authenticate', '--user=root']).scenario.auth).toBe('password-per-request');
    expect(parseArgs(['authenticate', '--auth=jwt']).scenario.auth).toBe('jwt');
  });

  test('a range end or --prefix reads every key, capped by --limit; one key reads one', () => {
    expect(scenarioOf('--keys=100').keysPerRange).toBe(1);
    expect(parseArgs(['range', 'a', 'z', '--keys=100']).scenario.keysPerRange).toBe(100);
    expect(scenarioOf('--prefix', '--keys=100').keysPerRange).toBe(100);
    expect(scenarioOf('--prefix', '--keys=100', '--limit=10').keysPerRange).toBe(10);
    expect(scenarioOf('--prefix', '--keys=5', '--limit=10').keysPerRange).toBe(5);
    expect(scenarioOf('--limit=10', '--keys=100').keysPerRange).toBe(1);
    expect(scenarioOf('--prefix', '--keys=100', '--keys-per-range=3').keysPerRange).toBe(3);
  });

  test('a range over more keys than the model reads per range is capped, with a note', () => {
    const args = parseArgs(['range', 'k', '--prefix', '--keys=2000000']);
    expect(args.scenario.keysPerRange).toBe(1_000_000);
    expect(args.notes).toEqual([
      'note: the range matches 2000000 keys; the model reads at most 1000000 per range',
    ]);
  });

  test('--count-only and --keys-only choose what a range returns; together they are refused', () => {
    const count = parseArgs(['range', 'k', '--count-only']);
    expect(count.countOnly).toBe(true);
    expect(count.scenario.rangeResult).toBe('count-only');
    expect(count.notes).toEqual([]);
    expect(parseArgs(['range', 'k', '--keys-only']).scenario.rangeResult).toBe('keys-only');
    expect(parseArgs(['range', 'k']).scenario.rangeResult).toBe('values');
    expect(parseArgs(['range', 'k', '--range-result=keys-only']).scenario.rangeResult).toBe(
      'keys-only',
    );
    expect(() => parseArgs(['range', 'k', '--count-only', '--keys-only'])).toThrow(
      '--count-only and --keys-only exclude each other',
    );
  });
});

describe('--profile', () => {
  test('takes the machine fields from the profile', () => {
    expect(scenarioOf('--profile=hdd')).toMatchObject({ ...PROFILES.hdd.machine, profile: 'hdd' });
  });

  test('an explicit flag overrides the profile field wherever it stands', () => {
    const after = scenarioOf('--profile', 'laptop', '--members', '3', '--fsync-ms', '0.2');
    const before = scenarioOf('--members', '3', '--fsync-ms', '0.2', '--profile', 'laptop');
    expect(after).toEqual(before);
    expect(after).toMatchObject({
      profile: 'laptop',
      members: 3,
      fsyncMs: 0.2,
      serverCores: PROFILES.laptop.machine.serverCores,
      cpuSpeed: PROFILES.laptop.machine.cpuSpeed,
      etcdVersion: PROFILES.laptop.machine.etcdVersion,
    });
    expect(scenarioOf('--profile=hdd', '--disk=ssd').fsyncMs).toBe(0.5);
  });
});

describe('commands', () => {
  test('help, --help and -h ask for help, even beside a bad flag', () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['range', '--members=4', '--help']])
      expect(parseArgs(argv).command).toBe('help');
  });

  test('--help=value reads the value as Go does: 1, t, true ask for help; 0, false do not', () => {
    for (const v of ['1', 't', 'T', 'true', 'TRUE', 'True'])
      expect(parseArgs(['range', 'k', `--help=${v}`]).command, v).toBe('help');
    for (const v of ['0', 'f', 'false'])
      expect(parseArgs(['range', 'k', `--help=${v}`]).command, v).toBe('range');
    expect(() => parseArgs(['range', 'k', '--help=maybe'])).toThrow(
      'invalid --help: maybe (allowed: true, false)',
    );
  });

  test('calibrate is recognised, and scenario flags given to it are named as ignored', () => {
    expect(parseArgs(['calibrate']).command).toBe('calibrate');
    expect(parseArgs(['calibrate']).notes).toEqual([]);
    expect(parseArgs(['calibrate', '--clients=5', '--json']).notes).toEqual([
      "note: calibrate runs the article's own scenarios; ignoring --clients",
    ]);
  });

  test('words after -- are positional even when they look like flags', () => {
    expect(parseArgs(['range', '--', '--weird-key']).key).toBe('--weird-key');
  });
});

/** [argv, the one-line message]. */
const REFUSALS: [string[], string][] = [
  [['range', 'k', '--members', '4'], 'invalid --members: 4 (allowed: 1, 3, 5, 7)'],
  [['range', 'k', '--conns=0'], 'invalid --conns: 0 (allowed: integers 1..1000 connections)'],
  [['range', 'k', '--total=abc'], 'invalid --total: abc (allowed: integers 1..5000000 requests)'],
  [['range', 'k', '--total=1.5'], 'invalid --total: 1.5 (allowed: integers 1..5000000 requests)'],
  [['range', 'k', '--consistency=x'], 'invalid --consistency: x (allowed: l, s)'],
  [
    ['range', 'k', '--val-size', '2000000'],
    'invalid --val-size: 2000000 (allowed: integers 1..1572864 bytes)',
  ],
  [['range', 'k', '--disk=floppy'], 'invalid --disk: floppy (allowed: ssd, hdd, or 0.01..200 ms)'],
  [['range', 'k', '--disk=500'], 'invalid --disk: 500 (allowed: 0.01..200 ms)'],
  [['range', 'k', '--fsync-ms=0'], 'invalid --fsync-ms: 0 (allowed: 0.01..200 ms)'],
  [['range', 'k', '--cpu-speed=9'], 'invalid --cpu-speed: 9 (allowed: 0.1..4 × reference core)'],
  [
    ['range', 'k', '--profile=mainframe'],
    'invalid --profile: mainframe (allowed: article-3x8c, article-16c-auth, laptop, cloud-network-disk, cross-region, hdd, etcd-io-gce, loopback-2vcpu, laptop-cluster)',
  ],
  [
    ['range', 'k', '--lb=random'],
    'invalid --lb: random (allowed: per-conn, round-robin, pinned, l4-lb)',
  ],
  [['range', 'k', '--learner=yes'], 'invalid --learner: yes (allowed: true, false)'],
  [['range', 'k', '--precise=maybe'], 'invalid --precise: maybe (allowed: true, false)'],
  [
    ['range', 'k', '--keys=5', '--keys-per-range=10'],
    'invalid --keys-per-range: 10 (allowed: 1..5 (--keys))',
  ],
  [
    ['range', 'k', '--members=1', '--endpoints=a,b,c'],
    'invalid --endpoints: 3 addresses (allowed: 1..1: the 1 members)',
  ],
  [
    ['range', 'k', '--endpoints=a,b,c,d,e,f,g,h'],
    'invalid --endpoints: 8 addresses (allowed: 1..8: at most 7 members and a learner)',
  ],
  [
    ['range', 'k', '--endpoints=a,,b'],
    'invalid --endpoints: a,,b (allowed: a comma-separated list of 1..8 addresses, or a count)',
  ],
  [['range', 'k', '--limit=-1'], 'invalid --limit: -1 (allowed: integers ≥ 0 keys (0 = no limit))'],
  [
    ['range', 'k', '--dial-timeout=soon'],
    'invalid --dial-timeout: soon (allowed: a Go duration such as 2s or 500ms)',
  ],
  [['range', 'k', '-x'], 'unknown flag: -x (flags are spelled --name)'],
  [['range', 'k', '--total'], `flag needs an argument: --total (allowed: ${allowedText('total')})`],
  [['range', 'k', '--key'], 'flag needs an argument: --key (allowed: a value FILE)'],
  [
    ['range', 'k', '—clients=10'],
    '—clients=10 starts with a typographic dash (—), as pasted from a document: type --clients=10',
  ],
  [
    ['range', 'k', '–-total=5'],
    '–-total=5 starts with a typographic dash (–), as pasted from a document: type ---total=5',
  ],
  [
    ['put', 'k'],
    'unknown command "put" (allowed: range, authenticate, sweep, calibrate, fit, help)',
  ],
  [['--conns=5'], 'missing command (allowed: range, authenticate, sweep, calibrate, fit, help)'],
  [['range'], 'range needs a KEY (range KEY [END])'],
  [['range', 'a', 'b', 'c'], 'range takes KEY [END], got 3 words: a b c'],
  [['authenticate', 'x'], 'authenticate takes no arguments, got: x'],
];

describe('refusals', () => {
  test('an unknown flag is refused with every flag that is allowed, the nearest first', () => {
    const message = (argv: string[]): string => {
      try {
        parseArgs(argv);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('not refused');
    };
    const far = message(['range', 'k', '--frobnicate']);
    expect(far.startsWith('unknown flag: --frobnicate (allowed: --')).toBe(true);
    for (const f of FLAGS) expect(far).toContain(`--${f.name}`);
    expect(message(['range', 'k', '--clinets=5'])).toMatch(
      /^unknown flag: --clinets \(did you mean --clients\? allowed: --/,
    );
  });

  test.each(REFUSALS)('%j is refused with one line naming the flag', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
    try {
      parseArgs(argv);
    } catch (e) {
      expect((e as Error).message).toBe(message);
    }
  });
});
