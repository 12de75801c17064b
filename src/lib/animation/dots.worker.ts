/**
 * The dots worker: draws the chain's request dots on the page's canvas, handed over as an
 * OffscreenCanvas, at the screen's frame rate — off the main thread (issue 16). The page sends the
 * scene when it changes and the driver's time a few times a second (dotProtocol.ts); DotPainter
 * carries the time on between messages. Started by src/lib/workers.ts, stopped with its canvas.
 */
import { DotRenderer } from './dotRenderer.ts';
import { DotPainter } from './dotPainter.ts';
import { unpackJourneys } from '../../../workers/contract/journeyWire.ts';
import type { FromDots, ToDots } from './dotProtocol.ts';
import type { FrameScheduler } from './driver.svelte.ts';

/** The worker's global scope, as far as this file needs it (src is typed with the DOM's). */
interface DotsScope {
  onmessage: ((e: MessageEvent<ToDots>) => void) | null;
  postMessage(message: FromDots): void;
  requestAnimationFrame?: (callback: (wallMs: number) => void) => number;
  cancelAnimationFrame?: (handle: number) => void;
}

const scope = globalThis as unknown as DotsScope;

/** The worker's own frames (Chromium and Firefox give dedicated workers rAF); else ~60 Hz. */
const frames: FrameScheduler =
  typeof scope.requestAnimationFrame === 'function' &&
  typeof scope.cancelAnimationFrame === 'function'
    ? {
        request: (cb) =>
          (scope.requestAnimationFrame as NonNullable<DotsScope['requestAnimationFrame']>)(cb),
        cancel: (h) =>
          (scope.cancelAnimationFrame as NonNullable<DotsScope['cancelAnimationFrame']>)(h),
      }
    : {
        request: (cb) => setTimeout(() => cb(performance.now()), 16) as unknown as number,
        cancel: (h) => clearTimeout(h),
      };

let renderer: DotRenderer | null = null;
const painter = new DotPainter(
  (t) => renderer?.draw(t) ?? 0,
  frames,
  () => performance.now(),
  (count, t) => scope.postMessage({ type: 'drawn', count, t }),
);

scope.onmessage = (e) => {
  const m = e.data;
  switch (m.type) {
    case 'init':
      renderer = new DotRenderer(m.canvas);
      break;
    case 'scene':
      renderer?.setScene(
        { journeys: unpackJourneys(m.journeys), layout: m.layout, followId: m.followId },
        m.pixelRatio,
      );
      painter.redraw();
      break;
    case 'colours':
      renderer?.setColours(m.colours);
      painter.redraw();
      break;
    case 'time':
      painter.time(m);
      break;
  }
};
