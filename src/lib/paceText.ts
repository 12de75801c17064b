/**
 * How throughput moved over the run (workers/contract/pace.ts), in the reader's language, for the
 * card that says what limits throughput; null when the first and the ninth tenth are alike (or
 * the run is too short to say). report/bottleneck.ts words the same figures for the command line.
 */
import type { SimResult } from '../../workers/contract/result.ts';
import { paceChange, paceKind } from '../../workers/contract/pace.ts';
import { rate, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';

const KEYS = {
  rising: 'results.pace.rising',
  risingShared: 'results.pace.risingShared',
  falling: 'results.pace.falling',
} as const;

export function paceText(t: Translate, lang: Locale, result: SimResult): string | null {
  const p = paceChange(result.pace, result.scenario.clients);
  if (p === null) return null;
  return t(KEYS[paceKind(p, result.scenario)], {
    first: rate(p.firstRps, lang),
    later: rate(p.laterRps, lang),
  });
}
