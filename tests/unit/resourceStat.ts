/** A ResourceStat for tests: the id, the stages the model gives it (resourceStages), figures. */
import { resourceStages } from '../../workers/model/resourceStats.ts';
import type { ResourceId, ResourceStat } from '../../workers/contract/result.ts';

type Figures = Partial<Omit<ResourceStat, 'id' | 'stages'>>;

/** By default no background work, so the requests' utilisation is the resource's and the bound
 *  is servers ÷ demand. */
export function resourceStat(id: ResourceId, figures: Figures = {}): ResourceStat {
  const utilisation = figures.utilisation ?? 0.5;
  const demandMs = figures.demandMs ?? 0.01;
  const servers = figures.servers ?? 1;
  return {
    id,
    stages: resourceStages(id),
    utilisation,
    backgroundUtilisation: 0,
    readUtilisation: utilisation,
    demandMs,
    servers,
    boundRps: (servers / demandMs) * 1000,
    ...figures,
  };
}
