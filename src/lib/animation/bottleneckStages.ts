/**
 * Which rows of the chain a bottleneck resource belongs to, so the figure can mark them. The
 * model names the resource and the stages it serves (ResourceStat.stages); this only decides
 * which of them to mark.
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

/**
 * The rows to mark for a resource: the stages the model says it serves. A member's CPU serves
 * nearly every stage, so for it only its host is marked (an outline, not a wall of markers).
 */
export function stagesOfResource(stat: ResourceStat): StageId[] {
  if (stat.kind === 'cpu' && stat.host !== 'client') return [];
  return stat.stages;
}
