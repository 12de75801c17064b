/**
 * A refused experiment in the reader's words: what makes it too large (the simulated time its
 * reads need, and the background puts in that time) and what to change. From the model's own
 * estimate (workers/model/budget.ts); formatting only.
 */
import type { BudgetEstimate } from '../../workers/contract/budget.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';
import { bytesText, count, durationText, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';

export function budgetText(t: Translate, lang: Locale, s: Scenario, e: BudgetEstimate): string {
  const time = durationText(e.simulatedMs, lang);
  const why =
    e.timeLimitedBy === 'rate'
      ? t('budget.why.rate', { rate: count(s.rate, lang), total: count(s.total, lang), time })
      : e.timeLimitedBy === 'network'
        ? t('budget.why.network', {
            total: count(s.total, lang),
            keys: count(s.keysPerRange, lang),
            size: bytesText(s.valueBytes, lang),
            nic: String(s.nicGbps),
            time,
          })
        : t('budget.why.roundTrips', {
            total: count(s.total, lang),
            clients: count(s.clients, lang),
            time,
          });
  const writes = e.over === 'writes' ? t('budget.writes', { writes: count(e.writes, lang) }) : '';
  const fix =
    e.over === 'writes'
      ? t(e.timeLimitedBy === 'rate' ? 'budget.fix.writesRate' : 'budget.fix.writes')
      : t('budget.fix.reads');
  return t('budget.refused', {
    why,
    writes,
    events: count(e.events, lang),
    limit: count(e.limit, lang),
    fix,
  });
}
