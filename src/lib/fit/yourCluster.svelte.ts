/**
 * "Your cluster": benchmark output the learner pasted, read (report/benchmarkOutput.ts), each run's
 * experiment set from its command line on the lab's machines, the model run beside it, and the
 * machines fitted to it (report/fit/) on the study worker. The fitted machines can be put into
 * the lab, which then predicts the learner's other settings on them.
 */
import { BenchmarkOutputError } from '../../../report/benchmarkOutput.ts';
import { fitProfile, fitScenario, type FitResult } from '../../../report/fit/fitProfile.ts';
import {
  machineFieldsOf,
  machinesOf,
  MACHINE_FIELDS,
  pastedRuns,
  type PastedRuns,
} from '../../../report/fit/fitRuns.ts';
import { runFigures, type RunFigures } from '../../../report/fit/runFigures.ts';
import { PARAMS } from '../../../workers/contract/params.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import type { LabState } from '../lab.svelte.ts';
import { StudyStopped, type StudyClient } from '../studyClient.ts';

export type FitPhase = 'idle' | 'comparing' | 'compared' | 'fitting' | 'fitted' | 'failed';

export class YourCluster {
  text = $state('');
  phase = $state<FitPhase>('idle');
  pasted = $state.raw<PastedRuns | null>(null);
  /** Why the text could not be read (code, params and line, rendered in the reader's language). */
  readError = $state.raw<BenchmarkOutputError | null>(null);
  runError = $state<string | null>(null);
  /** The model on the lab's machines, per run. */
  model = $state.raw<RunFigures[]>([]);
  fit = $state.raw<FitResult | null>(null);
  /** Model runs done and expected, while fitting. */
  done = $state(0);
  expected = $state(0);
  /** Set once the fitted machines were put into the lab. */
  applied = $state(false);
  #token = 0;

  constructor(
    private readonly lab: LabState,
    private readonly study: StudyClient,
  ) {}

  /** Reads the pasted text and runs the model beside each run, on the lab's machines. */
  async read(): Promise<void> {
    const token = this.#begin();
    try {
      this.pasted = pastedRuns(this.text, this.lab.scenario.profile, this.#machines());
    } catch (e) {
      if (!(e instanceof BenchmarkOutputError)) throw e;
      this.pasted = null;
      this.readError = e;
      this.phase = 'idle';
      return;
    }
    this.phase = 'comparing';
    try {
      const figures: RunFigures[] = [];
      for (const run of this.pasted.runs) {
        const start = machinesOf(run.scenario);
        figures.push(
          runFigures((await this.study.simulate(fitScenario(run.scenario, start))).summary),
        );
      }
      if (token !== this.#token) return;
      this.model = figures;
      this.phase = 'compared';
    } catch (e) {
      this.#fail(token, e);
    }
  }

  /** Fits core speed, round trips and fsync to the runs, starting from the lab's machines. */
  async fitMachines(): Promise<void> {
    const pasted = this.pasted;
    if (pasted === null) return;
    const token = this.#begin(false);
    this.phase = 'fitting';
    try {
      const start = machinesOf({ ...this.lab.scenario, ...this.#machines() } as Scenario);
      const fit = await fitProfile(pasted.runs, start, this.study.simulate, (n, of) => {
        if (token !== this.#token) return;
        this.done = n;
        this.expected = Math.max(of, n);
      });
      if (token !== this.#token) return;
      this.fit = fit;
      this.phase = 'fitted';
    } catch (e) {
      this.#fail(token, e);
    }
  }

  /** Puts run i's experiment (from its command line) into the lab, keeping the lab's machines. */
  useExperiment(i: number): void {
    const run = this.pasted?.runs[i];
    if (!run) return;
    const machine: readonly string[] = [...MACHINE_FIELDS, 'profile'];
    const experiment = Object.fromEntries(
      Object.entries(run.scenario).filter(([k]) => !machine.includes(k)),
    ) as Partial<Scenario>;
    this.lab.update(experiment);
  }

  /** Puts the fitted machines into the lab: it then predicts its own settings on them. */
  useFitted(): void {
    const fit = this.fit;
    if (fit === null) return;
    const patch: Partial<Scenario> = {};
    for (const p of fit.searched) {
      const spec = PARAMS[p];
      patch[p] = Math.min(spec.max, Math.max(spec.min, Number(fit.fitted[p].toPrecision(3))));
    }
    this.lab.update(patch);
    this.applied = true;
  }

  stop(): void {
    if (this.phase !== 'comparing' && this.phase !== 'fitting') return;
    this.#token += 1;
    this.study.stop();
    this.phase = this.fit !== null ? 'fitted' : this.pasted !== null ? 'compared' : 'idle';
  }

  #machines(): Partial<Scenario> {
    return machineFieldsOf(this.lab.scenario);
  }

  #begin(clear = true): number {
    const token = ++this.#token;
    this.readError = null;
    this.runError = null;
    this.applied = false;
    if (clear) {
      this.model = [];
      this.fit = null;
    }
    this.done = 0;
    return token;
  }

  #fail(token: number, e: unknown): void {
    if (token !== this.#token || e instanceof StudyStopped) return;
    this.runError = e instanceof Error ? e.message : String(e);
    this.phase = 'failed';
  }
}
