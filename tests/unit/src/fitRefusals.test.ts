import { describe, expect, test } from 'vitest';
import { helpText } from '../../../cli/usage.ts';
import { BenchmarkOutputError } from '../../../report/benchmarkOutput.ts';
import { COMMANDS, parseArgs, UsageError } from '../../../report/commandLine/flags.ts';
import { pastedRuns } from '../../../report/fit/fitRuns.ts';
import { outputErrorText } from '../../../src/lib/fit/fitText.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { en } from '../../../src/lib/i18n/en.ts';
import { translate, type Lang } from '../../../src/lib/i18n/i18n.svelte.ts';
import { ALLOWED, USAGE_ERRORS } from '../../../report/commandLine/usageErrors.ts';

const tr =
  (lang: Lang) =>
  (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(lang, key, params);

/** One run of real output under the given command line (only the command line is wrong). */
const OUTPUT = [
  'bench with linearizable range',
  '',
  'Summary:',
  '  Total:\t4.0484 secs.',
  '  Slowest:\t0.1920 secs.',
  '  Fastest:\t0.0002 secs.',
  '  Average:\t0.0020 secs.',
  '  Stddev:\t0.0040 secs.',
  '  Requests/sec:\t4940.2161',
  '',
  'Latency distribution:',
  '  50% in 0.0014 secs.',
  '  99% in 0.0099 secs.',
].join('\n');

function refusal(command: string): BenchmarkOutputError {
  try {
    pastedRuns(`$ ${command}\n${OUTPUT}\n`, 'article-3x8c');
  } catch (e) {
    if (e instanceof BenchmarkOutputError) return e;
    throw e;
  }
  throw new Error(`${command} was read`);
}

/** The refusal as the panel words it. */
const shown = (lang: Lang, command: string): string =>
  outputErrorText(tr(lang), lang, refusal(command));

/** [pasted command line, the English the panel showed before the refusals had codes] */
const BAD_LINES: [string, string][] = [
  [
    'benchmark --clients=ten range k --total 100',
    'invalid --clients: ten (allowed: integers 1..10000 clients)',
  ],
  [
    'benchmark --clients 20000 range k --total 100',
    'invalid --clients: 20000 (allowed: integers 1..10000 clients)',
  ],
  [
    'benchmark --conns=1 --clients=1 range k --total 0',
    'invalid --total: 0 (allowed: integers 1..5000000 requests)',
  ],
  ['benchmark --consistency=x range k', 'invalid --consistency: x (allowed: l, s)'],
  [
    'benchmark range k --total',
    'flag needs an argument: --total (allowed: integers 1..5000000 requests)',
  ],
  [
    'benchmark --endpoints=a,b,c,d,e,f,g,h,i range k',
    'invalid --endpoints: 9 addresses (allowed: 1..8: at most 7 members and a learner)',
  ],
  [
    'benchmark --dial-timeout=soon range k',
    'invalid --dial-timeout: soon (allowed: a Go duration such as 2s or 500ms)',
  ],
  [
    'benchmark range k --count-only --keys-only',
    '--count-only and --keys-only exclude each other: give one',
  ],
  ['benchmark range', 'range needs a KEY (range KEY [END])'],
  [
    'benchmark --members=3 --endpoints=a,b,c,d,e range k',
    'invalid --endpoints: 5 addresses (allowed: 1..3: the 3 members)',
  ],
  [
    'benchmark \u2013clients=1 range k',
    '\u2013clients=1 starts with a typographic dash (\u2013), as pasted from a document: type --clients=1',
  ],
  ['benchmark -c 1 range k', 'unknown flag: -c (flags are spelled --name)'],
  [
    'benchmark put k',
    // Pasted output holds runs: only the runs are listed (the CLI still lists all its commands).
    'unknown command "put" (allowed: range, authenticate)',
  ],
];

/** The real tool's flags, as `readpath --help` groups them: its global flags and range's. */
function helpFlags(title: RegExp): string[] {
  const lines = helpText().split('\n');
  const start = lines.findIndex((l) => title.test(l));
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end).flatMap((l) => /^\s+(--[\w-]+)/.exec(l)?.[1] ?? []);
}
const BENCHMARK_FLAGS = [
  ...helpFlags(/^etcd benchmark's global flags/),
  ...helpFlags(/^range flags/),
];

/** Without what is typed, not said: flag names, the input's words, the commands to type. */
function withoutQuoted(text: string, command: string): string {
  let out = text.replace(/--[\w-]+/g, ' ');
  const typed = [...command.split(/[\s=,]+/), ...COMMANDS].filter((w) => w.length >= 4);
  for (const word of typed) out = out.replaceAll(word, ' ');
  return out;
}

describe('a pasted command line the parser refuses, in the reader’s language', () => {
  test.each(BAD_LINES)('%s', (command, english) => {
    // English: word for word what the panel (and the CLI, for the same words) said before.
    expect(shown('en', command)).toBe(`Line 1: could not read its command line: ${english}`);
    expect(refusal(command).usage?.message).toBe(english);
    // Chinese: no English words of the template, only what is quoted from the input.
    const zh = shown('zh', command);
    expect(zh).toMatch(/^第 1 行/);
    expect(withoutQuoted(zh, command), zh).not.toMatch(/[A-Za-z]{4,}/);
  });

  test('an unknown flag and an unclosed quote', () => {
    const unknown = 'benchmark --clientz=10 range k --total 100';
    const zh = shown('zh', unknown);
    expect(zh).toContain('是不是想写 --clients？');
    expect(withoutQuoted(zh, unknown), zh).not.toMatch(/[A-Za-z]{4,}/);
    expect(shown('en', unknown)).toContain(
      'unknown flag: --clientz (did you mean --clients? allowed:',
    );
    const quote = "benchmark --clients 'ten range k";
    expect(withoutQuoted(shown('zh', quote), quote)).not.toMatch(/[A-Za-z]{4,}/);
    expect(shown('en', quote)).toBe('Line 1: the command line has a quote that is never closed');
  });

  test('the English dictionary says what the CLI prints, template for template', () => {
    for (const [code, text] of Object.entries(USAGE_ERRORS))
      expect(en[`fit.usage.${code}` as MessageKey], code).toBe(text);
    for (const [code, text] of Object.entries(ALLOWED))
      expect(en[`fit.allowed.${code}` as MessageKey], code).toBe(text);
  });
});

describe('an unknown flag in pasted benchmark output lists the real tool’s flags', () => {
  const listed = (message: string): string[] =>
    (/allowed: (.*)\)$/.exec(message)?.[1] ?? '').split(', ');

  test('its global and range flags, as readpath --help groups them; no model flag', () => {
    expect(BENCHMARK_FLAGS).toContain('--endpoints');
    expect(BENCHMARK_FLAGS).toContain('--consistency');
    const e = refusal('benchmark --xyzzy range k');
    expect(listed(e.usage?.message ?? '')).toEqual(BENCHMARK_FLAGS);
    for (const lang of ['en', 'zh'] as const) {
      const text = shown(lang, 'benchmark --xyzzy range k');
      for (const model of ['--profile', '--members', '--auth', '--rbac-rules', '--seed', '--json'])
        expect(text, lang).not.toContain(model);
    }
    // No model flag is suggested either: the real tool has no --members.
    expect(refusal('benchmark --membrs=3 range k').usage?.near).toEqual([]);
  });

  test('readpath itself still lists every flag it takes', () => {
    let message = '';
    try {
      parseArgs(['range', 'k', '--xyzzy']);
    } catch (e) {
      if (e instanceof UsageError) message = e.message;
    }
    expect(listed(message)).toContain('--members');
    expect(listed(message)).toContain('--profile');
    expect(listed(message).length).toBeGreaterThan(BENCHMARK_FLAGS.length);
  });
});
