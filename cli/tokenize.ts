/**
 * argv → flag uses and positional words, the way pflag (etcd benchmark's flag library) splits
 * them; and the small parsers every flag shares. Refusals are UsageErrors naming the flag.
 */
import { flagSpec } from './flagSpecs.ts';

/** A command line `readpath` refuses; the CLI prints the message and the usage line, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface FlagUse {
  name: string;
  /** As typed; "true" for a bare boolean switch. */
  value: string;
}

export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Go's time.ParseDuration syntax: "0", or one or more number+unit pairs ("1m30s", "500ms"). */
export const GO_DURATION = /^[+-]?(0|((\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;

export function invalid(flag: string, value: string, allowed: string): UsageError {
  return new UsageError(`invalid --${flag}: ${value === '' ? '""' : value} (allowed: ${allowed})`);
}

/** What Go's strconv.ParseBool (which pflag uses for `--switch=value`) reads as true and false. */
export const GO_TRUE = ['1', 't', 'T', 'true', 'TRUE', 'True'];
export const GO_FALSE = ['0', 'f', 'F', 'false', 'FALSE', 'False'];

export function parseBool(flag: string, value: string): boolean {
  if (GO_TRUE.includes(value)) return true;
  if (GO_FALSE.includes(value)) return false;
  throw invalid(flag, value, 'true, false');
}

/** Splits argv into flag uses and positional words, the way pflag does. */
export function tokenize(argv: readonly string[]): { flags: FlagUse[]; words: string[] } {
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
    if (!a.startsWith('-') || a === '-') {
      words.push(a);
      continue;
    }
    if (!a.startsWith('--')) throw new UsageError(`unknown flag: ${a} (flags are spelled --name)`);
    const eq = a.indexOf('=');
    const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
    const spec = flagSpec(name);
    if (spec === undefined) throw new UsageError(`unknown flag: --${name}`);
    if (eq >= 0) {
      flags.push({ name, value: a.slice(eq + 1) });
    } else if (spec.arg === undefined) {
      // A boolean switch never takes the next word: `--precise false` leaves "false" positional.
      flags.push({ name, value: 'true' });
    } else {
      if (i + 1 >= argv.length) throw new UsageError(`flag needs an argument: --${name}`);
      flags.push({ name, value: argv[++i] });
    }
  }
  return { flags, words };
}
