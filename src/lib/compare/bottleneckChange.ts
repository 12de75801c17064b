/**
 * Whether what limits throughput stayed the same from A to B, for the comparison's one line
 * (ComparePanel.svelte): the same resource; or, both limited by the clients' own waits, the same
 * stage and kind of time. "waitedOn": limited by the clients in both, but waiting on something
 * else — "the same in both" beside two different reasons (ReadIndex's read loop, then its round
 * trip between members) read as a contradiction.
 */
import type { SimResult } from '../../../workers/contract/result.ts';
import { sameResource } from '../../../workers/contract/resourceId.ts';

export type BottleneckChange = 'same' | 'waitedOn' | 'moved';

export function bottleneckChange(x: SimResult, y: SimResult): BottleneckChange {
  if (!sameLimit(x, y)) return 'moved';
  if (x.bottleneck.limiter.kind !== 'clients') return 'same';
  const dx = x.bottleneck.dominant;
  const dy = y.bottleneck.dominant;
  return dx?.stage === dy?.stage && dx?.kind === dy?.kind ? 'same' : 'waitedOn';
}

/** The same resource, or (no resource) the same kind of limit. */
function sameLimit(x: SimResult, y: SimResult): boolean {
  const a = x.bottleneck.resource;
  const b = y.bottleneck.resource;
  if (a === null || b === null)
    return a === b && x.bottleneck.limiter.kind === y.bottleneck.limiter.kind;
  return sameResource(a, b);
}
