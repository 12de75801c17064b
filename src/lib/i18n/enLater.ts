/**
 * The English strings that come with their panels (enFirst.ts has the first screen's): the bcrypt
 * lab's, the sweep's, the presets', the results cards' and the real-cluster card's (issue 16).
 */
import { bcrypt } from './en/bcrypt.ts';
import { controlsHelp } from './en/controlsHelp.ts';
import { sweep } from './en/sweep.ts';
import { presets } from './en/presets.ts';
import { resultsCards } from './en/resultsCards.ts';
import { realCluster } from './en/realCluster.ts';
import { calibration } from './en/calibration.ts';
import { fit } from './en/fit.ts';

export const enLater = {
  ...controlsHelp,
  ...bcrypt,
  ...sweep,
  ...presets,
  ...resultsCards,
  ...realCluster,
  ...calibration,
  ...fit,
} as const;
