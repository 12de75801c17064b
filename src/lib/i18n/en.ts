/**
 * English strings, assembled from one module per area of the screen. The key set defined here is
 * the contract every other language must fill (zh.ts is typed against it).
 */
import { core } from './en/core.ts';
import { controls } from './en/controls.ts';
import { controlsHelp } from './en/controlsHelp.ts';
import { results } from './en/results.ts';
import { chain } from './en/chain.ts';
import { bcrypt } from './en/bcrypt.ts';
import { compare } from './en/compare.ts';
import { sweep } from './en/sweep.ts';
import { trainers } from './en/trainers.ts';
import { calibration } from './en/calibration.ts';
import { fit } from './en/fit.ts';
import { tour } from './en/tour.ts';
import { limiter } from './en/limiter.ts';
import { presets } from './en/presets.ts';
import { resultsCards } from './en/resultsCards.ts';
import { realCluster } from './en/realCluster.ts';
import { share } from './en/share.ts';
import { compareSame } from './en/compareSame.ts';
import { limiterCard } from './en/limiterCard.ts';

export const en = {
  ...core,
  ...controls,
  ...controlsHelp,
  ...results,
  ...chain,
  ...bcrypt,
  ...compare,
  ...sweep,
  ...trainers,
  ...calibration,
  ...fit,
  ...tour,
  ...limiter,
  ...presets,
  ...resultsCards,
  ...realCluster,
  ...share,
  ...compareSame,
  ...limiterCard,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
