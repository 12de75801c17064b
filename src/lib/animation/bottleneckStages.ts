/**
 * Which rows of the chain a bottleneck resource belongs to, so the figure can mark them. The
 * model names the resource and the stages it serves (ResourceStat.stages); this only decides
 * which of them to mark.
 */
import type { ResourceStat, SimResult } from '../../../workers/contract/result.ts';
import type { StageId } from '../../../workers/contract/stages.ts';
import { sameResource } from '../../../workers/contract/resourceId.ts';

export function bottleneckResource(result: SimResult): ResourceStat | null {
  const named = result.bottleneck.resource;
  if (named === null) return null;
  return result.resources.find((r) => sameResource(r.id, named)) ?? null;
}

/**
 * The share the chain's bottleneck badge prints: how busy the requests keep the resource, of the
 * time background work leaves them (readUtilisation) — the figure the note under the chain and
 * the limiter card give. Its total utilisation (background work counted) printed 80.5 % on the
 * badge above a note saying 79.1 % on a run with writes.
 */
export function badgeShare(stat: ResourceStat): number {
  return stat.readUtilisation;
}

/**
 * The rows to mark for a resource: the stages the model says it serves. A member's CPU serves
 * nearly every stage, so for it only its host is marked (an outline, not a wall of markers).
 */
export function stagesOfResource(stat: ResourceStat): StageId[] {
  if (stat.id.kind === 'cpu' && stat.id.host !== 'client') return [];
  return stat.stages;
}

/**
 * The stage that holds most of a request's time, when what limits throughput is not a resource
 * (the clients waiting for their own requests, or the --rate cap): the chain marks that row.
 */
export function timeStage(result: SimResult): StageId | null {
  const b = result.bottleneck;
  if (b.limiter.kind === 'resource' || b.limiter.kind === 'none') return null;
  return b.dominant?.stage ?? null;
}
