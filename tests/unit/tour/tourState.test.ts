/**
 * A step's question comes before its answer: `answered` (which uncovers the numbers) holds for
 * the step on screen only. Any move to another step, and leaving, asks again; staying does not.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { TourState } from '../../../src/lib/tour/tourState.svelte.ts';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';

type Move = { kind: 'go'; to: number } | { kind: 'next' } | { kind: 'prev' } | { kind: 'leave' };

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({ kind: fc.constant('go' as const), to: fc.integer({ min: -2, max: 14 }) }),
  fc.constant({ kind: 'next' as const }),
  fc.constant({ kind: 'prev' as const }),
  fc.constant({ kind: 'leave' as const }),
);

describe('the tour asks again on every new step', () => {
  test('answered survives exactly the moves that stay on the step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(move, { maxLength: 20 }),
        (at, moves) => {
          const tour = new TourState(LECTURE_TOUR);
          tour.go(at);
          expect(tour.answered).toBe(false);
          for (const m of moves) {
            tour.answered = true;
            const before = tour.index;
            if (m.kind === 'go') tour.go(m.to);
            else if (m.kind === 'next') tour.next();
            else if (m.kind === 'prev') tour.prev();
            else tour.leave();
            expect(tour.answered).toBe(tour.index === before);
          }
        },
      ),
    );
  });
});
