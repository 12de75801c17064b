/** 简体中文, assembled like en.ts; each module is typed against its English twin. */
import type { Messages } from './en.ts';
import { core } from './zh/core.ts';
import { controls } from './zh/controls.ts';
import { controlsHelp } from './zh/controlsHelp.ts';
import { results } from './zh/results.ts';
import { chain } from './zh/chain.ts';
import { bcrypt } from './zh/bcrypt.ts';
import { compare } from './zh/compare.ts';
import { sweep } from './zh/sweep.ts';
import { trainers } from './zh/trainers.ts';
import { calibration } from './zh/calibration.ts';
import { fit } from './zh/fit.ts';
import { tour } from './zh/tour.ts';
import { limiter } from './zh/limiter.ts';
import { presets } from './zh/presets.ts';
import { resultsCards } from './zh/resultsCards.ts';
import { realCluster } from './zh/realCluster.ts';
import { share } from './zh/share.ts';
import { compareSame } from './zh/compareSame.ts';
import { limiterCard } from './zh/limiterCard.ts';

export const zh: Messages = {
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
};
