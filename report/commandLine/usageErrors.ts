/**
 * What the command-line parser can refuse, as codes with parameters, and the English words
 * `readpath` prints for each (as report/benchmarkOutputErrors.ts does for pasted output). The app
 * says the same in its own dictionaries (`fit.usage.<code>`, `fit.allowed.<code>`), so a pasted
 * command line it cannot read is refused in the learner's language; the CLI prints the English.
 */
import {
  allowedFor,
  choiceWords,
  FIELD_ALLOWED,
  unitSuffix,
  type FieldAllowed,
} from '../../workers/contract/allowed.ts';
import { MEMBER_COUNTS } from '../../workers/contract/params.ts';
import { fillTemplate } from '../fillTemplate.ts';

// A field's allowed words are the contract's (validate.ts words its refusals with the same).
export { allowedFor, choiceWords, unitSuffix };

/**
 * What a flag allows, as it is named inside `(allowed: …)`: a field's words (FIELD_ALLOWED) and
 * the flags' own. `{unit}` is the unit of the Allowed's field with a leading space, or nothing.
 */
export const ALLOWED = {
  ...FIELD_ALLOWED,
  value: 'a value {arg}',
  disk: 'ssd, hdd, or {min}..{max}{unit}',
  endpointList: 'a comma-separated list of 1..{max} addresses, or a count',
  endpointMembers: '1..{max}: at most {members} members and a learner',
  limit: 'integers ≥ 0 keys (0 = no limit)',
  duration: 'a Go duration such as 2s or 500ms',
} as const;

export type AllowedCode = keyof typeof ALLOWED;

export interface Allowed extends Omit<FieldAllowed, 'code'> {
  code: AllowedCode;
}

export function allowedEnglish(a: Allowed): string {
  return fillTemplate(ALLOWED[a.code], { ...a.params, unit: unitSuffix(a.field) });
}

export const USAGE_ERRORS = {
  typographicDash:
    '{word} starts with a typographic dash ({dash}), as pasted from a document: type {typed}',
  singleDash: 'unknown flag: {word} (flags are spelled --name)',
  unknownFlag: 'unknown flag: --{name} (allowed: {flags})',
  unknownFlagNear: 'unknown flag: --{name} (did you mean {near}? allowed: {flags})',
  needsArgument: 'flag needs an argument: --{name} (allowed: {allowed})',
  missingCommand: 'missing command (allowed: {commands})',
  unknownCommand: 'unknown command "{word}" (allowed: {commands})',
  rangeNeedsKey: 'range needs a KEY (range KEY [END])',
  rangeWords: 'range takes KEY [END], got {count} words: {words}',
  noArguments: '{command} takes no arguments, got: {words}',
  sweepOnly: '--{name} is a flag of the sweep command',
  invalid: 'invalid --{flag}: {value} (allowed: {allowed})',
  invalidAddresses: 'invalid --{flag}: {count} addresses (allowed: {allowed})',
  countAndKeysOnly: '--count-only and --keys-only exclude each other: give one',
  notARun: 'the command is `{command}`, not a benchmark run',
} as const;

export type UsageErrorCode = keyof typeof USAGE_ERRORS;
export type UsageParams = Record<string, string>;

/** The largest cluster the model runs (members), as `--endpoints` refusals name it. */
export const MAX_MEMBERS = Math.max(...MEMBER_COUNTS);

/** A command line `readpath` refuses; the CLI prints the message and the usage line, exit 2. */
export class UsageError extends Error {
  constructor(
    readonly code: UsageErrorCode,
    readonly params: UsageParams = {},
    /** What the flag allows, for `{allowed}`. */
    readonly allowed: Allowed | null = null,
    /** Flags near an unknown one, for `{near}`: joined by the language's "or" (English " or "). */
    readonly near: readonly string[] = [],
  ) {
    super(
      fillTemplate(USAGE_ERRORS[code], {
        ...params,
        ...(allowed === null ? {} : { allowed: allowedEnglish(allowed) }),
        ...(near.length === 0 ? {} : { near: near.join(' or ') }),
      }),
    );
    this.name = 'UsageError';
  }
}

/** `invalid --flag: value (allowed: …)`. */
export function invalid(flag: string, value: string, allowed: Allowed): UsageError {
  return new UsageError('invalid', { flag, value: shownValue(value) }, allowed);
}

/** A value as refusals show it: `""` for an empty one. */
export function shownValue(value: string): string {
  return value === '' ? '""' : value;
}
