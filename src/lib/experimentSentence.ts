/**
 * The experiment on screen in one plain sentence, so nobody has to ask which experiment a number
 * belongs to: "1,000 clients read 1 key of 256 B each, linearizable, from 3 members …".
 * Built from the Scenario alone, in the reader's language; formatting only.
 */
import type { Scenario } from '../../workers/contract/scenario.ts';
import { bytesText, count, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';
import { choiceLabel } from './paramText.ts';

export function experimentSentence(t: Translate, lang: Locale, s: Scenario): string {
  const what =
    s.request === 'authenticate'
      ? t('experiment.authenticate', { version: s.etcdVersion })
      : t('experiment.range', {
          keys: count(s.keysPerRange, lang),
          size: bytesText(s.valueBytes, lang),
          mode: t(`experiment.mode.${s.readMode}`),
        });
  const cluster = t(s.learner ? 'experiment.membersLearner' : 'experiment.members', {
    members: count(s.members, lang),
    endpoints: count(s.endpoints, lang),
  });
  const parts = [
    t('experiment.clients', {
      clients: count(s.clients, lang),
      conns: count(s.conns, lang),
      what,
    }),
    cluster,
    s.auth === 'none'
      ? t('experiment.noAuth')
      : t('experiment.auth', { auth: choiceLabel(t, 'auth', s.auth) }),
    s.writeQps > 0
      ? t('experiment.writes', {
          qps: count(s.writeQps, lang),
          size: bytesText(s.writeValueBytes, lang),
        })
      : t('experiment.noWrites'),
  ];
  if (s.rate > 0) parts.push(t('experiment.rate', { rate: count(s.rate, lang) }));
  return t('experiment.sentence', {
    parts: parts.join(t('experiment.joiner')),
    total: count(s.total, lang),
  });
}
