/**
 * What a tour step's words claim beyond its placeholders holds in the model's runs of that step.
 */
import { describe, expect, test } from 'vitest';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';
import { stageMeanMs } from '../../../src/lib/tour/tourNumbers.ts';
import { stepScenarios } from '../../../src/lib/tour/tourScenario.ts';
import { runInProcess } from '../../../workers/api.ts';

describe('the apply-wait step', () => {
  test('under writes the ReadIndex round is longer still than apply wait, waiting for raft loops busy with the WAL', async () => {
    const step = LECTURE_TOUR.steps.find((s) => s.id === 'apply-wait');
    if (!step) throw new Error('no apply-wait step');
    for (const lang of ['en', 'zh'] as const)
      expect(step.text[lang].takeaway).toContain('ReadIndex');
    const { b } = stepScenarios(step.experiment);
    if (!b) throw new Error('the apply-wait step has a B');
    const r = await runInProcess(b.scenario);
    const readIndex = stageMeanMs(r, 'readIndex') ?? 0;
    expect(readIndex).toBeGreaterThan(stageMeanMs(r, 'applyWait') ?? 0);
    // The round waits in a queue (for the loops), and the loops are busy with the writes.
    const s = r.stages.find((x) => x.id === 'readIndex');
    expect(s?.queueMeanMs ?? 0).toBeGreaterThan(0.5 * readIndex);
    for (const x of r.resources.filter((x) => x.id.name === 'raftLoop'))
      expect(x.backgroundUtilisation).toBeGreaterThan(0.5);
  }, 60_000);
});
