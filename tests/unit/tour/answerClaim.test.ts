import { describe, expect, test } from 'vitest';
import { LECTURE_EXPERIMENTS } from '../../../src/lib/tour/lectureExperiments.ts';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';
import { stepScenarios } from '../../../src/lib/tour/tourScenario.ts';
import { runInProcess } from '../../../workers/api.ts';

// The answer marked right must agree with the ratio the learner sees beside it (the A/B table's
// "B ÷ A"): step 4 marked "Hundreds of times" right beside ×179.
const claimed = LECTURE_TOUR.steps.filter(
  (s) => LECTURE_EXPERIMENTS[s.id as keyof typeof LECTURE_EXPERIMENTS]?.claim,
);

describe.each(claimed.map((s) => [s.id, s] as const))('step %s', (id, step) => {
  test('the right answer’s claim holds for the model’s run', async () => {
    const claim = LECTURE_EXPERIMENTS[id as keyof typeof LECTURE_EXPERIMENTS].claim!;
    const { a, b } = stepScenarios(step.experiment);
    const ra = await runInProcess(a.scenario);
    const rb = await runInProcess(b!.scenario);
    const r =
      claim.of === 'B/A' ? rb.summary.rps / ra.summary.rps : ra.summary.rps / rb.summary.rps;
    expect(r, `${claim.of} = ${r}`).toBeGreaterThanOrEqual(claim.atLeast);
    expect(r, `${claim.of} = ${r}`).toBeLessThan(claim.below);
  }, 60_000);
});
