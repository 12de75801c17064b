/**
 * How an embedded chain fills its frame. A dense chain layout has a fixed height H whatever its
 * width (chainLayout.ts), so the figure is laid out at width L and drawn at scale s:
 * s = min(1, boxHeight / H) keeps it inside the frame's height, and L = boxWidth / s makes it use
 * the whole width. Never larger than life (s ≤ 1); a frame narrower than the layout's minimum
 * width shrinks the figure further.
 */
export interface Fit {
  /** Width to lay the figure out at, px. */
  width: number;
  /** Scale it is drawn at (CSS transform), ≤ 1. */
  scale: number;
}

export function fitFigure(
  boxWidth: number,
  boxHeight: number,
  height: number,
  minWidth: number,
): Fit {
  if (!(boxWidth > 0 && boxHeight > 0 && height > 0)) return { width: minWidth, scale: 1 };
  const byHeight = Math.min(1, boxHeight / height);
  const width = Math.max(minWidth, boxWidth / byHeight);
  return { width, scale: Math.min(byHeight, boxWidth / width) };
}
