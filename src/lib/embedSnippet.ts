/**
 * The <iframe> snippet a trainer pastes into a course page. Attribute values are escaped, so any
 * title (quotes, <, &) and any address stay inside their attribute.
 */

import type { EmbedView } from './viewState.ts';

/** The smallest frame the embedded figures are drawn for, px. */
export const MIN_FRAME = { width: 320, height: 240 } as const;
/**
 * The smallest frame in which a figure's smallest words are drawn at 9 px or more, px. A figure
 * fits any frame from MIN_FRAME, but it is scaled down to fit: measured in Chromium (embed.e2e.ts
 * holds these sizes to it), the chain's labels were 4.4 px at 320 × 240 and 9.8 px at 320 × 480
 * (its dense layout is about 480 px tall and is never drawn larger than life), but at 320 × 480
 * its three lanes were 10 px wide and their "member 0/1/2" overlapped, in English still at
 * 400 × 480: from 480 × 480 no word overlaps another (embed.e2e.ts checks that too). The
 * results' were 7.7 px at 320 × 240 and 9.9 px at 480 × 320. The tour draws two chains, A and B:
 * side by side under the step in a frame narrower than 720 px (6.8 px even at 375 × 900, 2.4 px
 * at 600 × 400), one above the other beside it from 720 px, 9.9 px at 960 × 1000.
 */
export const READABLE_FRAME: Record<EmbedView, { width: number; height: number }> = {
  chain: { width: 480, height: 480 },
  results: { width: 480, height: 320 },
  tour: { width: 720, height: 1000 },
};
/** Larger than any screen; keeps a typo from asking for a 10⁹-pixel frame. */
export const MAX_FRAME = 4000;

export interface FrameOptions {
  src: string;
  title: string;
  width: number;
  height: number;
}

/** A frame side as typed: an integer within MIN..MAX_FRAME (NaN and blanks become the minimum). */
export function frameSide(value: number, min: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(MAX_FRAME, Math.max(min, Math.round(value)));
}

export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

export function iframeSnippet(o: FrameOptions): string {
  const width = frameSide(o.width, MIN_FRAME.width);
  const height = frameSide(o.height, MIN_FRAME.height);
  return (
    `<iframe src="${escapeAttribute(o.src)}" title="${escapeAttribute(o.title)}" ` +
    `width="${width}" height="${height}" style="border: 0; max-width: 100%" loading="lazy"></iframe>`
  );
}
