/**
 * The English strings that come with their panels (enFirst.ts has the first screen's): the bcrypt
 * lab's, the sweep's, the presets', the results cards', the real-cluster card's and the share
 * dialog's (issue 16), the comparison panel's note on identical figures, and the bottleneck
 * card's full account (limiterCard.ts; the chain's one line stays in limiter.ts).
 */
import { bcrypt } from './en/bcrypt.ts';
import { controlsHelp } from './en/controlsHelp.ts';
import { sweep } from './en/sweep.ts';
import { presets } from './en/presets.ts';
import { resultsCards } from './en/resultsCards.ts';
import { realCluster } from './en/realCluster.ts';
import { calibration } from './en/calibration.ts';
import { fit } from './en/fit.ts';
import { share } from './en/share.ts';
import { compareSame } from './en/compareSame.ts';
import { limiterCard } from './en/limiterCard.ts';

export const enLater = {
  ...controlsHelp,
  ...bcrypt,
  ...sweep,
  ...presets,
  ...resultsCards,
  ...realCluster,
  ...calibration,
  ...fit,
  ...share,
  ...compareSame,
  ...limiterCard,
} as const;
