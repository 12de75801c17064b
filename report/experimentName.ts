/**
 * File names for exports, named after the experiment: the profile, then every field that differs
 * from the profile's defaults, in the parameter table's order ("readpath_article-3x8c_readMode-
 * serializable_clients-500"). Only letters, digits, dots and dashes, so every file system takes it.
 */
import { SCENARIO_FIELDS, scenarioOnProfile, type Scenario } from '../workers/contract/scenario.ts';
import type { SweepSpec } from '../workers/contract/sweep.ts';

/** Longest name before the list of changes is cut (most file systems allow 255 bytes). */
const MAX_LENGTH = 120;

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-');
}

/** The fields that make this experiment differ from its profile's, as name-value words. */
function changes(s: Scenario, against: Scenario): string[] {
  return SCENARIO_FIELDS.filter((f) => f !== 'profile' && f !== 'seed' && s[f] !== against[f]).map(
    (f) => `${f}-${safe(String(s[f]))}`,
  );
}

function join(words: string[]): string {
  let name = words[0];
  for (const w of words.slice(1)) {
    if (name.length + 1 + w.length > MAX_LENGTH) return `${name}_etc`;
    name += `_${w}`;
  }
  return name;
}

/** "readpath_article-3x8c_readMode-serializable" (and "_seed-7" when the seed is not 1). */
export function experimentName(s: Scenario): string {
  const base = scenarioOnProfile(s.profile);
  const seed = s.seed === base.seed ? [] : [`seed-${s.seed}`];
  return join(['readpath', safe(s.profile), ...changes(s, base), ...seed]);
}

/** A comparison: A's name, then what B changes ("…_vs-B_readMode-serializable"). */
export function comparisonName(a: Scenario, b: Scenario): string {
  const diff = changes(b, a);
  return join([experimentName(a), 'vs-B', ...(diff.length > 0 ? diff : ['same'])]);
}

/** A sweep: the experiment's name, then the swept range ("…_sweep-writeQps-0-20000-11pt"). */
export function sweepName(base: Scenario, spec: SweepSpec): string {
  const range = `sweep-${spec.param}-${safe(String(spec.from))}-${safe(String(spec.to))}-${spec.points}pt`;
  const series = spec.series === 'one' ? [] : [spec.series];
  return `${experimentName(base)}_${range}${series.map((s) => `_${s}`).join('')}`;
}
