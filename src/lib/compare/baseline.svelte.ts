/**
 * The baseline a result is compared with: the previous experiment (the last full result whose
 * scenario differs from the one now on screen), or one the learner pinned. Quick estimates never
 * become a baseline: they are the same experiment cut short.
 */
import type { SimResult } from '../../../workers/contract/result.ts';
import { sameScenario } from '../../../workers/contract/scenario.ts';

export type BaselineKind = 'previous' | 'pinned';

export interface BaselineRef {
  kind: BaselineKind;
  result: SimResult;
}

export class Baseline {
  pinned = $state.raw<SimResult | null>(null);
  previous = $state.raw<SimResult | null>(null);
  /** The latest full result seen; it becomes `previous` when a different experiment answers. */
  #last: SimResult | null = null;

  /** Feed every answer of the main experiment (the app calls it whenever the result changes). */
  observe(result: SimResult | null, estimated: boolean): void {
    if (result === null || estimated || result === this.#last) return;
    if (this.#last !== null && !sameScenario(this.#last.scenario, result.scenario))
      this.previous = this.#last;
    this.#last = result;
  }

  /** What the result on screen is compared with: the pinned one first. */
  get reference(): BaselineRef | null {
    if (this.pinned) return { kind: 'pinned', result: this.pinned };
    if (this.previous) return { kind: 'previous', result: this.previous };
    return null;
  }

  pin(result: SimResult): void {
    this.pinned = result;
  }

  /** No comparison until the next change of experiment. */
  clear(): void {
    this.pinned = null;
    this.previous = null;
  }
}
