/**
 * The bottleneck in one line under the chain, and a kind of time in words: the part of the
 * bottleneck analysis (result.bottleneck) the first screen shows. The full account is
 * limiterText.ts, which comes with the panels below (issue 16: first load).
 */
import type { SimResult } from '../../workers/contract/result.ts';
import type { StageId } from '../../workers/contract/stages.ts';
import type { TimeKind } from '../../workers/contract/timeKinds.ts';
import { phraseKey } from '../../report/timeWords.ts';
import { count, percent, rate, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';
import { resourceLabel } from './resourceName.ts';

/** A kind of time in words, as specific as the stage allows. */
export function kindWords(t: Translate, stage: StageId, kind: TimeKind): string {
  const key = phraseKey(stage, kind);
  return key === null ? t(`limiter.kind.${kind}`) : t(`limiter.phrase.${key}`);
}

/** One line for under the chain. */
export function limiterNote(t: Translate, lang: Locale, result: SimResult): string {
  const b = result.bottleneck;
  const l = b.limiter;
  switch (l.kind) {
    case 'none':
      return t('limiter.note.none');
    case 'rate':
      return t('limiter.note.rate', { rate: rate(l.rate, lang) });
    case 'resource':
      return t('limiter.note.resource', {
        resource: resourceLabel(t, { id: l.resource }, result),
        util: percent(l.readUtilisation, lang),
        bound: rate(l.boundRps, lang),
      });
    case 'clients':
      return t('limiter.note.clients', {
        clients: count(l.clients, lang),
        stage: b.dominant ? t(`results.stage.${b.dominant.stage}`) : '—',
        kind: b.dominant ? kindWords(t, b.dominant.stage, b.dominant.kind) : '—',
      });
  }
}
