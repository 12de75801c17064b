/**
 * LabState: the experiment on screen. Holds the scenario and its notices, and forwards the run's
 * result, progress and error from the runner (the worker client). Changing a field reruns after
 * a short debounce so a dragged slider starts one run, not fifty; loading a whole scenario (a
 * link, a preset) runs at once.
 */
import type { BenchSummary, SimResult } from '../../workers/contract/result.ts';
import type { BudgetEstimate } from '../../workers/contract/budget.ts';
import { defaultScenario, sameScenario, type Scenario } from '../../workers/contract/scenario.ts';
import { clampScenario } from '../../workers/contract/validate.ts';
import type { ParamName } from '../../workers/contract/params.ts';
import { noticesFromClamp, sameNotice, type Notice } from './notices.ts';
import { presetOf, type PresetId } from './presets.ts';
import type { RunPhase } from './simClient.svelte.ts';
import type { LostReason } from './worker/supervisedWorker.ts';

/** What LabState needs from the worker client (SimClient; a fake in unit tests). */
export interface Runner {
  readonly result: SimResult | null;
  readonly estimated: boolean;
  readonly phase: RunPhase;
  readonly progress: number;
  readonly runError: string | null;
  /** The worker died during this experiment and was replaced ('crashed' or 'unresponsive'). */
  readonly lost: LostReason | null;
  /** The experiment lost its worker twice and was given up. */
  readonly gaveUp: boolean;
  /** The experiment was refused before it ran: it would not fit the run budget. */
  readonly refused: BudgetEstimate | null;
  run(scenario: Scenario): Promise<SimResult | null>;
}

/** ms between the last change and the run it starts. */
export const RERUN_DEBOUNCE_MS = 120;

export class LabState {
  #runner: Runner;
  #debounceMs: number;
  #timer: ReturnType<typeof setTimeout> | null = null;

  scenario = $state.raw<Scenario>(defaultScenario());
  notices = $state.raw<Notice[]>([]);
  /** The model's latest full answer for each preset, shown beside the article's figures. */
  presetRuns = $state.raw<Partial<Record<PresetId, BenchSummary>>>({});

  constructor(runner: Runner, debounceMs = RERUN_DEBOUNCE_MS) {
    this.#runner = runner;
    this.#debounceMs = debounceMs;
  }

  get result(): SimResult | null {
    return this.#runner.result;
  }
  get estimated(): boolean {
    return this.#runner.estimated;
  }
  get phase(): RunPhase {
    return this.#runner.phase;
  }
  get progress(): number {
    return this.#runner.progress;
  }
  get running(): boolean {
    return this.#runner.phase === 'estimating' || this.#runner.phase === 'refining';
  }
  get error(): string | null {
    return this.#runner.runError;
  }
  get lost(): LostReason | null {
    return this.#runner.lost;
  }
  get gaveUp(): boolean {
    return this.#runner.gaveUp;
  }
  get refused(): BudgetEstimate | null {
    return this.#runner.refused;
  }
  /**
   * True while the result on screen answers another experiment than the one in the controls: a
   * change waiting for its run, a run under way, or a run that failed. A quick estimate answers
   * its scenario with `total` cut short, so it is compared with the total put back.
   */
  get stale(): boolean {
    const result = this.#runner.result;
    if (!result) return false;
    const except: (keyof Scenario)[] = this.#runner.estimated ? ['total'] : [];
    return !sameScenario(result.scenario, this.scenario, except);
  }

  /**
   * The result once it is final and answers the experiment in the controls — not a quick
   * estimate, not a run under way, not an older result kept after a refusal or a failure — or
   * null. What a sentence about "this experiment" may be worded from.
   */
  get finalResult(): SimResult | null {
    if (this.stale || this.estimated || this.running) return null;
    return this.result;
  }

  /** Replaces the whole experiment (a link, a preset, a reset) and runs it now. */
  load(scenario: Scenario, notices: Notice[] = []): void {
    this.scenario = scenario;
    this.notices = notices;
    void this.runNow();
  }

  /**
   * Changes some fields and reruns after the debounce. A change that breaks a rule between two
   * fields (fewer members than endpoints) repairs the other field and says so in a notice.
   */
  update(patch: Partial<Scenario>): void {
    const { scenario, repairs } = clampScenario({ ...this.scenario, ...patch });
    this.scenario = scenario;
    if (repairs.length > 0) this.#addNotices(noticesFromClamp(repairs, scenario));
    this.#schedule();
  }

  /** Changes one field, typed by its name: `set('clients', 250)`, never `set('clients', 'x')`. */
  set<K extends ParamName>(name: K, value: Scenario[K]): void {
    const patch: Partial<Scenario> = {};
    patch[name] = value;
    this.update(patch);
  }

  dismiss(notice: Notice): void {
    this.notices = this.notices.filter((n) => n !== notice);
  }

  dismissAll(): void {
    this.notices = [];
  }

  /** Runs the current scenario now; records the answer against its preset, if it is one. */
  async runNow(): Promise<void> {
    this.#clearTimer();
    const scenario = this.scenario;
    const result = await this.#runner.run(scenario);
    if (!result) return;
    const preset = presetOf(scenario);
    if (preset) this.presetRuns = { ...this.presetRuns, [preset.id]: result.summary };
  }

  dispose(): void {
    this.#clearTimer();
  }

  #addNotices(fresh: Notice[]): void {
    const kept = this.notices.filter((n) => !fresh.some((f) => sameNotice(f, n)));
    this.notices = [...kept, ...fresh];
  }

  #schedule(): void {
    this.#clearTimer();
    this.#timer = setTimeout(() => void this.runNow(), this.#debounceMs);
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
