import { describe, expect, test } from 'vitest';
import { placeMarkerLabels } from '../../../src/lib/markerLabels.ts';

/** Left and right edge of each label, px, as the histogram prints it (3 px from its line). */
function spans(pxs: number[], rightEdge: number, labelPx: number): [number, number][] {
  return placeMarkerLabels(pxs, rightEdge, labelPx).map((m) =>
    m.end ? [m.px - 3 - labelPx, m.px - 3] : [m.px + 3, m.px + 3 + labelPx],
  );
}

describe('percentile marker labels', () => {
  test('keep the lines’ order near the right edge (the phone histogram: p50 294 px, p99 302 px)', () => {
    // 375 px phone, the default experiment: the plot ends at 332 px; p50 5.06 ms and p99 5.52 ms
    // are 8 px apart, p50 just far enough from the edge to start right, p99 not.
    const [p50, p99] = spans([294, 302], 332, 34);
    expect(p50[0]).toBeLessThan(p99[0]);
    expect(p50[1]).toBeLessThan(p99[1]);
  });

  test('close markers stack in rows; far ones share the top row', () => {
    expect(placeMarkerLabels([100, 110], 600, 34).map((m) => m.row)).toEqual([0, 1]);
    expect(placeMarkerLabels([100, 300], 600, 34).map((m) => m.row)).toEqual([0, 0]);
  });

  test('labels start at their line away from the edge; only the one near it turns left', () => {
    expect(placeMarkerLabels([100, 110], 600, 34).map((m) => m.end)).toEqual([false, false]);
    expect(placeMarkerLabels([100, 590], 600, 34).map((m) => m.end)).toEqual([false, true]);
  });
});
