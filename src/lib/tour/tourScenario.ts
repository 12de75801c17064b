/**
 * A step's experiment as scenarios: each patch on its profile (the default profile when it
 * names none), every other field at its default. Validated like a link, so a tour file with a
 * bad value loads repaired and names the repair instead of failing (the unit tests refuse any
 * repair in the built-in tour).
 */
import { scenarioOnProfile, type Scenario } from '../../../workers/contract/scenario.ts';
import { clampScenario, type Repair } from '../../../workers/contract/validate.ts';
import { hasB, type ScenarioPatch, type TourExperiment } from './tourFormat.ts';

export interface ResolvedPatch {
  scenario: Scenario;
  repairs: Repair[];
}

export function resolvePatch(patch: ScenarioPatch): ResolvedPatch {
  return clampScenario(scenarioOnProfile(patch.profile ?? 'article-3x8c', patch));
}

export function stepScenarios(e: TourExperiment): { a: ResolvedPatch; b: ResolvedPatch | null } {
  return hasB(e)
    ? { a: resolvePatch(e.a), b: resolvePatch(e.b) }
    : { a: resolvePatch(e.scenario), b: null };
}
