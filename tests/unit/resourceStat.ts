/** A ResourceStat for tests, with the stages the model gives that id (resourceStages). */
import { resourceStages } from '../../workers/model/collect.ts';
import type { ResourceStat } from '../../workers/contract/result.ts';

export function resourceStat(
  id: string,
  kind: ResourceStat['kind'],
  host: ResourceStat['host'],
): ResourceStat {
  return {
    id,
    kind,
    host,
    utilisation: 0.5,
    demandMs: 0.01,
    servers: 1,
    stages: resourceStages(id),
  };
}
