/**
 * What `npm run bench` runs: the article's two 500,000-request read benchmarks, then ten times the
 * linearizable one for memory. Scenarios and the real cluster's throughput come from
 * ARTICLE_FIGURES, so the bench measures exactly what calibration compares.
 */
import { ARTICLE_FIGURES, type ArticleFigure } from '../../workers/contract/calibration.ts';
import { scenarioOnProfile, type Scenario } from '../../workers/contract/scenario.ts';

export interface BenchRun {
  id: string;
  /** The ARTICLE_FIGURES entry whose scenario (and measured QPS) the run uses. */
  figureId: string;
  total: number;
  /** Fresh processes the run is repeated in; the table gives their median and spread. */
  reps: number;
}

export const RUNS: readonly BenchRun[] = [
  { id: 'linearizable-500k', figureId: 'linearizable-1000c', total: 500_000, reps: 5 },
  { id: 'serializable-500k', figureId: 'serializable-1000c', total: 500_000, reps: 5 },
  { id: 'linearizable-5M', figureId: 'linearizable-1000c', total: 5_000_000, reps: 3 },
];

/** The runs the browser row repeats inside a Chromium worker (the 5M run only adds minutes). */
export const BROWSER_RUN_IDS = ['linearizable-500k', 'serializable-500k'] as const;
export const BROWSER_REPS = 3;

/** The run whose peak memory is held against MEMORY_TARGET_MB. */
export const MEMORY_RUN_ID = 'linearizable-5M';
/** Peak resident memory the largest run should stay under (docs/design/ARCHITECTURE.md: constant memory). */
export const MEMORY_TARGET_MB = 200;
/**
 * How many times the real cluster's rate the simulator must reach (the house rule: at least 4×
 * faster than the cluster it models; issue 16 holds the article's 500k runs to it).
 */
export const SPEED_TARGET = 4;
/** Requests in the untimed warm-up run that lets V8 compile the hot loop before timing. */
export const WARMUP_REQUESTS = 50_000;

export function figureFor(run: BenchRun): ArticleFigure {
  const f = ARTICLE_FIGURES.find((x) => x.id === run.figureId);
  if (f === undefined) throw new Error(`bench run ${run.id}: no article figure ${run.figureId}`);
  return f;
}

export function scenarioFor(run: BenchRun, total = run.total): Scenario {
  const f = figureFor(run);
  return scenarioOnProfile(f.profile, { ...f.scenario, total });
}

export function runById(id: string): BenchRun {
  const run = RUNS.find((r) => r.id === id);
  if (run === undefined) throw new Error(`unknown bench run "${id}"`);
  return run;
}
