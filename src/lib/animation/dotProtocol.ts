/**
 * What the page and the dots worker (dots.worker.ts) say to each other, and the one formula they
 * share. The page's AnimationDriver stays the clock: it ticks a few times a second (enough for
 * the time readout and the queue bars) and sends the worker its time, speed and window; between
 * two messages the worker carries the time on at the same speed from its own frames, so the dots
 * move at the screen's frame rate without the main thread doing anything per frame (issue 16).
 */
import type { SimWindow } from './simClock.ts';
import type { DotColours } from './dotRenderer.ts';
import type { ChainLayout } from './chainLayout.ts';
import type { PackedJourneys } from '../../../workers/contract/journeyWire.ts';

export type ToDots =
  /** The page's canvas, transferred (transferControlToOffscreen). */
  | { type: 'init'; canvas: OffscreenCanvas }
  /** The journeys packed (journeyWire.ts): one block of memory to copy, not ~20,000 objects. */
  | {
      type: 'scene';
      journeys: PackedJourneys;
      layout: ChainLayout;
      followId: number | null;
      pixelRatio: number;
    }
  /** Sent when the theme changes (reading them on the page costs a style recalculation). */
  | { type: 'colours'; colours: DotColours }
  /**
   * The driver's time `t` at the moment of sending; `running` says whether it moves on from there
   * (playing, visible, on screen) at `speed` simulated ms per wall ms, looping over `window`.
   */
  | { type: 'time'; t: number; running: boolean; speed: number; window: SimWindow };

/** How many dots the last frame drew (tests read it; sent a few times a second at most). */
export type FromDots = { type: 'drawn'; count: number; t: number };

/**
 * The simulated time `elapsedMs` of wall time after the driver said `t`: t + elapsed × speed,
 * looping over the window like SimClock. Elapsed time counts up to `capMs` only: if the page
 * stops sending (a blocked main thread), the dots stop soon after rather than run on alone.
 */
export function extrapolate(
  t: number,
  speed: number,
  window: SimWindow,
  elapsedMs: number,
  capMs: number,
): number {
  const { fromMs, toMs } = window;
  const span = toMs - fromMs;
  if (!(span > 0)) return fromMs;
  const ahead = t + Math.min(Math.max(0, elapsedMs), capMs) * speed;
  const offset = (ahead - fromMs) % span;
  return fromMs + (offset < 0 ? offset + span : offset);
}
