/**
 * argv → flag uses and positional words, the way pflag (etcd benchmark's flag library) splits
 * them; and the small parsers every flag shares. Refusals are UsageErrors naming the flag.
 */
import { FLAGS, flagSpec, type FlagSpec } from './flagSpecs.ts';
import { allowedFor, invalid, UsageError, choiceWords, type Allowed } from './usageErrors.ts';

export { invalid, UsageError };

export interface FlagUse {
  name: string;
  /** As typed; "true" for a bare boolean switch. */
  value: string;
}

export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Go's time.ParseDuration syntax: "0", or one or more number+unit pairs ("1m30s", "500ms"). */
export const GO_DURATION = /^[+-]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

/** What Go's strconv.ParseBool (which pflag uses for `--switch=value`) reads as true and false. */
export const GO_TRUE = ['1', 't', 'T', 'true', 'TRUE', 'True'];
export const GO_FALSE = ['0', 'f', 'F', 'false', 'FALSE', 'False'];

export function parseBool(flag: string, value: string): boolean {
  if (GO_TRUE.includes(value)) return true;
  if (GO_FALSE.includes(value)) return false;
  throw invalid(flag, value, choiceWords(['true', 'false']));
}

/**
 * Dashes a word processor puts where `--` was typed: en dash, em dash, minus sign, hyphen,
 * non-breaking hyphen, figure dash, small and full-width hyphen-minus. pflag would read such a
 * word as a positional argument (the key to range), silently; we refuse it and say why.
 */
const TYPOGRAPHIC_DASH = /^[\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d]+/;

/** What a flag's value may be, in the words the refusals use. */
export function flagAllowed(spec: FlagSpec): Allowed {
  if (spec.field !== undefined) return allowedFor(spec.field);
  return spec.arg === undefined
    ? choiceWords(['true', 'false'])
    : { code: 'value', params: { arg: spec.arg } };
}

/**
 * The flags a refusal of an unknown one lists (and suggests from): every flag `readpath` takes,
 * or only some (pasted benchmark output names only the real tool's, FlagSpec.group).
 */
export type FlagFilter = (spec: FlagSpec) => boolean;

/** Every flag name the filter keeps, for refusals of an unknown one; the closest when one is near. */
function unknownFlag(name: string, listed: FlagFilter): UsageError {
  const shown = FLAGS.filter(listed);
  const near = shown.filter((f) => editDistance(f.name, name) <= 2).map((f) => `--${f.name}`);
  const flags = shown.map((f) => `--${f.name}`).join(', ');
  return near.length > 0
    ? new UsageError('unknownFlagNear', { name, flags }, null, near)
    : new UsageError('unknownFlag', { name, flags });
}

/** Levenshtein distance, for "did you mean" (flag names are short: O(n·m) is nothing). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Splits argv into flag uses and positional words, the way pflag does. */
export function tokenize(
  argv: readonly string[],
  listed: FlagFilter = () => true,
): { flags: FlagUse[]; words: string[] } {
  const flags: FlagUse[] = [];
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-h') {
      flags.push({ name: 'help', value: 'true' });
      continue;
    }
    const dash = TYPOGRAPHIC_DASH.exec(a);
    if (dash && a.length > dash[0].length) {
      const typed = `--${a.slice(dash[0].length)}`;
      throw new UsageError('typographicDash', { word: a, dash: dash[0], typed });
    }
    if (!a.startsWith('-') || a === '-') {
      words.push(a);
      continue;
    }
    if (!a.startsWith('--')) throw new UsageError('singleDash', { word: a });
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const spec = flagSpec(name);
    if (spec === undefined) throw unknownFlag(name, listed);
    if (eq >= 0) {
      flags.push({ name, value: a.slice(eq + 1) });
    } else if (spec.arg === undefined) {
      // A boolean switch never takes the next word: `--precise false` leaves "false" positional.
      flags.push({ name, value: 'true' });
    } else {
      if (i + 1 >= argv.length) throw new UsageError('needsArgument', { name }, flagAllowed(spec));
      flags.push({ name, value: argv[++i] });
    }
  }
  return { flags, words };
}
