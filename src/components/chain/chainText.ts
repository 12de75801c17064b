/**
 * Words and numbers for the chain, through i18n: durations with a unit that suits their size,
 * member names, stage names, the bottleneck in plain words. Only formatting: every number comes
 * from the SimResult as it is.
 */
import type { ResourceStat } from '../../../workers/model/result.ts';
import type { Scenario } from '../../../workers/model/scenario.ts';
import type { StageId } from '../../../workers/model/stages.ts';
import { resourceName } from '../../lib/animation/bottleneckStages.ts';
import { roleOf } from '../../lib/animation/chainLayout.ts';
import { i18n } from '../../lib/i18n/i18n.svelte.ts';

/** Three significant digits at most: 75 µs, 1.23 ms, 12.3 ms, 850 ms, 2.5 s. */
export function formatMs(ms: number): string {
  const abs = Math.abs(ms);
  const digits = (v: number) => (v >= 100 ? 0 : v >= 10 ? 1 : 2);
  if (abs >= 1000) return i18n.t('chain.unit.s', { v: i18n.num(ms / 1000, digits(abs / 1000)) });
  if (abs >= 1 || abs === 0) return i18n.t('chain.unit.ms', { v: i18n.num(ms, digits(abs)) });
  const us = ms * 1000;
  return i18n.t('chain.unit.us', { v: i18n.num(us, digits(Math.abs(us))) });
}

/** A mean count of requests: 0, <0.1, 2.4, 37, 1,250. */
export function formatCount(v: number): string {
  if (v === 0) return '0';
  if (v < 0.1) return '<0.1';
  return i18n.num(v, v < 10 ? 1 : 0);
}

export function formatPercent(fraction: number): string {
  return i18n.t('chain.percent', { v: i18n.num(fraction * 100, 0) });
}

export function stageName(id: StageId): string {
  return i18n.t(`chain.stage.${id}`);
}

/** "leader 0", "follower 2", "learner 3": role and index, as the lanes are headed. */
export function memberShort(member: number, scenario: Scenario): string {
  return `${i18n.t(`chain.role.${roleOf(member, scenario.members)}`)} ${member}`;
}

function hostWords(host: ResourceStat['host'], scenario: Scenario): string {
  if (host === 'client') return i18n.t('chain.host.client');
  return i18n.t(`chain.host.${roleOf(host, scenario.members)}`, { n: host });
}

/** The resource in plain words: "the CPUs of the leader (member 0)". */
export function resourceWords(stat: ResourceStat, scenario: Scenario): string {
  const host = hostWords(stat.host, scenario);
  const name = resourceName(stat) ?? '';
  switch (stat.kind) {
    case 'nic':
      if (name === 'tx') return i18n.t('chain.res.nic.tx', { host });
      if (name === 'rx') return i18n.t('chain.res.nic.rx', { host });
      return i18n.t('chain.res.nic', { host });
    case 'loop':
      if (/^bench/i.test(name)) return i18n.t('chain.res.benchLoop', { host });
      return i18n.t('chain.res.loop', { host, name: name.replace(/Loop$/, '') || stat.id });
    case 'lock':
      return i18n.t('chain.res.lock', { host, name: name || stat.id });
    default:
      return i18n.t(`chain.res.${stat.kind}`, { host });
  }
}
