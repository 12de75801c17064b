/**
 * Fits the hardware profile — core speed, client and peer round trips, fsync — to real benchmark
 * runs: a small deterministic search over the model itself (coordinate descent, a golden-section
 * search per parameter in log space). Each evaluation runs every pasted experiment on the
 * candidate machines with the model the caller hands in (the app's study worker, or the CLI's
 * process) and scores how far its QPS, average and percentiles are from the real ones.
 *
 * What one set of runs cannot tell apart stays where it started: a weak pull toward the starting
 * profile breaks ties along flat directions (one client alone cannot separate core speed from
 * round trip; runs at one and at many clients can). Parameters nothing in the runs depends on
 * are not searched at all (fsync without writes, the peer RTT without linearizable reads on a
 * cluster). Same runs, same profile → same answer: the model is seeded and the search fixed.
 */
import { PARAMS } from '../../workers/contract/params.ts';
import type { SimResult } from '../../workers/contract/result.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';
import type { RunScenario } from '../trends.ts';
import { runFigures, type RunFigures } from './runFigures.ts';

export const FIT_PARAMS = ['cpuSpeed', 'clientRttMs', 'peerRttMs', 'fsyncMs'] as const;
export type FitParam = (typeof FIT_PARAMS)[number];
export type Machines = Record<FitParam, number>;

/** One experiment to fit: the scenario its command line describes, and what the real run gave. */
export interface FitRun {
  scenario: Scenario;
  real: RunFigures;
}

export interface FitResult {
  start: Machines;
  fitted: Machines;
  /** The parameters the runs depend on, which the search moved. */
  searched: FitParam[];
  /** The model's figures for each run, on the starting and on the fitted machines. */
  before: RunFigures[];
  after: RunFigures[];
  /** Score before and after (0 = every figure equal). */
  lossBefore: number;
  lossAfter: number;
  evaluations: number;
}

/** Where each parameter is searched: the validator's range, narrowed to plausible machines. */
const RANGE: Record<FitParam, [number, number]> = {
  cpuSpeed: [PARAMS.cpuSpeed.min, PARAMS.cpuSpeed.max],
  clientRttMs: [PARAMS.clientRttMs.min, 50],
  peerRttMs: [PARAMS.peerRttMs.min, 100],
  fsyncMs: [PARAMS.fsyncMs.min, 50],
};

/** How much each figure counts: throughput and the middle most, the tail less (it is noisier). */
const WEIGHTS = { qps: 1, avgMs: 1, p50Ms: 0.5, p90Ms: 0.25, p99Ms: 0.25 } as const;
/** The pull toward the starting machines, per squared log-ratio: small, only a tie-breaker. */
const PRIOR = 1e-3;
/** Golden-section steps: the first sweep over the whole range, later ones around the answer. */
const FIRST_STEPS = 14;
const LATER_STEPS = 10;
const SWEEPS = 4;
/** Later sweeps search within this factor either side of the value so far. */
const LATER_SPAN = 1.6;
/** Requests the model runs per experiment and evaluation: enough for its percentiles, no more. */
const MAX_FIT_TOTAL = 5000;
const INV_PHI = (Math.sqrt(5) - 1) / 2;

/** Which parameters the runs depend on. */
export function searchedParams(runs: readonly FitRun[]): FitParam[] {
  const out: FitParam[] = ['cpuSpeed', 'clientRttMs'];
  const linearizableCluster = runs.some(
    (r) =>
      r.scenario.members > 1 &&
      (r.scenario.readMode === 'linearizable' || r.scenario.request === 'authenticate'),
  );
  if (linearizableCluster || runs.some((r) => r.scenario.writeQps > 0)) out.push('peerRttMs');
  if (runs.some((r) => r.scenario.writeQps > 0)) out.push('fsyncMs');
  return out;
}

/**
 * Requests the model runs for an experiment while comparing and fitting: the run's own number, at
 * most MAX_FIT_TOTAL or 20 per client, whichever is more. The card says so when it is fewer
 * (a shorter run starts with empty queues for a larger share of it, so its figures can differ).
 */
export function fitTotal(s: Scenario): number {
  return Math.min(s.total, Math.max(MAX_FIT_TOTAL, s.clients * 20));
}

/** The scenario the model runs for an experiment on candidate machines (fewer requests). */
export function fitScenario(s: Scenario, m: Machines): Scenario {
  return { ...s, ...m, total: fitTotal(s) };
}

function sq(model: number, real: number): number {
  if (!(real > 0)) return 0; // the real run did not print it: nothing to match
  if (!(model > 0)) return 25; // the model gave none where the real run has one: far off
  const d = Math.log(model / real);
  return d * d;
}

/** How far the model's figures are from the real ones (weighted squared log-ratios). */
export function figuresLoss(model: RunFigures, real: RunFigures): number {
  let loss = 0;
  for (const [k, w] of Object.entries(WEIGHTS) as [keyof typeof WEIGHTS, number][])
    loss += w * sq(model[k], real[k]);
  return loss;
}

export async function fitProfile(
  runs: readonly FitRun[],
  start: Machines,
  simulate: RunScenario,
  onStep?: (evaluations: number, estimate: number) => void,
): Promise<FitResult> {
  if (runs.length === 0) throw new Error('nothing to fit: no runs');
  const searched = searchedParams(runs);
  const estimate = searched.length * (FIRST_STEPS + 2 + (SWEEPS - 1) * (LATER_STEPS + 2)) + 2;
  const cache = new Map<string, { loss: number; figures: RunFigures[] }>();
  let evaluations = 0;

  const evaluate = async (m: Machines): Promise<{ loss: number; figures: RunFigures[] }> => {
    const key = FIT_PARAMS.map((p) => m[p].toPrecision(12)).join(',');
    const hit = cache.get(key);
    if (hit) return hit;
    const figures: RunFigures[] = [];
    let loss = 0;
    for (const run of runs) {
      const result: SimResult = await simulate(fitScenario(run.scenario, m));
      const f = runFigures(result.summary);
      figures.push(f);
      loss += figuresLoss(f, run.real);
    }
    for (const p of searched) loss += PRIOR * sq(m[p], start[p]);
    evaluations++;
    onStep?.(evaluations, estimate);
    const out = { loss, figures };
    cache.set(key, out);
    return out;
  };

  /** Golden-section search for parameter p in log space over [lo, hi]; returns the best value. */
  const line = async (m: Machines, p: FitParam, lo: number, hi: number, steps: number) => {
    const at = (x: number): Machines => ({ ...m, [p]: Math.exp(x) });
    let a = Math.log(lo);
    let b = Math.log(hi);
    let c = b - INV_PHI * (b - a);
    let d = a + INV_PHI * (b - a);
    let fc = (await evaluate(at(c))).loss;
    let fd = (await evaluate(at(d))).loss;
    for (let i = 0; i < steps; i++) {
      if (fc <= fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - INV_PHI * (b - a);
        fc = (await evaluate(at(c))).loss;
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + INV_PHI * (b - a);
        fd = (await evaluate(at(d))).loss;
      }
    }
    // Keep the current value unless the search found better.
    const here = (await evaluate(m)).loss;
    const best = fc <= fd ? c : d;
    return Math.min(fc, fd) < here ? Math.exp(best) : m[p];
  };

  const first = await evaluate(start);
  let m: Machines = { ...start };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const p of searched) {
      const [lo, hi] = RANGE[p];
      const value =
        sweep === 0
          ? await line(m, p, lo, hi, FIRST_STEPS)
          : await line(
              m,
              p,
              Math.max(lo, m[p] / LATER_SPAN),
              Math.min(hi, m[p] * LATER_SPAN),
              LATER_STEPS,
            );
      m = { ...m, [p]: value };
    }
  }
  const last = await evaluate(m);
  return {
    start,
    fitted: m,
    searched,
    before: first.figures,
    after: last.figures,
    lossBefore: first.loss,
    lossAfter: last.loss,
    evaluations,
  };
}
