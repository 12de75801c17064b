/**
 * Why a sweep point has no result, in the reader's language: refused by the run budget (the same
 * sentence the lab gives, from the estimate), its worker lost twice, or — for anything else — the
 * error's own message.
 */
import type { Scenario } from '../../../workers/contract/scenario.ts';
import { budgetText } from '../budgetText.ts';
import type { Locale } from '../format.ts';
import type { Translate } from '../i18n/i18n.svelte.ts';
import { WorkerLost } from '../worker/supervisedWorker.ts';
import { PointRefused } from './simJob.ts';

export function failureText(
  t: Translate,
  lang: Locale,
  scenario: Scenario,
  failure: { error: string; cause: unknown },
): string {
  const { cause } = failure;
  if (cause instanceof PointRefused) return budgetText(t, lang, scenario, cause.estimate);
  if (cause instanceof WorkerLost) return t('sweep.workerLost');
  return failure.error;
}
