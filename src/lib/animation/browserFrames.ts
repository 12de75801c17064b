/**
 * The browser's frames for the animation driver: the only use of requestAnimationFrame in the
 * page. Kept apart from driver.svelte.ts so the driver's tests type-check without the DOM library.
 *
 * Two kinds: every screen frame, when the page draws the dots itself; or a few readouts a second,
 * when the dots worker draws them (dots.worker.ts) and the page only shows the time and the queue
 * bars — which change the page's layout, so a few times a second is what a reader can follow.
 */
import type { FrameScheduler } from './driver.svelte.ts';

export const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  wallNow: () => performance.now(),
};

/** Driver ticks while the worker draws, ms apart (8 a second). */
export const READOUT_MS = 125;

export const readoutFrames: FrameScheduler = {
  request: (callback) => window.setTimeout(() => callback(performance.now()), READOUT_MS),
  cancel: (handle) => window.clearTimeout(handle),
  wallNow: () => performance.now(),
};

/**
 * Whether the dots can be drawn off the main thread: a canvas can hand itself to a worker
 * (OffscreenCanvas; Chromium, Firefox ≥ 105, Safari ≥ 16.4). Otherwise the page draws them.
 */
export function offscreenDots(): boolean {
  return (
    typeof Worker === 'function' &&
    typeof OffscreenCanvas === 'function' &&
    typeof HTMLCanvasElement === 'function' &&
    'transferControlToOffscreen' in HTMLCanvasElement.prototype
  );
}

/**
 * The frames and the longest step one frame may take, for a chain's driver: readouts with the
 * worker (a readout is ~125 ms, so steps up to 4 of them count in full), screen frames without.
 */
export function chainFrames(): { frames: FrameScheduler; maxFrameMs?: number } {
  return offscreenDots()
    ? { frames: readoutFrames, maxFrameMs: 4 * READOUT_MS }
    : { frames: browserFrames };
}
