/**
 * Runs everything the calibration report needs — each article figure's scenario, then each trend's
 * scenarios — on the simulate() it is given, and builds the report. Shared by `readpath calibrate`
 * and scripts/calibrationDoc.ts so the command and the committed doc cannot disagree.
 */
import { ARTICLE_FIGURES, type ArticleFigure } from '../workers/contract/calibration.ts';
import type { SimResult } from '../workers/contract/result.ts';
import { scenarioOnProfile } from '../workers/contract/scenario.ts';
import { TRENDS, type Trend } from '../report/trends.ts';
import {
  calibrationReport,
  type CalibrationReport,
  type TrendRow,
} from '../report/calibrationTable.ts';
import type { SimulateFn } from './io.ts';

export interface CalibrationInputs {
  figures: readonly ArticleFigure[];
  trends: readonly Trend[];
  /** Called before each figure or trend runs, with its position (0-based) and the step count. */
  onStep?: (index: number, steps: number, id: string) => void;
}

export async function runCalibration(
  simulate: SimulateFn,
  inputs: Partial<CalibrationInputs> = {},
): Promise<CalibrationReport> {
  const figures = inputs.figures ?? ARTICLE_FIGURES;
  const trends = inputs.trends ?? TRENDS;
  const steps = figures.length + trends.length;
  const runs: { figure: ArticleFigure; result: SimResult }[] = [];
  for (const [i, figure] of figures.entries()) {
    inputs.onStep?.(i, steps, figure.id);
    runs.push({
      figure,
      result: await simulate(scenarioOnProfile(figure.profile, figure.scenario)),
    });
  }
  const trendRows: TrendRow[] = [];
  for (const [i, trend] of trends.entries()) {
    inputs.onStep?.(figures.length + i, steps, trend.id);
    const outcome = await trend.check((scenario) => simulate(scenario));
    trendRows.push({ id: trend.id, sentence: trend.sentence, ...outcome });
  }
  return calibrationReport(runs, trendRows);
}
