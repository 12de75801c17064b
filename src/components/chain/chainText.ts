/**
 * Words for the chain, through i18n: mean counts, member names, stage names. Durations,
 * percentages and resource names come from the same functions the results use (lib/format.ts,
 * lib/resourceName.ts), so one value reads the same everywhere on the page.
 */
import type { Scenario } from '../../../workers/contract/scenario.ts';
import type { StageId } from '../../../workers/contract/stages.ts';
import { roleOf } from '../../lib/animation/chainLayout.ts';
import { i18n } from '../../lib/i18n/i18n.svelte.ts';

/** A mean count of requests: 0, <0.1, 2.4, 37, 1,250. */
export function formatCount(v: number): string {
  if (v === 0) return '0';
  if (v < 0.1) return '<0.1';
  return i18n.num(v, v < 10 ? 1 : 0);
}

export function stageName(id: StageId): string {
  return i18n.t(`chain.stage.${id}`);
}

/** "leader 0", "follower 2", "learner 3": role and index, as the lanes are headed. */
export function memberShort(member: number, scenario: Scenario): string {
  return i18n.t('chain.memberShort', {
    role: i18n.t(`chain.role.${roleOf(member, scenario.members)}`),
    n: member,
  });
}
