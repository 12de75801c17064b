/**
 * The browser's frames for the animation driver: the only use of requestAnimationFrame in the app.
 * Kept apart from driver.svelte.ts so the driver's tests type-check without the DOM library.
 */
import type { FrameScheduler } from './driver.svelte.ts';

export const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};
