/**
 * The guided tour's way into the full lab: its step is in the hash (#tour/3), so a tour link
 * opens the page at its step. The tour itself — its text, experiments, state and panel
 * (LabTour.svelte, which loads each step's experiment and moves between steps) — is a chunk of
 * its own (issue 16: the first load stays ≤ 60 kB), fetched when a tour link opens the page or
 * the reader presses the tour button.
 */
import type { Component } from 'svelte';
import type { CompareState } from '../lib/compare/compare.svelte.ts';
import type { LabState } from '../lib/lab.svelte.ts';
import type { Tour } from '../lib/tour/tourFormat.ts';
import { isTourHash, stepFromHash } from '../lib/tour/tourHash.ts';
import type { TourState } from '../lib/tour/tourState.svelte.ts';

export type LabTourComponent = Component<{ tour: TourState; lab: LabState; compare: CompareState }>;

export class TourController {
  /** Where the reader is in the tour, once it is loaded. */
  state = $state.raw<TourState | null>(null);
  /** Its panel in the lab, once loaded. */
  panel = $state.raw<LabTourComponent | null>(null);
  /** A tour link's hash, kept in the address until the tour is there to write its own. */
  readonly linkHash = isTourHash(location.hash) ? location.hash : '';
  #loading: Promise<TourState> | null = null;

  /** The address's hash: the tour's step, or the link's until the tour is loaded. */
  get hash(): string {
    return this.state ? this.state.hash : this.linkHash;
  }

  /** Opens the tour at step `index` (0-based), or at the step `hash` names once it is loaded. */
  open(at: number | string): void {
    this.#load().then(
      (t) => {
        const index = typeof at === 'number' ? at : stepFromHash(at, t.count);
        if (index !== null && index !== t.index) t.go(index);
      },
      (e: unknown) => console.error('the tour did not load', e),
    );
  }

  onhashchange = (): void => {
    if (isTourHash(location.hash)) this.open(location.hash);
  };

  #load(): Promise<TourState> {
    this.#loading ??= Promise.all([
      // A tour of your own: point this at it (README, "Write your own tour").
      import('../lib/tour/builtinTour.ts'),
      import('../lib/tour/tourState.svelte.ts'),
      import('../components/tour/LabTour.svelte'),
    ]).then(
      ([built, state, panel]) => {
        this.panel = panel.default;
        const loaded: Tour = built.LECTURE_TOUR;
        const tour = new state.TourState(loaded);
        this.state = tour;
        return tour;
      },
      (e: unknown) => {
        this.#loading = null; // the next press tries again
        throw e;
      },
    );
    return this.#loading;
  }
}
