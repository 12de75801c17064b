/**
 * Which rows of the chain a bottleneck resource belongs to, so the figure can mark them. The
 * model names the resource and the stages it serves (ResourceStat.stages); this only decides
 * which of them to mark.
 */
import type { ResourceStat, SimResult } from '../../../workers/contract/result.ts';
import type { StageId } from '../../../workers/contract/stages.ts';

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
