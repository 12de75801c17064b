/**
 * The dots' colours, read on the page from the chain's CSS custom properties (they follow the
 * light/dark theme) and handed to whichever renderer draws (dotRenderer.ts, on the page or in the
 * dots worker). Apart from the renderer so the first load does not carry it (issue 16).
 */
export interface DotColours {
  lock: string;
  queue: string;
  flight: string;
  service: string;
  error: string;
  /** Outline of the followed request's dot. */
  outline: string;
}

/** The dot colours from CSS custom properties on `el` (they follow the light/dark theme). */
export function readDotColours(el: Element): DotColours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    lock: v('--chain-lock', '#cc79a7'),
    queue: v('--chain-queue', '#e69f00'),
    flight: v('--chain-flight', '#009e73'),
    service: v('--chain-service', '#0072b2'),
    error: v('--chain-error', '#d55e00'),
    outline: v('--text', '#1d1d1f'),
  };
}
