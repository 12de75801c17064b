/** Test results' analysis: a resource-limited Bottleneck with consistent fields, and stage rows. */
import type { Bottleneck, ResourceId, StageStat } from '../../workers/contract/result.ts';
import type { StageId } from '../../workers/contract/stages.ts';

/** `resource` saturated by the requests, bounding at `boundRps`; the clients bound higher. */
export function resourceBottleneck(
  resource: ResourceId,
  utilisation: number,
  boundRps: number,
  populationBoundRps: number,
  servers = 8,
): Bottleneck {
  return {
    resource,
    utilisation,
    boundRps,
    tightest: resource,
    tightestBoundRps: boundRps,
    populationBoundRps,
    demandMs: 1,
    thinkMs: 0.002,
    rateBoundRps: 0,
    latencyMs: 1,
    time: { lock: 0, queue: 0.5, flight: 0.3, service: 0.2 },
    dominant: { stage: 'readIndex', ms: 0.6, kind: 'queue' },
    limiter: {
      kind: 'resource',
      resource,
      readUtilisation: utilisation,
      backgroundUtilisation: 0,
      demandMs: (servers / boundRps) * 1000,
      servers,
      boundRps,
    },
  };
}

/** A stage row whose kinds add up to its mean. */
export function stageRow(
  id: StageId,
  step: string,
  count: number,
  kinds: { lock?: number; queue?: number; flight?: number; service?: number },
): StageStat {
  const lockMeanMs = kinds.lock ?? 0;
  const queueMeanMs = kinds.queue ?? 0;
  const flightMeanMs = kinds.flight ?? 0;
  const serviceMeanMs = kinds.service ?? 0;
  const meanMs = lockMeanMs + queueMeanMs + flightMeanMs + serviceMeanMs;
  return {
    ...{ id, step, count, meanMs, p99Ms: meanMs * 3 },
    ...{ lockMeanMs, queueMeanMs, flightMeanMs, serviceMeanMs },
  };
}
