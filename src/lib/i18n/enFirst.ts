/**
 * The English strings of the first screen and of the panels that load soon after it; en.ts has
 * them all. The bcrypt lab's, the sweep's, the presets', the results cards' and the real-cluster
 * card's strings come with those panels (enLater.ts, loaded by loadLaterStrings in i18n.svelte.ts),
 * keeping them out of the first load (issue 16).
 */
import { core } from './en/core.ts';
import { controls } from './en/controls.ts';
import { results } from './en/results.ts';
import { chain } from './en/chain.ts';
import { compare } from './en/compare.ts';
import { trainers } from './en/trainers.ts';
import { tour } from './en/tour.ts';
import { limiter } from './en/limiter.ts';

export const enFirst = {
  ...core,
  ...controls,
  ...results,
  ...chain,
  ...compare,
  ...trainers,
  ...tour,
  ...limiter,
} as const;
