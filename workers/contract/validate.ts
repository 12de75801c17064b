/**
 * Validation of scenarios. `maybeScenario` refuses bad input with `invalid <field>: <value>
 * (allowed: …)`; `clampScenario` repairs what it can (for URLs) and says what it changed.
 * Neither ever lets NaN, Infinity or an unknown choice through.
 */
import { allowedFor, fieldAllowedEnglish } from './allowed.ts';
import { MAX_REQUEST_BYTES, PARAMS, type ParamName } from './params.ts';
import { isProfileName } from './profiles.ts';
import { defaultScenario, type Scenario } from './scenario.ts';

/**
 * A rule joining two fields that a value breaks, as data (the command-line parser words it in the
 * reader's language): endpoints beyond the members (and learner), keys per range beyond the keys
 * in the store, a value beyond the largest request.
 */
export interface Relation {
  code: 'reachable' | 'reachableLearner' | 'keysInStore' | 'atMost';
  max: number;
  /** The voting members, for the endpoint rules. */
  members?: number;
}

export class ScenarioError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly allowed: string,
    /** Set when a relation between fields, not the field's own range, refused the value. */
    readonly relation: Relation | null = null,
  ) {
    super(`invalid ${field}: ${show(value)} (allowed: ${allowed})`);
    this.name = 'ScenarioError';
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value;
  return String(value);
}

/** The allowed values of a parameter, in words, as every error message names them. */
export function allowedText(name: ParamName | 'profile'): string {
  return fieldAllowedEnglish(allowedFor(name));
}

function checkField(name: ParamName, value: unknown): void {
  const spec = PARAMS[name];
  const fail = (): never => {
    throw new ScenarioError(name, value, allowedText(name));
  };
  switch (spec.kind) {
    case 'choice':
      if (!(spec.choices as readonly unknown[]).includes(value)) fail();
      return;
    case 'bool':
      if (typeof value !== 'boolean') fail();
      return;
    case 'int':
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail();
      if (spec.kind === 'int' && !Number.isInteger(value)) fail();
      if ((value as number) < spec.min || (value as number) > spec.max) fail();
  }
}

type IntField = 'endpoints' | 'keysPerRange' | 'valueBytes';

interface BrokenRelation {
  field: IntField;
  allowed: string;
  relation: Relation;
  /** The largest value the rule allows, used when a link is repaired. */
  repaired: number;
}

/** A relation's words, naming the other field by its scenario name (totalKeys). */
function relationText(r: Relation): string {
  const params: Record<string, string> = { max: String(r.max), keys: 'totalKeys' };
  if (r.members !== undefined) params.members = String(r.members);
  return fieldAllowedEnglish({ code: r.code, params });
}

/** Rules that join two fields. Each names the field to change and what is allowed. */
const RELATIONS: ReadonlyArray<(s: Scenario) => BrokenRelation | null> = [
  (s) => {
    const reachable = s.members + (s.learner ? 1 : 0);
    if (s.endpoints <= reachable) return null;
    const relation: Relation = {
      code: s.learner ? 'reachableLearner' : 'reachable',
      max: reachable,
      members: s.members,
    };
    return {
      field: 'endpoints',
      allowed: relationText(relation),
      relation,
      repaired: reachable,
    };
  },
  (s) =>
    s.keysPerRange <= s.totalKeys
      ? null
      : {
          field: 'keysPerRange',
          allowed: relationText({ code: 'keysInStore', max: s.totalKeys }),
          relation: { code: 'keysInStore', max: s.totalKeys },
          repaired: s.totalKeys,
        },
  (s) =>
    s.valueBytes <= MAX_REQUEST_BYTES
      ? null
      : {
          field: 'valueBytes',
          allowed: relationText({ code: 'atMost', max: MAX_REQUEST_BYTES }),
          relation: { code: 'atMost', max: MAX_REQUEST_BYTES },
          repaired: MAX_REQUEST_BYTES,
        },
];

function checkRelations(s: Scenario): void {
  for (const relation of RELATIONS) {
    const broken = relation(s);
    if (broken)
      throw new ScenarioError(broken.field, s[broken.field], broken.allowed, broken.relation);
  }
}

/** Validates a complete or partial scenario (missing fields take defaults). Throws ScenarioError. */
export function maybeScenario(input: unknown): Scenario {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new ScenarioError('scenario', input, 'an object of scenario fields');
  const record = input as Record<string, unknown>;
  const base = defaultScenario();
  for (const key of Object.keys(record)) {
    if (key !== 'profile' && !Object.hasOwn(PARAMS, key))
      throw new ScenarioError('field', key, Object.keys(base).join(', '));
  }
  const s = { ...base, ...record } as Scenario;
  if (!isProfileName(s.profile))
    throw new ScenarioError('profile', s.profile, allowedText('profile'));
  for (const name of Object.keys(PARAMS) as ParamName[]) {
    try {
      checkField(name, s[name]);
    } catch (e) {
      throw (e instanceof ScenarioError && relationFor(s, name)) || e;
    }
  }
  checkRelations(s);
  return s;
}

/**
 * The relation a number out of its field's own range also breaks, when it allows less: 9
 * endpoints on 3 members and a learner are refused with "1..4: the 3 members and the learner",
 * not with the field's own "1..8", which 5 to 8 would not pass either. Only when every other
 * field is valid, so that the relation's words quote real values.
 */
function relationFor(s: Scenario, name: ParamName): ScenarioError | null {
  const value = s[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  for (const other of Object.keys(PARAMS) as ParamName[]) {
    if (other === name) continue;
    try {
      checkField(other, s[other]);
    } catch {
      return null;
    }
  }
  for (const relation of RELATIONS) {
    const broken = relation(s);
    const spec = PARAMS[name];
    // Only a tighter bound: one equal to the field's own (valueBytes' request limit) adds nothing.
    if (
      broken?.field === name &&
      spec.kind !== 'choice' &&
      spec.kind !== 'bool' &&
      broken.repaired < spec.max
    )
      return new ScenarioError(name, value, broken.allowed, broken.relation);
  }
  return null;
}

/** A field the repair changed: what was given, what is allowed, and what is used now. */
export interface Repair {
  field: ParamName | 'profile';
  /** The value as given (before repair). */
  given: unknown;
  /** What is allowed, in the validator's words (as in ScenarioError). */
  allowed: string;
}

export interface Clamped {
  scenario: Scenario;
  /** One entry per repaired field, as data (the app renders it in the reader's language). */
  repairs: Repair[];
}

/**
 * Repairs a scenario field by field: numbers are clamped into range and rounded when integral,
 * unknown choices fall back to the default. Used for URLs, where refusing would lose the page.
 * Every field it changes is named in `repairs`: nothing is repaired silently.
 */
export function clampScenario(input: Partial<Record<keyof Scenario, unknown>>): Clamped {
  const base = defaultScenario();
  const out: Record<string, unknown> = { ...base };
  const repairs: Repair[] = [];
  if (input.profile !== undefined) {
    if (isProfileName(input.profile)) out.profile = input.profile;
    else repairs.push({ field: 'profile', given: input.profile, allowed: allowedText('profile') });
  }
  for (const name of Object.keys(PARAMS) as ParamName[]) {
    const value = input[name];
    if (value === undefined) continue;
    try {
      checkField(name, value);
      out[name] = value;
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      repairs.push({ field: name, given: value, allowed: e.allowed });
      out[name] = repair(name, value, base[name]);
    }
  }
  const s = out as unknown as Scenario;
  // Relations: shrink each dependent field into what the other allows, and name each one.
  for (const relation of RELATIONS) {
    const broken = relation(s);
    if (broken === null) continue;
    repairs.push({ field: broken.field, given: s[broken.field], allowed: broken.allowed });
    s[broken.field] = broken.repaired;
  }
  return { scenario: maybeScenario(s), repairs };
}

function repair(name: ParamName, value: unknown, fallback: unknown): unknown {
  const spec = PARAMS[name];
  if ((spec.kind === 'int' || spec.kind === 'number') && typeof value === 'number') {
    if (Number.isNaN(value)) return fallback;
    const clamped = Math.min(spec.max, Math.max(spec.min, value));
    return spec.kind === 'int' ? Math.round(clamped) : clamped;
  }
  if (
    spec.kind === 'choice' &&
    typeof value === 'number' &&
    spec.choices.every((c) => typeof c === 'number')
  ) {
    // Nearest allowed number; between two as near (members: 2 → 1 or 3, 4 → 3 or 5), the one
    // nearer the default, so that a link's 2 members become the default 3 and not 1 (which then
    // also cut the default 3 endpoints to 1, in a notice quoting a 3 the link never said).
    const nums = spec.choices as readonly number[];
    const near = (x: number): number => Math.abs(x - value);
    const toDefault = (x: number): number =>
      typeof fallback === 'number' ? Math.abs(x - fallback) : 0;
    return nums.reduce((a, b) =>
      near(b) < near(a) || (near(b) === near(a) && toDefault(b) < toDefault(a)) ? b : a,
    );
  }
  return fallback;
}
