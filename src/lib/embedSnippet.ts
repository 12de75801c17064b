/**
 * The <iframe> snippet a trainer pastes into a course page. Attribute values are escaped, so any
 * title (quotes, <, &) and any address stay inside their attribute.
 */

/** The smallest frame the embedded figures are drawn for, px. */
export const MIN_FRAME = { width: 320, height: 240 } as const;
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
