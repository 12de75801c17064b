/**
 * What the first screen (header, controls, headline, chain) does not need comes as chunks of its
 * own (issue 16: the first load at most 60 kB of JavaScript gzipped), each held by a Lazy
 * (lazy.svelte.ts): the panels below the chain once the page is idle, the controls as soon as it
 * has mounted, the comparison when one opens, the share dialog and the calibration view when
 * asked for. One page holds one app, so each part is made once, here.
 */
import type { Component } from 'svelte';
import { loadLaterStrings } from '../lib/i18n/i18n.svelte.ts';
import { Lazy, whenIdle } from '../lib/lazy.svelte.ts';
import { nextTask } from '../lib/stagger.svelte.ts';

/** A part that needs the strings not in the first chunk (enLater.ts, or the page's language). */
function withStrings<C extends Component<never>>(importer: () => Promise<{ default: C }>): Lazy<C> {
  return new Lazy(() => loadLaterStrings().then(importer));
}

/** Below the chain, fetched one after another once the page is idle (loadInTurn). */
export const later = {
  results: withStrings(() => import('../components/results/ResultsPanel.svelte')),
  toolbar: new Lazy(() => import('../components/compare/CompareToolbar.svelte')),
  // The bcrypt lab's and the sweep's English strings come with them (enLater.ts).
  sweep: withStrings(() => import('../components/sweep/SweepSection.svelte')),
  cluster: withStrings(() => import('../components/share/RealClusterCard.svelte')),
  bcrypt: withStrings(() => import('../components/bcrypt/BcryptLab.svelte')),
  // Pasted benchmark output fitted to the lab's machines (issue 11), with its study worker.
  fit: withStrings(() => import('../components/fit/FitSection.svelte')),
};
/** The comparison's parts, fetched when experiment B opens. */
export const comparing = {
  editing: new Lazy(() => import('../components/compare/EditingSwitch.svelte')),
  // Its note on identical figures is in enLater.ts (compareSame.ts), off the first load.
  panel: withStrings(() => import('../components/compare/ComparePanel.svelte')),
  bar: new Lazy(() => import('../components/compare/CompareBar.svelte')),
  stages: new Lazy(() => import('../components/compare/CompareStages.svelte')),
  histogram: withStrings(() => import('../components/compare/CompareHistogram.svelte')),
};
/** The share dialog, when its button is pressed; its strings come with it (en/share.ts). */
export const share = withStrings(() => import('../components/share/ShareDialog.svelte'));
/** The calibration view (the model against real measurements), when its button is pressed. */
export const calibration = withStrings(
  () => import('../components/calibration/CalibrationSection.svelte'),
);
/** Phones' bar that keeps the answer in view: needed only once a control changes, so it comes
 * with the controls. */
export const sticky = withStrings(() => import('../components/results/StickyAnswer.svelte'));
/** The parameters (forty controls, presets and their help): fetched as soon as the page has
 * mounted, so the headline and the chain are not waiting for them (issue 16: first load). */
export const controls = withStrings(() => import('../components/controls/ControlsPanel.svelte'));

/**
 * Fetches `parts` once the page is idle, one part per task: each mounts on its own rather than
 * all in one long task. Returns a function that cancels what has not started.
 */
export function loadInTurn(parts: Lazy<Component<never>>[]): () => void {
  let cancelNext = (): void => {};
  const loadFrom = (i: number): void => {
    if (i < parts.length)
      void parts[i].load().then(() => (cancelNext = nextTask(() => loadFrom(i + 1))));
  };
  const cancelIdle = whenIdle(() => loadFrom(0));
  return () => {
    cancelIdle();
    cancelNext();
  };
}
