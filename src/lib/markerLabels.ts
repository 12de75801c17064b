/**
 * Where the latency histogram prints its percentile markers' labels (p50, p99). A label goes to
 * the right of its line, or to the left near the plot's right edge; a label too close to the one
 * before it goes one row down so the two do not print over each other.
 *
 * The side is chosen for a cluster of close markers together: on a phone (375 px) p50 and p99
 * of a tight run are a few px apart near the right edge, and choosing each side alone put p99's
 * label left of both lines and p50's right of both — the labels read "p99 p50", crossed.
 */
export interface MarkerLabel {
  /** Line position, px; markers come in rising order (p50 before p99). */
  px: number;
  /** Row of the label, 0 at the top. */
  row: number;
  /** The label ends at the line (printed to its left) instead of starting there. */
  end: boolean;
}

/**
 * @param pxs the markers' positions, px, rising
 * @param rightEdge the plot's right edge, px
 * @param labelPx the width a label needs, px
 */
export function placeMarkerLabels(
  pxs: readonly number[],
  rightEdge: number,
  labelPx: number,
): MarkerLabel[] {
  const placed: MarkerLabel[] = [];
  for (const px of pxs) {
    const prev = placed[placed.length - 1];
    const close = prev !== undefined && px - prev.px < labelPx;
    placed.push({ px, row: close ? prev.row + 1 : 0, end: px > rightEdge - labelPx });
  }
  // A marker whose label turns left takes the close markers before it along, so the labels
  // keep the lines' order.
  for (let i = placed.length - 1; i > 0; i--)
    if (placed[i].end && placed[i].px - placed[i - 1].px < labelPx) placed[i - 1].end = true;
  return placed;
}
