/**
 * The comparison's line on what limits throughput must not call two different limits the same:
 * the tour's ReadIndex step said "the same in both" beside "waiting for the read loop" (A) and
 * "in the ReadIndex round trip between members" (B).
 */
import { describe, expect, test } from 'vitest';
import { bottleneckChange } from '../../../src/lib/compare/bottleneckChange.ts';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';
import { stepScenarios } from '../../../src/lib/tour/tourScenario.ts';
import { runInProcess, type SimResult } from '../../../workers/api.ts';

async function runs(id: string): Promise<[SimResult, SimResult]> {
  const step = LECTURE_TOUR.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no tour step ${id}`);
  const { a, b } = stepScenarios(step.experiment);
  if (!b) throw new Error(`tour step ${id} has no B`);
  return [await runInProcess(a.scenario), await runInProcess(b.scenario)];
}

describe('what limits throughput, A against B', () => {
  test('clients limited in both, waiting on different things: said so, not "the same"', async () => {
    const [ra, rb] = await runs('readindex-rtt');
    expect(ra.bottleneck.limiter.kind).toBe('clients');
    expect(rb.bottleneck.limiter.kind).toBe('clients');
    expect(ra.bottleneck.dominant?.kind).not.toBe(rb.bottleneck.dominant?.kind);
    expect(bottleneckChange(ra, rb)).toBe('waitedOn');
    // Each against itself is the same, whatever limits it.
    for (const r of [ra, rb]) expect(bottleneckChange(r, r)).toBe('same');
  }, 60_000);

  test('a different saturated resource (the lock, then the CPU): it moved', async () => {
    const [ra, rb] = await runs('authenticate-lock');
    expect(ra.bottleneck.resource?.kind).toBe('lock');
    expect(rb.bottleneck.resource?.kind).toBe('cpu');
    expect(bottleneckChange(ra, rb)).toBe('moved');
  }, 60_000);
});
