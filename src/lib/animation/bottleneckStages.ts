/**
 * Which rows of the chain a bottleneck resource belongs to, so the figure can mark them. The
 * model names the resource (`member0.cpu`, `client.nic`, `member1.lock.batchTx`); this only maps
 * names to the stages that use them (MODEL.md §1–2). A CPU is used by nearly every stage, so only
 * its host is marked.
 */
import type { ResourceStat, SimResult } from '../../../workers/model/result.ts';
import type { StageId } from '../../../workers/model/stages.ts';

/** The part of a resource id after `<host>.<kind>.`: a lock's or loop's name, if any. */
export function resourceName(stat: ResourceStat): string | null {
  const parts = stat.id.split('.');
  const k = parts.indexOf(stat.kind);
  const rest = k >= 0 ? parts.slice(k + 1) : parts.slice(2);
  return rest.length > 0 ? rest.join('.') : null;
}

export function bottleneckResource(result: SimResult): ResourceStat | null {
  return result.resources.find((r) => r.id === result.bottleneck.resourceId) ?? null;
}

const BY_NAME: [RegExp, StageId[]][] = [
  [/batch/i, ['authenticate', 'rbac', 'boltdb']],
  [/readtx|backend|bolt/i, ['boltdb']],
  [/tree|index(?!.*read)/i, ['treeIndex']],
  [/token|auth/i, ['token', 'authenticate']],
  [/readindex|linearizable|read/i, ['readIndex']],
  [/apply/i, ['applyWait']],
];

export function stagesOfResource(stat: ResourceStat): StageId[] {
  switch (stat.kind) {
    case 'nic':
      return stat.host === 'client' ? ['client', 'response'] : ['network', 'response'];
    case 'disk':
      return ['applyWait'];
    case 'cpu':
      return stat.host === 'client' ? ['client'] : [];
    case 'lock':
    case 'loop': {
      const name = resourceName(stat) ?? '';
      return BY_NAME.find(([re]) => re.test(name))?.[1] ?? [];
    }
  }
}
