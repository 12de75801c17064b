import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createChainLayout, QUEUE_BAR_HEIGHT } from '../../../src/lib/animation/chainLayout.ts';

/** Of the 10.5 px counter text: height above the baseline (digits, ◆ ○ ▸ ●), and below it (a comma), px. */
const ASCENT = 8;
const DESCENT = 3;

describe('the queue bar and its counters', () => {
  test('stay inside their own stage row, dense (embedded) or not, at any width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom(1, 3, 5, 7),
        fc.boolean(),
        fc.boolean(),
        (w, m, l, dense) => {
          const layout = createChainLayout(w, m, l, { dense });
          for (const row of layout.rows) {
            expect(row.barY).toBeGreaterThanOrEqual(row.y0);
            expect(row.countY[0] - ASCENT).toBeGreaterThanOrEqual(row.barY + QUEUE_BAR_HEIGHT);
            expect(row.countY[1] - ASCENT).toBeGreaterThanOrEqual(row.countY[0]);
            expect(row.countY[1] + DESCENT).toBeLessThanOrEqual(row.y1);
          }
        },
      ),
    );
  });

  test('an embedded three-member chain keeps each stage’s counters above the next stage', () => {
    const { rows } = createChainLayout(960, 3, false, { dense: true });
    for (const [i, row] of rows.entries()) {
      const next = rows[i + 1];
      if (next) expect(row.countY[1] + DESCENT).toBeLessThanOrEqual(next.y0);
    }
  });
});
