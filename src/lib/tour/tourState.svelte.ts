/**
 * Where the learner is in a tour: a step index, or null outside it. The address holds the step
 * as `#tour/<n>` (1-based), so each step has a link; leaving the tour drops the hash and keeps
 * whatever experiment is on screen.
 */
import type { Tour, TourStep } from './tourFormat.ts';

const HASH = /^#tour(?:\/(\d+))?$/;

/**
 * The step a hash opens (0-based): `#tour` → the first, `#tour/3` → the third, a number past the
 * end → the last. null when the hash is not a tour link.
 */
export function stepFromHash(hash: string, count: number): number | null {
  const m = HASH.exec(hash);
  if (!m || count === 0) return null;
  const n = m[1] === undefined ? 1 : Number(m[1]);
  return Math.min(count, Math.max(1, n)) - 1;
}

export function hashOfStep(index: number | null): string {
  return index === null ? '' : `#tour/${index + 1}`;
}

export class TourState {
  readonly tour: Tour;
  index = $state<number | null>(null);

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
    this.index = Math.min(this.count - 1, Math.max(0, Math.round(index)));
  }
  next(): void {
    if (this.index !== null && this.index < this.count - 1) this.index += 1;
  }
  prev(): void {
    if (this.index !== null && this.index > 0) this.index -= 1;
  }
  leave(): void {
    this.index = null;
  }
}
