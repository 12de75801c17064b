import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fitFigure } from '../../../src/lib/animation/embedFit.ts';
import { createChainLayout } from '../../../src/lib/animation/chainLayout.ts';

const EPS = 1e-9;

describe('fitting the embedded chain into its frame', () => {
  test('the figure never overflows the frame, and fills its width or its height', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 4000 }), (w, h) => {
        const H = createChainLayout(0, 3, false, { dense: true }).height;
        const fit = fitFigure(w, h, H, 280);
        const drawnW = fit.width * fit.scale;
        const drawnH = H * fit.scale;
        expect(drawnW).toBeLessThanOrEqual(w + EPS);
        expect(drawnH).toBeLessThanOrEqual(h + EPS);
        expect(fit.scale).toBeLessThanOrEqual(1);
        const fillsWidth = Math.abs(drawnW - w) < 1e-6;
        const fillsHeight = Math.abs(drawnH - h) < 1e-6;
        const lifeSize = fit.scale === 1 && fit.width >= w - EPS;
        expect(fillsWidth || fillsHeight || lifeSize).toBe(true);
      }),
    );
  });

  test('a dense layout is as tall at any width, so choosing the width alone fills a frame', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom(1, 3, 5, 7),
        fc.boolean(),
        (w, m, l) => {
          const dense = (width: number) => createChainLayout(width, m, l, { dense: true });
          expect(dense(w).height).toBe(dense(960).height);
          expect(dense(w).compact).toBe(false);
          expect(dense(w).rows.every((r) => r.stepLines.length === 0)).toBe(true);
        },
      ),
    );
  });

  test('960 × 470 draws a three-member chain at full size; 480 × 290 at about six tenths', () => {
    const H = createChainLayout(960, 3, false, { dense: true }).height;
    expect(fitFigure(960, 470, H, 280)).toEqual({ width: 960, scale: 1 });
    const small = fitFigure(480, 290, H, 280);
    expect(small.scale).toBeCloseTo(290 / H, 9);
    expect(small.width * small.scale).toBeCloseTo(480, 9);
  });

  test('a frame with no size yet (before layout) gives a figure at life size', () => {
    expect(fitFigure(0, 0, 468, 280)).toEqual({ width: 280, scale: 1 });
  });
});
