/**
 * argv → what to run and on which Scenario. Accepts etcd `benchmark` command lines as they are
 * (`--flag=value` and `--flag value`, flags before or after the command, a leading `benchmark`
 * word) plus one flag per Scenario field. Every refusal is a UsageError whose message names the
 * flag the user typed and what it allows, in the validator's words.
 */
import { MEMBER_COUNTS, PARAMS, type ParamName } from '../../workers/contract/params.ts';
import { isProfileName, PROFILES, type ProfileName } from '../../workers/contract/profiles.ts';
import { scenarioOnProfile, type Scenario } from '../../workers/contract/scenario.ts';
import { maybeScenario, ScenarioError } from '../../workers/contract/validate.ts';
import type { SweepInput } from '../../workers/contract/sweep.ts';
import { flagForField, flagSpec, type FlagSpec } from './flagSpecs.ts';
import {
  GO_DURATION,
  GO_TRUE,
  invalid,
  NUMBER,
  parseBool,
  tokenize,
  UsageError,
  type FlagFilter,
  type FlagUse,
} from './tokenize.ts';
import { allowedFor, choiceWords, MAX_MEMBERS, type Allowed } from './usageErrors.ts';

export { UsageError };

export const COMMANDS = ['range', 'authenticate', 'sweep', 'calibrate', 'fit', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  scenario: Scenario;
  /** `--precise`: Go's %g in the report. */
  precise: boolean;
  /** `--json`: print the result as JSON only. */
  json: boolean;
  /** `range KEY [END]`: the key, and etcd's range end ("" for a single key). */
  key: string;
  end: string;
  prefix: boolean;
  countOnly: boolean;
  /** One line per flag that was accepted but changes nothing in the model (for stderr). */
  notes: string[];
  /** `sweep`: the sweep flags as typed (parsed against the scenario by the sweep command). */
  sweep: SweepInput;
}

/** Flags of the sweep command, each setting one field of the sweep's spec. */
const SWEEP_FLAGS = ['param', 'from', 'to', 'points', 'spacing', 'series'] as const;
type SweepFlag = (typeof SWEEP_FLAGS)[number];

function isSweepFlag(name: string): name is SweepFlag {
  return (SWEEP_FLAGS as readonly string[]).includes(name);
}

/** fsync of one WAL write, ms: a datacenter SSD (the article profile) and a spinning disk (MODEL §3). */
export const DISK_FSYNC_MS = { ssd: 0.5, hdd: 10 } as const;

/** Where a Scenario field's value came from, to name it when the validator refuses it. */
interface Source {
  flag: string;
  shown: string;
  /** Set when --endpoints listed addresses: the refusal counts them ("9 addresses"). */
  addresses?: number;
}

/** `invalid --flag: value (allowed: …)`, the value as the source shows it. */
function refuse(src: Source, allowed: Allowed): UsageError {
  if (src.addresses === undefined) return invalid(src.flag, src.shown, allowed);
  return new UsageError(
    'invalidAddresses',
    { flag: src.flag, count: String(src.addresses) },
    allowed,
  );
}

/** A value for a Scenario field, parsed by the field's kind; ranges are the validator's job. */
function fieldValue(flag: string, field: ParamName, raw: string): string | number | boolean {
  const spec = PARAMS[field];
  if (spec.kind === 'bool') return parseBool(flag, raw);
  const numeric =
    spec.kind === 'int' ||
    spec.kind === 'number' ||
    spec.choices.every((c: string | number) => typeof c === 'number');
  if (!numeric) return raw;
  if (!NUMBER.test(raw)) throw invalid(flag, raw, allowedFor(field));
  return Number(raw);
}

/** The addresses of `--endpoints` (repeatable, comma-separated), or a bare count. */
function endpointCount(values: string[]): number {
  const joined = values.join(',');
  const allowed: Allowed = {
    code: 'endpointList',
    params: { max: String(PARAMS.endpoints.max) },
  };
  if (values.length === 1 && /^\d+$/.test(values[0])) return Number(values[0]);
  const addresses = joined.split(',').map((s) => s.trim());
  if (addresses.some((s) => s === '')) throw invalid('endpoints', joined, allowed);
  return addresses.length;
}

/**
 * Members for N endpoints when --members is not given: the smallest allowed cluster size that
 * holds N members and is at least the profile's; with --learner the learner is one endpoint too.
 */
function membersFor(n: number, profileMembers: number, learner: boolean): number | undefined {
  const fits = (m: number): boolean => m >= profileMembers && m + (learner ? 1 : 0) >= n;
  return MEMBER_COUNTS.find((m) => m >= n && fits(m)) ?? MEMBER_COUNTS.find(fits);
}

function lastValue(flags: FlagUse[], name: string): string | undefined {
  let value: string | undefined;
  for (const f of flags) if (f.name === name) value = f.value;
  return value;
}

function boolFlag(flags: FlagUse[], name: string): boolean {
  const v = lastValue(flags, name);
  return v === undefined ? false : parseBool(name, v);
}

/** The tool's own name as people run it: `benchmark`, `./benchmark`, `/usr/local/bin/benchmark`. */
export function isBenchmarkWord(word: string | undefined): boolean {
  return word !== undefined && (word === 'benchmark' || word.endsWith('/benchmark'));
}

function pickCommand(
  words: string[],
  listed: readonly Command[],
): { command: Command; rest: string[] } {
  // A pasted real command line starts with the tool's name: skip it.
  const start = isBenchmarkWord(words[0]) ? 1 : 0;
  const word = words[start];
  const commands = listed.join(', ');
  if (word === undefined) throw new UsageError('missingCommand', { commands });
  if (!(COMMANDS as readonly string[]).includes(word))
    throw new UsageError('unknownCommand', { word, commands });
  return { command: word as Command, rest: words.slice(start + 1) };
}

/** True when a help switch stands anywhere before `--`, even beside flags that would be refused. */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const flags = end < 0 ? argv : argv.slice(0, end);
  return flags.some(
    (a) =>
      a === '-h' || a === '--help' || (a.startsWith('--help=') && GO_TRUE.includes(a.slice(7))),
  );
}

/**
 * What a caller may preset: the profile a line without --profile runs on (the app's own), and
 * the flags and commands a refusal lists (pasted benchmark output: BENCHMARK_FLAGS and
 * BENCHMARK_COMMANDS — a pasted `sweep` is then refused as not a run, not listed as allowed).
 */
export interface ParseOptions {
  profile?: ProfileName;
  listed?: FlagFilter;
  /** The commands an unknown command's refusal lists (pasted output: BENCHMARK_COMMANDS). */
  commands?: readonly Command[];
}

/** The runs pasted benchmark output can hold, of the commands readpath knows. */
export const BENCHMARK_COMMANDS: readonly Command[] = ['range', 'authenticate'];

/** The real `benchmark` tool's own flags (its global and range flags), not readpath's. */
export const BENCHMARK_FLAGS: FlagFilter = (spec: FlagSpec) =>
  spec.group === 'benchmark' || spec.group === 'range';

/**
 * Parses a command line (without `node` and the script). Throws UsageError for anything it
 * refuses; never throws anything else. `help`, `--help` or `-h` anywhere wins over the rest.
 */
export function parseArgs(argv: readonly string[], options: ParseOptions = {}): CliArgs {
  const base = {
    precise: false,
    json: false,
    key: '',
    end: '',
    prefix: false,
    countOnly: false,
    notes: [] as string[],
    sweep: {} as SweepInput,
  };
  const help: CliArgs = { ...base, command: 'help', scenario: scenarioOnProfile('article-3x8c') };
  if (wantsHelp(argv)) return help;

  const { flags, words } = tokenize(argv, options.listed);
  const { command, rest } = pickCommand(words, options.commands ?? COMMANDS);
  if (command === 'help') return help;

  let key = '';
  let end = '';
  if (command === 'range') {
    if (rest.length === 0) throw new UsageError('rangeNeedsKey');
    if (rest.length > 2)
      throw new UsageError('rangeWords', { count: String(rest.length), words: rest.join(' ') });
    [key, end = ''] = rest;
  } else if (rest.length > 0) {
    throw new UsageError('noArguments', { command, words: rest.join(' ') });
  }

  // The profile first: every explicit flag overrides its fields, wherever it stands.
  const profileRaw = lastValue(flags, 'profile');
  if (profileRaw !== undefined && !isProfileName(profileRaw))
    throw invalid('profile', profileRaw, allowedFor('profile'));
  const profile: ProfileName = profileRaw ?? options.profile ?? 'article-3x8c';

  const overrides: Partial<Record<ParamName, string | number | boolean>> = {};
  const sources = new Map<string, Source>();
  const set = (field: ParamName, value: string | number | boolean, src: Source): void => {
    overrides[field] = value;
    sources.set(field, src);
  };
  if (profileRaw !== undefined) sources.set('profile', { flag: 'profile', shown: profileRaw });

  const endpointValues: string[] = [];
  let limit = 0;
  const sweep: SweepInput = {};
  for (const { name, value } of flags) {
    const spec = flagSpec(name);
    if (isSweepFlag(name)) {
      if (command !== 'sweep') throw new UsageError('sweepOnly', { name });
      // A parameter may be named by its flag too: --param write-qps is writeQps.
      sweep[name] = name === 'param' ? (flagSpec(value)?.field ?? value) : value;
      continue;
    }
    if (spec?.field !== undefined) {
      set(spec.field, fieldValue(name, spec.field, value), { flag: name, shown: value });
      continue;
    }
    switch (name) {
      case 'endpoints':
        endpointValues.push(value);
        break;
      case 'consistency':
        if (value !== 'l' && value !== 's') throw invalid(name, value, choiceWords(['l', 's']));
        set('readMode', value === 'l' ? 'linearizable' : 'serializable', {
          flag: name,
          shown: value,
        });
        break;
      case 'disk': {
        const ms =
          value === 'ssd' || value === 'hdd'
            ? DISK_FSYNC_MS[value]
            : NUMBER.test(value)
              ? Number(value)
              : undefined;
        if (ms === undefined)
          throw invalid(name, value, { ...allowedFor('fsyncMs'), code: 'disk' });
        set('fsyncMs', ms, { flag: name, shown: value });
        break;
      }
      case 'limit':
        if (!/^\d+$/.test(value)) throw invalid(name, value, { code: 'limit', params: {} });
        limit = Number(value);
        break;
      case 'dial-timeout':
        if (!GO_DURATION.test(value)) throw invalid(name, value, { code: 'duration', params: {} });
        break;
      case 'precise':
      case 'sample':
      case 'target-leader':
      case 'insecure-skip-tls-verify':
      case 'count-only':
      case 'keys-only':
      case 'prefix':
      case 'json':
      case 'help':
        parseBool(name, value); // refuse `--precise=maybe` now; read below
        break;
      // user, password, cert, key, cacert: any text; read below.
    }
  }

  const learner = overrides.learner === true;
  const profileMembers = PROFILES[profile].machine.members;

  // Endpoints and members: --target-leader talks to member 0 only; N addresses need N members.
  if (endpointValues.length > 0) {
    const n = endpointCount(endpointValues);
    const count = endpointValues.length === 1 && /^\d+$/.test(endpointValues[0]);
    const src: Source = count
      ? { flag: 'endpoints', shown: String(n) }
      : { flag: 'endpoints', shown: `${n} addresses`, addresses: n };
    set('endpoints', n, src);
    if (overrides.members === undefined) {
      const m = membersFor(n, profileMembers, learner);
      if (m === undefined)
        throw refuse(src, {
          code: 'endpointMembers',
          params: { max: String(PARAMS.endpoints.max), members: String(MAX_MEMBERS) },
        });
      overrides.members = m;
    }
  }
  if (boolFlag(flags, 'target-leader'))
    set('endpoints', 1, { flag: 'target-leader', shown: 'true' });
  if (overrides.endpoints === undefined) {
    // Keep the profile's endpoint count, but never more than the cluster has members.
    const members = typeof overrides.members === 'number' ? overrides.members : profileMembers;
    const reachable = members + (learner ? 1 : 0);
    overrides.endpoints = Math.min(scenarioOnProfile(profile).endpoints, Math.max(1, reachable));
  }

  // Authentication implied by the real tool's credentials, unless --auth says otherwise.
  if (overrides.auth === undefined) {
    const cert = (lastValue(flags, 'cert') ?? '') !== '' || (lastValue(flags, 'key') ?? '') !== '';
    if (command === 'authenticate') overrides.auth = 'password-per-request';
    else if ((lastValue(flags, 'user') ?? '') !== '') overrides.auth = 'password-token-reused';
    else if (cert) overrides.auth = 'client-cert';
  }
  overrides.request = command === 'authenticate' ? 'authenticate' : 'range';

  const notes: string[] = [];
  // Keys per range: one key, or the whole keyspace for KEY END and --prefix, capped by --limit.
  const prefix = boolFlag(flags, 'prefix');
  if (overrides.keysPerRange === undefined && command === 'range') {
    const totalKeys =
      typeof overrides.totalKeys === 'number'
        ? overrides.totalKeys
        : scenarioOnProfile(profile).totalKeys;
    const matched = end !== '' || prefix ? totalKeys : 1;
    const wanted = limit > 0 ? Math.min(limit, matched) : matched;
    const capped = Math.min(wanted, PARAMS.keysPerRange.max);
    if (capped < wanted)
      notes.push(
        `note: the range matches ${wanted} keys; the model reads at most ${capped} per range`,
      );
    // An invalid --keys is reported as itself, not as a derived keys-per-range.
    overrides.keysPerRange = Number.isInteger(capped) && capped >= 1 ? capped : 1;
  }

  // --count-only (the benchmark's) and --keys-only (etcdctl's) choose what a range returns.
  const countOnly = boolFlag(flags, 'count-only');
  const keysOnly = boolFlag(flags, 'keys-only');
  if (countOnly && keysOnly) throw new UsageError('countAndKeysOnly');
  if (countOnly || keysOnly) {
    const flag = countOnly ? 'count-only' : 'keys-only';
    set('rangeResult', flag, { flag, shown: 'true' });
  }

  const scenario = validate(profile, overrides, sources);

  if (boolFlag(flags, 'sample')) notes.push('note: --sample is accepted and ignored');
  if (command === 'calibrate') {
    const given = flags.map((f) => f.name).filter((n) => n !== 'json' && n !== 'help');
    if (given.length > 0)
      notes.push(
        `note: calibrate runs the article's own scenarios; ignoring ${given.map((n) => `--${n}`).join(', ')}`,
      );
  }
  if (command === 'fit') {
    // fit takes its experiments from the pasted command lines; --profile names the machines
    // the search starts from.
    const given = flags
      .map((f) => f.name)
      .filter((n) => n !== 'json' && n !== 'help' && n !== 'profile');
    if (given.length > 0)
      notes.push(
        `note: fit reads each experiment from its pasted command line; ignoring ${given.map((n) => `--${n}`).join(', ')}`,
      );
  }

  return {
    command,
    scenario,
    precise: boolFlag(flags, 'precise'),
    json: boolFlag(flags, 'json'),
    key,
    end,
    prefix,
    countOnly,
    notes,
    sweep,
  };
}

/** Runs the model's validator and renames its field in any refusal to the flag that set it. */
function validate(
  profile: ProfileName,
  overrides: Partial<Record<ParamName, string | number | boolean>>,
  sources: Map<string, Source>,
): Scenario {
  try {
    return maybeScenario(scenarioOnProfile(profile, overrides as Partial<Scenario>));
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const src = sources.get(e.field) ?? {
      flag: flagForField(e.field) ?? e.field,
      shown: String(e.value),
    };
    throw refuse(src, relationAllowed(e) ?? fieldAllowed(e));
  }
}

/** A refusal by a rule joining two fields; its words name the other field by its flag (--keys). */
function relationAllowed(e: ScenarioError): Allowed | null {
  const r = e.relation;
  if (r === null) return null;
  const params: Record<string, string> = { max: String(r.max), keys: '--keys' };
  if (r.members !== undefined) params.members = String(r.members);
  return { code: r.code, params };
}

/** A field's own range, as the validator refused it (a field the parser never sets: its words). */
function fieldAllowed(e: ScenarioError): Allowed {
  if (e.field === 'profile' || Object.hasOwn(PARAMS, e.field))
    return allowedFor(e.field as ParamName | 'profile');
  return choiceWords([e.allowed]);
}
