/**
 * A resource of the result in words: whose it is (client, member n, the leader, the learner) and
 * what it is (CPU, NIC, disk, a lock, a loop), with its name on its host for the specific lock or
 * loop. Members keep the model's numbers, as the command line prints them; which one leads comes
 * from the result, never from the number.
 */
import type { ResourceHost, ResourceStat, SimResult } from '../../workers/contract/result.ts';
import type { MessageKey } from './i18n/en.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** What naming a host needs of a result: its scenario (how many voters) and which member led. */
export type Cluster = Pick<SimResult, 'leader' | 'scenario'>;

export function hostName(t: Translate, host: ResourceHost, cluster: Cluster): string {
  if (host === 'client') return t('results.host.client');
  if (host === 'machine') return t('results.host.machine');
  if (host === cluster.leader) return t('results.host.leader', { n: host });
  if (host >= cluster.scenario.members) return t('results.host.learner');
  return t('results.host.member', { n: host });
}

/** "Member 1 (leader) CPU". Locks and loops also carry their name (which lock, which loop). */
export function resourceName(t: Translate, r: ResourceStat, cluster: Cluster): string {
  return t('results.resourceOf', {
    host: hostName(t, r.id.host, cluster),
    what: t(`results.kind.${r.id.kind}`),
  });
}

/** The resource's name on its host: "lock.batchTx", "nic.rx", "cpu". */
export function resourceDetail(r: ResourceStat): string {
  return r.id.name;
}

/**
 * The resource as sentences name it: its host and its own name, which says which lock, loop or
 * NIC direction it is ("Member 0 (leader) BatchTx lock", "Client NIC (receiving)").
 */
export function resourceLabel(t: Translate, r: Pick<ResourceStat, 'id'>, cluster: Cluster): string {
  return t('results.resourceOf', {
    host: hostName(t, r.id.host, cluster),
    what: t(`results.rname.${r.id.name}`),
  });
}
