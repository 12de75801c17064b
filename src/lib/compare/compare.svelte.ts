/**
 * An A/B comparison: experiment A is the lab's own; B is a second LabState with its own worker,
 * opened as a copy of A (or from a link) and changed independently. Which one the controls edit
 * and which one the chain and the detailed results show are the learner's choice.
 */
import type { Scenario } from '../../../workers/contract/scenario.ts';
import { LabState, type Runner } from '../lab.svelte.ts';
import type { Notice } from '../notices.ts';

export type Side = 'a' | 'b';
/** What the chain shows: A, B, or both one above the other. */
export type ChainChoice = Side | 'both';

export type DisposableRunner = Runner & { dispose(): void };

export class CompareState {
  readonly a: LabState;
  b = $state.raw<LabState | null>(null);
  /** The experiment the controls change. */
  editing = $state<Side>('a');
  /** The experiment the chain and the detailed results show. */
  view = $state<ChainChoice>('a');
  #makeRunner: () => DisposableRunner;
  #runner: DisposableRunner | null = null;

  constructor(a: LabState, makeRunner: () => DisposableRunner) {
    this.a = a;
    this.#makeRunner = makeRunner;
  }

  /** Opens B on `scenario` (a link's B, or a copy of A) and runs it. */
  open(scenario: Scenario, notices: Notice[] = [], editing: Side = 'a'): void {
    this.close();
    this.#runner = this.#makeRunner();
    const b = new LabState(this.#runner);
    b.load(scenario, notices);
    this.b = b;
    this.editing = editing;
  }

  /** Duplicates A into B: the same experiment, and the controls now change B. */
  duplicate(): void {
    this.open(this.a.scenario, [], 'b');
  }

  close(): void {
    this.b?.dispose();
    this.#runner?.dispose();
    this.#runner = null;
    this.b = null;
    this.editing = 'a';
    this.view = 'a';
  }

  /** The LabState the controls change now. */
  get editingLab(): LabState {
    return this.editing === 'b' && this.b ? this.b : this.a;
  }
}
