/** A ResourceStat for tests: the id, the stages the model gives it (resourceStages), figures. */
import { resourceStages } from '../../workers/model/resourceStats.ts';
import type { ResourceId, ResourceStat } from '../../workers/contract/result.ts';

type Figures = Partial<Pick<ResourceStat, 'utilisation' | 'demandMs' | 'servers'>>;

export function resourceStat(id: ResourceId, figures: Figures = {}): ResourceStat {
  return {
    id,
    stages: resourceStages(id),
    utilisation: 0.5,
    demandMs: 0.01,
    servers: 1,
    ...figures,
  };
}
