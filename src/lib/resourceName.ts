/**
 * A resource of the result in words: whose it is (client, member n, the leader, the learner) and
 * what it is (CPU, NIC, disk, a lock, a loop), with the model's id for the specific lock or loop.
 * Members keep the model's numbers (0 is the leader), as the command line prints them.
 */
import type { ResourceStat } from '../../workers/contract/result.ts';
import type { MessageKey } from './i18n/en.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function hostName(t: Translate, host: ResourceStat['host'], members: number): string {
  if (host === 'client') return t('results.host.client');
  if (host === 0) return t('results.host.leader', { n: 0 });
  if (host >= members) return t('results.host.learner');
  return t('results.host.member', { n: host });
}

/** "Member 1 (leader) CPU". Locks and loops also carry their id (which lock, which loop). */
export function resourceName(t: Translate, r: ResourceStat, members: number): string {
  return `${hostName(t, r.host, members)} ${t(`results.kind.${r.kind}`)}`;
}

/** The id without its host: "member0.lock.batchTx" → "lock.batchTx", "client.nic.rx" → "nic.rx". */
export function resourceDetail(r: ResourceStat): string {
  return r.id.replace(/^(member\d+|client)\./, '');
}

/**
 * The resource as the results and the chain name it: resourceName, plus which lock or loop when
 * the kind alone does not say ("Member 0 (leader) lock (lock.batchTx)").
 */
export function resourceLabel(t: Translate, r: ResourceStat, members: number): string {
  const detail = resourceDetail(r);
  return resourceName(t, r, members) + (detail === r.kind ? '' : ` (${detail})`);
}
