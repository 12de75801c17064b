/**
 * Where the learner is in a tour: a step index, or null outside it. The address holds the step
 * as `#tour/<n>` (1-based), so each step has a link; leaving the tour drops the hash and keeps
 * whatever experiment is on screen.
 */
import type { Tour, TourStep } from './tourFormat.ts';
import { hashOfStep } from './tourHash.ts';

export class TourState {
  readonly tour: Tour;
  index = $state<number | null>(null);
  /**
   * Whether the learner has answered the step on screen (picked a choice or asked for the
   * answer): until then the lab keeps the numbers covered, so the question comes before its
   * answer (docs/design/UX.md). A new step asks again.
   */
  answered = $state(false);

  constructor(tour: Tour) {
    this.tour = tour;
  }

  get count(): number {
    return this.tour.steps.length;
  }
  get active(): boolean {
    return this.index !== null;
  }
  get step(): TourStep | null {
    return this.index === null ? null : this.tour.steps[this.index];
  }
  get hash(): string {
    return hashOfStep(this.index);
  }

  go(index: number): void {
    this.#show(Math.min(this.count - 1, Math.max(0, Math.round(index))));
  }
  next(): void {
    if (this.index !== null && this.index < this.count - 1) this.#show(this.index + 1);
  }
  prev(): void {
    if (this.index !== null && this.index > 0) this.#show(this.index - 1);
  }
  leave(): void {
    this.#show(null);
  }
  #show(index: number | null): void {
    if (index === this.index) return;
    this.index = index;
    this.answered = false;
  }
}
