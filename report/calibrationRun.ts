/**
 * Runs everything the calibration report needs — every row's scenario(s), each distinct scenario
 * once, then each trend's scenarios — on the simulate() it is given, and builds the report.
 * DOM-free and model-free (it is handed the model), so `readpath calibrate`,
 * scripts/calibrationDoc.ts and the app's calibration view run the very same thing.
 */
import {
  CALIBRATION_ROWS,
  type CalibrationRowSpec,
  type RunSpec,
} from '../workers/contract/calibrationRows.ts';
import type { SimResult } from '../workers/contract/result.ts';
import { scenarioOnProfile, type Scenario } from '../workers/contract/scenario.ts';
import { TRENDS, type RunScenario, type Trend } from './trends.ts';
import { calibrationRow, type CalibrationReport, type TrendRow } from './calibrationTable.ts';

export type { RunScenario };

export interface CalibrationInputs {
  rows: readonly CalibrationRowSpec[];
  trends: readonly Trend[];
  /** Called before each scenario or trend runs, with its position (0-based) and the step count. */
  onStep?: (index: number, steps: number, id: string) => void;
}

/** The scenario a run spec names: its profile, then its fields. */
export function runScenario(spec: RunSpec): Scenario {
  return scenarioOnProfile(spec.profile, spec.scenario);
}

/** A scenario's identity for sharing one run between rows (fields in SCENARIO_FIELDS order). */
function key(s: Scenario): string {
  return JSON.stringify(s);
}

/** Every distinct scenario the rows need, in the order the rows first name them. */
export function rowScenarios(rows: readonly CalibrationRowSpec[]): Scenario[] {
  const seen = new Map<string, Scenario>();
  for (const r of rows)
    for (const spec of r.over === undefined ? [r.run] : [r.run, r.over]) {
      const s = runScenario(spec);
      if (!seen.has(key(s))) seen.set(key(s), s);
    }
  return [...seen.values()];
}

export async function runCalibration(
  simulate: RunScenario,
  inputs: Partial<CalibrationInputs> = {},
): Promise<CalibrationReport> {
  const rows = inputs.rows ?? CALIBRATION_ROWS;
  const trends = inputs.trends ?? TRENDS;
  const scenarios = rowScenarios(rows);
  const steps = scenarios.length + trends.length;
  const results = new Map<string, SimResult>();
  for (const [i, s] of scenarios.entries()) {
    inputs.onStep?.(i, steps, `${s.profile} ${s.readMode} ${s.clients}c`);
    results.set(key(s), await simulate(s));
  }
  const resultOf = (spec: RunSpec): SimResult => {
    const r = results.get(key(runScenario(spec)));
    if (r === undefined) throw new Error('calibration: a row’s scenario did not run');
    return r;
  };
  const trendRows: TrendRow[] = [];
  for (const [i, trend] of trends.entries()) {
    inputs.onStep?.(scenarios.length + i, steps, trend.id);
    const outcome = await trend.check((scenario) => simulate(scenario));
    trendRows.push({ id: trend.id, sentence: trend.sentence, ...outcome });
  }
  return {
    rows: rows.map((r) =>
      calibrationRow(r, resultOf(r.run), r.over === undefined ? undefined : resultOf(r.over)),
    ),
    trends: trendRows,
  };
}
