import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArgs, UsageError } from '../../../report/commandLine/flags.ts';
import { flagForField, flagSpec } from '../../../report/commandLine/flagSpecs.ts';
import {
  benchmarkArgv,
  benchmarkAuth,
  MODEL_FLAGS,
  readpathArgv,
} from '../../../report/benchmarkLine.ts';
import { shellLine, shellWord } from '../../../report/shellWords.ts';
import { scenarioOnProfile } from '../../../workers/contract/scenario.ts';
import { arbitraryScenario } from '../arbitraryScenario.ts';

/** What a real POSIX shell makes of a line: its words, split by the shell itself. */
function shellSplit(line: string): string[] {
  const out = execFileSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** The Scenario fields the real benchmark's flags can say. */
const BENCH_FIELDS = [
  'clients',
  'conns',
  'endpoints',
  'total',
  'rate',
  'readMode',
  'request',
] as const;

describe('the benchmark command line of an experiment', () => {
  test('readpath parses it back to the same clients, conns, endpoints, total, rate, read mode, request and credential', () => {
    fc.assert(
      fc.property(
        arbitraryScenario().filter((s) => s.endpoints <= 7),
        (s) => {
          const back = parseArgs(benchmarkArgv(s)).scenario;
          for (const f of BENCH_FIELDS) expect(back[f], f).toBe(s[f]);
          expect(back.auth).toBe(benchmarkAuth(s.auth, s.request));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('eight endpoints (seven members and a learner) need the cluster flags: readpath names --endpoints', () => {
    const s = scenarioOnProfile('article-3x8c', { members: 7, learner: true, endpoints: 8 });
    expect(() => parseArgs(benchmarkArgv(s))).toThrow(UsageError);
    expect(() => parseArgs(benchmarkArgv(s))).toThrow(/--endpoints/);
    expect(parseArgs(readpathArgv(s)).scenario).toEqual(s);
  });

  test('uses only flags of the real tool (its global and range flags)', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        for (const word of benchmarkArgv(s).filter((w) => w.startsWith('--'))) {
          const name = word.slice(2).split('=')[0];
          expect(['benchmark', 'range'], name).toContain(flagSpec(name)?.group);
        }
      }),
    );
  });

  test('a single key on three members is the article command', () => {
    const s = scenarioOnProfile('article-3x8c', { total: 500_000, readMode: 'serializable' });
    expect(shellLine(benchmarkArgv(s))).toBe(
      'benchmark --endpoints=http://etcd-0:2379,http://etcd-1:2379,http://etcd-2:2379 ' +
        '--conns=100 --clients=1000 range hello --consistency=s --total=500000',
    );
  });

  test('one endpoint on a cluster lists every member and lets --target-leader find the leader', () => {
    const argv = benchmarkArgv(scenarioOnProfile('article-3x8c', { endpoints: 1, members: 5 }));
    expect(argv).toContain('--target-leader');
    expect(argv.find((w) => w.startsWith('--endpoints='))?.split(',')).toHaveLength(5);
  });

  test('a range over many keys reads the key/ prefix, capped by --limit', () => {
    const s = scenarioOnProfile('article-3x8c', { totalKeys: 5000, keysPerRange: 500 });
    const argv = benchmarkArgv(s);
    expect(argv.slice(argv.indexOf('range'), argv.indexOf('range') + 4)).toEqual([
      'range',
      'key/',
      'key0',
      '--limit=500',
    ]);
  });
});

describe('the readpath command line of an experiment', () => {
  test('reopens exactly the same scenario, every field', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        expect(parseArgs(readpathArgv(s)).scenario).toEqual(s);
      }),
      { numRuns: 400 },
    );
  });

  test('names each model field with the flag readpath reads for it', () => {
    for (const [field, flag] of Object.entries(MODEL_FLAGS)) expect(flag).toBe(flagForField(field));
  });

  test('a real shell splits both printed lines back into the same words', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        for (const argv of [benchmarkArgv(s), readpathArgv(s)])
          expect(shellSplit(shellLine(argv))).toEqual(argv);
      }),
      { numRuns: 25 },
    );
  });
});

describe('shell quoting', () => {
  test('any word survives a real shell unchanged', () => {
    const word = fc.string({ unit: 'binary', maxLength: 12 }).filter((w) => !w.includes('\0'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        expect(shellSplit(words.map(shellWord).join(' '))).toEqual(words);
      }),
      { numRuns: 20 },
    );
  });

  test('plain words stay plain; anything a shell would read differently is quoted', () => {
    expect(shellWord('--endpoints=http://etcd-0:2379,http://etcd-1:2379')).toBe(
      '--endpoints=http://etcd-0:2379,http://etcd-1:2379',
    );
    expect(shellWord('')).toBe("''");
    expect(shellWord("it's $HOME")).toBe(`'it'\\''s $HOME'`);
  });
});
