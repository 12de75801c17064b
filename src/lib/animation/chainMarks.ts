/**
 * What the chain's diagram marks for one run, whatever the animation's time: the stages no
 * request passed through, the busiest bucket's load (the bars' scale), the bottleneck resource
 * and its rows, or else the stage that holds most of the time. Shared by the lab's chain and an
 * embed's (chainPlayback.svelte.ts).
 */
import type { ResourceStat, SimResult } from '../../../workers/contract/result.ts';
import { STAGES, type StageId } from '../../../workers/contract/stages.ts';
import { bottleneckResource, stagesOfResource, timeStage } from './bottleneckStages.ts';
import { peakLoad } from './occupancyAt.ts';

export interface ChainMarks {
  skipped: Set<StageId>;
  peak: number;
  bottleneck: ResourceStat | null;
  hotStages: Set<StageId>;
  /** When no resource limits, the stage that holds most of the time is marked instead. */
  mostTime: StageId | null;
}

export function chainMarks(result: SimResult | null): ChainMarks {
  // result.stages lists only the stages some request passed through.
  const used = new Set<StageId>(result?.stages.filter((s) => s.count > 0).map((s) => s.id));
  const skipped = new Set<StageId>(STAGES.map((s) => s.id).filter((id) => !used.has(id)));
  const bottleneck = result ? bottleneckResource(result) : null;
  return {
    skipped,
    peak: result ? peakLoad(result.occupancy) : 0,
    bottleneck,
    // Only rows on this run's path: an empty row is never marked as the bottleneck's.
    hotStages: new Set<StageId>(
      bottleneck ? stagesOfResource(bottleneck).filter((id) => !skipped.has(id)) : [],
    ),
    mostTime: result ? timeStage(result) : null,
  };
}
