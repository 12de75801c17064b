/**
 * Which rows of the chain a bottleneck resource belongs to, so the figure can mark them. The
 * model names the resource (`member0.cpu`, `client.nic`, `member1.lock.batchTx`); this only maps
 * names to the stages that use them (MODEL.md §1–2). A CPU is used by nearly every stage, so only
 * its host is marked.
 */
import type { ResourceStat, SimResult } from '../../../workers/model/result.ts';
import type { StageId } from '../../../workers/model/stages.ts';

/**
 * What names a resource within its host and kind: `member1.lock.batchTx` → `batchTx`,
 * `client.nic.tx` → `tx`, `member0.raftLoop` → `raftLoop`, `member0.cpu` → null.
 */
export function resourceName(stat: ResourceStat): string | null {
  const parts = stat.id.split('.').slice(1);
  if (parts[0] === stat.kind) parts.shift();
  return parts.length > 0 ? parts.join('.') : null;
}

export function bottleneckResource(result: SimResult): ResourceStat | null {
  return result.resources.find((r) => r.id === result.bottleneck.resourceId) ?? null;
}

const BY_NAME: [RegExp, StageId[]][] = [
  [/batch/i, ['authenticate', 'rbac', 'boltdb']],
  [/readtx|backend|bolt/i, ['boltdb']],
  [/tree/i, ['treeIndex']],
  [/token|auth/i, ['token', 'authenticate']],
  [/raft|readindex/i, ['readIndex']],
  [/bench/i, ['client']],
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
