/**
 * A parameter sweep: one numeric parameter stepped over a range while the rest of the experiment
 * is held, for one experiment, for both read modes, or for experiments A and B side by side.
 * Plain data and pure functions shared by the app's sweep form and `readpath sweep`: one parser,
 * one set of refusals (as data, so the app can word them in the reader's language), one list of
 * points. Nothing here runs the model.
 */
import { MEMBER_COUNTS, PARAMS, type ParamName } from './params.ts';
import type { Scenario } from './scenario.ts';
import { clampScenario } from './validate.ts';

export const SWEEP_SPACINGS = ['linear', 'log'] as const;
/** one: the experiment itself; readModes: it twice, linearizable and serializable; ab: A and B. */
export const SWEEP_SERIES = ['one', 'readModes', 'ab'] as const;
export const SWEEP_POINTS = { min: 2, max: 50 } as const;
/** Points when a spec does not say. */
export const DEFAULT_SWEEP_POINTS = 10;

export type SweepSpacing = (typeof SWEEP_SPACINGS)[number];
export type SweepSeriesMode = (typeof SWEEP_SERIES)[number];

type NumericName = {
  [K in ParamName]: (typeof PARAMS)[K]['kind'] extends 'int' | 'number' ? K : never;
}[ParamName];
/** What a sweep can step: every number of the scenario except the seed, and the member count. */
export type SweepParam = Exclude<NumericName, 'seed'> | 'members';

export const SWEEP_PARAMS: readonly SweepParam[] = (Object.keys(PARAMS) as ParamName[]).filter(
  (name): name is SweepParam => isSweepParam(name),
);

export function isSweepParam(name: unknown): name is SweepParam {
  if (typeof name !== 'string' || !Object.hasOwn(PARAMS, name) || name === 'seed') return false;
  const kind = PARAMS[name as ParamName].kind;
  return kind === 'int' || kind === 'number' || name === 'members';
}

export interface SweepSpec {
  param: SweepParam;
  from: number;
  to: number;
  points: number;
  spacing: SweepSpacing;
  series: SweepSeriesMode;
}

export type SweepField = keyof SweepSpec;

/**
 * Why a spec was refused, as data. `range`: not a number, or outside min..max; `integer`: points
 * must be whole; `log`: log spacing needs both ends above 0; `same`: from and to are one value;
 * `needsB`: series ab without an experiment B; `choice`: not one of `choices`.
 */
export interface SweepProblem {
  field: SweepField;
  value: string;
  reason: 'choice' | 'range' | 'integer' | 'log' | 'same' | 'needsB';
  min?: number;
  max?: number;
  choices?: readonly string[];
}

/** What a refused field allows, in English: "numbers 0..50000", "linear, log". */
export function sweepAllowedText(p: SweepProblem): string {
  switch (p.reason) {
    case 'choice':
      return (p.choices ?? []).join(', ');
    case 'range':
      return `numbers ${p.min}..${p.max}`;
    case 'integer':
      return `integers ${p.min}..${p.max}`;
    case 'log':
      return 'log spacing needs both ends above 0; use linear spacing to start at 0';
    case 'same':
      return 'a value other than from';
    case 'needsB':
      return 'one, readModes (ab needs an experiment B)';
  }
}

/** The English sentence for a problem: `invalid sweep to: 9 (allowed: numbers 1..7)`. */
export function sweepProblemText(p: SweepProblem): string {
  const shown = p.value === '' ? '""' : p.value;
  return `invalid sweep ${p.field}: ${shown} (allowed: ${sweepAllowedText(p)})`;
}

export class SweepSpecError extends Error {
  constructor(readonly problem: SweepProblem) {
    super(sweepProblemText(problem));
    this.name = 'SweepSpecError';
  }
}

/**
 * The range a swept parameter may cover given the rest of the experiment: the parameter table's,
 * narrowed where another field limits it (endpoints by the members, keys per range by the keys).
 */
export function sweepRange(param: SweepParam, base: Scenario): { min: number; max: number } {
  if (param === 'members')
    return { min: MEMBER_COUNTS[0], max: MEMBER_COUNTS[MEMBER_COUNTS.length - 1] };
  const spec = PARAMS[param];
  if (param === 'endpoints') return { min: spec.min, max: base.members + (base.learner ? 1 : 0) };
  if (param === 'keysPerRange') return { min: spec.min, max: Math.min(spec.max, base.totalKeys) };
  return { min: spec.min, max: spec.max };
}

/** Decimal numbers as people write them (no 0x10, no Infinity), like the URL and the CLI. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function choice<T extends string>(field: SweepField, raw: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  throw new SweepSpecError({ field, value: raw, reason: 'choice', choices });
}

function numberIn(field: SweepField, raw: string, min: number, max: number): number {
  const text = raw.trim();
  const value = DECIMAL.test(text) ? Number(text) : NaN;
  if (!(value >= min && value <= max))
    throw new SweepSpecError({ field, value: raw, reason: 'range', min, max });
  return value;
}

/** A sweep as typed: every field a string, any of them missing (defaults fill the gaps). */
export type SweepInput = Partial<Record<SweepField, string>>;

/**
 * Parses and checks a sweep as typed in the form or on the command line, against the experiment
 * it sweeps (`base`). Throws SweepSpecError naming the first bad field and what it allows.
 * Defaults: the parameter's whole range, 10 points, log spacing where the parameter's control
 * uses a log scale and the range starts above 0, one series.
 */
export function parseSweepSpec(input: SweepInput, base: Scenario, hasB = false): SweepSpec {
  const param = choice('param', input.param ?? '', SWEEP_PARAMS);
  const range = sweepRange(param, base);
  const from =
    input.from === undefined ? range.min : numberIn('from', input.from, range.min, range.max);
  const to = input.to === undefined ? range.max : numberIn('to', input.to, range.min, range.max);
  if (from === to)
    throw new SweepSpecError({ field: 'to', value: String(input.to ?? to), reason: 'same' });
  const pointsRaw = input.points ?? String(DEFAULT_SWEEP_POINTS);
  const points = numberIn('points', pointsRaw, SWEEP_POINTS.min, SWEEP_POINTS.max);
  if (!Number.isInteger(points))
    throw new SweepSpecError({
      field: 'points',
      value: pointsRaw,
      reason: 'integer',
      ...SWEEP_POINTS,
    });
  const logScale = param !== 'members' && 'log' in PARAMS[param];
  const spacing =
    input.spacing === undefined
      ? logScale && Math.min(from, to) > 0
        ? 'log'
        : 'linear'
      : choice('spacing', input.spacing, SWEEP_SPACINGS);
  if (spacing === 'log' && Math.min(from, to) <= 0) {
    const field = from <= 0 ? 'from' : 'to';
    throw new SweepSpecError({
      field,
      value: String(input[field] ?? Math.min(from, to)),
      reason: 'log',
    });
  }
  const series = choice('series', input.series ?? 'one', SWEEP_SERIES);
  if (series === 'ab' && !hasB)
    throw new SweepSpecError({ field: 'series', value: series, reason: 'needsB' });
  return { param, from, to, points, spacing, series };
}

/** Checks a spec built in code (a built-in sweep) the same way as a typed one. */
export function maybeSweepSpec(spec: SweepSpec, base: Scenario, hasB = false): SweepSpec {
  return parseSweepSpec(
    {
      param: spec.param,
      from: String(spec.from),
      to: String(spec.to),
      points: String(spec.points),
      spacing: spec.spacing,
      series: spec.series,
    },
    base,
    hasB,
  );
}

/** A value as the parameter takes it: integers rounded, the member count snapped to a size etcd
 *  runs, fractional parameters to 4 significant digits (0.1, 0.1389, … not 0.138949549…). */
function asParamValue(param: SweepParam, x: number): number {
  if (param === 'members')
    return MEMBER_COUNTS.reduce((a, b) => (Math.abs(b - x) < Math.abs(a - x) ? b : a));
  if (PARAMS[param].kind === 'int') return Math.round(x);
  return Number(x.toPrecision(4));
}

/**
 * The x values of a sweep, in order from `from` to `to`: evenly spaced (linear) or at a constant
 * ratio (log), then as the parameter takes them; values that round to the same one are kept once,
 * so a sweep of an integer over a short range may have fewer points than asked.
 */
export function sweepValues(spec: SweepSpec): number[] {
  const { from, to, points, spacing, param } = spec;
  const out: number[] = [];
  for (let i = 0; i < points; i++) {
    const f = i / (points - 1);
    const raw =
      i === points - 1
        ? to
        : spacing === 'log'
          ? from * Math.pow(to / from, f)
          : from + (to - from) * f;
    const x = asParamValue(param, raw);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** One curve of a sweep: the experiment, one read mode of it, or experiment A or B. */
export type SeriesId = 'base' | 'linearizable' | 'serializable' | 'a' | 'b';

export interface SweepPoint {
  /** Position in the plan: x-major, series-minor, so every curve grows together. */
  index: number;
  series: SeriesId;
  x: number;
  scenario: Scenario;
}

/** A field another rule changed at one point (sweeping members from 1 shrinks 3 endpoints to 1). */
export interface SweepRepair {
  series: SeriesId;
  x: number;
  field: ParamName | 'profile';
  now: string | number | boolean;
}

export interface SweepPlan {
  spec: SweepSpec;
  xs: number[];
  series: SeriesId[];
  points: SweepPoint[];
  repairs: SweepRepair[];
}

/** The experiment behind each series. */
function seriesBases(spec: SweepSpec, base: Scenario, b: Scenario | null): [SeriesId, Scenario][] {
  switch (spec.series) {
    case 'one':
      return [['base', base]];
    case 'readModes':
      return [
        ['linearizable', { ...base, readMode: 'linearizable' }],
        ['serializable', { ...base, readMode: 'serializable' }],
      ];
    case 'ab':
      if (b === null) throw new SweepSpecError({ field: 'series', value: 'ab', reason: 'needsB' });
      return [
        ['a', base],
        ['b', b],
      ];
  }
}

/**
 * Every run of a sweep: each x for each series, the swept field set on the series' experiment and
 * the relations between fields repaired as the validator repairs a link (each repair recorded).
 * Throws SweepSpecError when the spec does not fit the experiment (checked again here so a plan
 * is never built from an unchecked spec).
 */
export function planSweep(spec: SweepSpec, base: Scenario, b: Scenario | null = null): SweepPlan {
  const checked = maybeSweepSpec(spec, base, b !== null);
  const xs = sweepValues(checked);
  const bases = seriesBases(checked, base, b);
  const points: SweepPoint[] = [];
  const repairs: SweepRepair[] = [];
  for (const x of xs) {
    for (const [series, s] of bases) {
      const { scenario, repairs: fixed } = clampScenario({ ...s, [checked.param]: x });
      for (const r of fixed) {
        // The range check above keeps the swept value itself valid; another series' experiment
        // (B) may narrow it, which is a refusal, not a silent change of the x being plotted.
        if (r.field === checked.param)
          throw new SweepSpecError({
            field: 'to',
            value: String(x),
            reason: 'range',
            ...sweepRange(checked.param, s),
          });
        repairs.push({ series, x, field: r.field, now: scenario[r.field] });
      }
      points.push({ index: points.length, series, x, scenario });
    }
  }
  return { spec: checked, xs, series: bases.map(([id]) => id), points, repairs };
}
