/**
 * The dots worker's loop (dots.worker.ts), apart from the worker so it can be tested with fake
 * frames: on every frame while the driver's time runs, draw at the time carried on from the
 * driver's last message (dotProtocol.ts extrapolate); when it stops, draw once at its exact time
 * and ask for no more frames. Reports how many dots were drawn, at most every `reportMs`.
 */
import type { FrameScheduler } from './driver.svelte.ts';
import { extrapolate, type ToDots } from './dotProtocol.ts';

type Time = Extract<ToDots, { type: 'time' }>;

/** How long the dots run on without a message from the page, wall ms (a few driver ticks). */
export const CARRY_ON_MS = 500;

export class DotPainter {
  #time: Time | null = null;
  /** Wall time the last time message arrived. */
  #at = 0;
  #handle: number | null = null;
  #lastReport = -Infinity;

  constructor(
    private readonly draw: (t: number) => number,
    private readonly frames: FrameScheduler,
    private readonly clock: () => number,
    private readonly report: (count: number, t: number) => void,
    private readonly reportMs = 250,
  ) {}

  /** The driver's time arrived. */
  time(m: Time): void {
    this.#time = m;
    this.#at = this.clock();
    if (m.running) {
      this.#handle ??= this.frames.request(this.#frame);
    } else {
      if (this.#handle !== null) this.frames.cancel(this.#handle);
      this.#handle = null;
      this.#paint(m.t, true);
    }
  }

  /** The picture changed (scene, colours, size): draw the current time again. */
  redraw(): void {
    if (this.#time !== null) this.#paint(this.#now(this.clock()), true);
  }

  stop(): void {
    if (this.#handle !== null) this.frames.cancel(this.#handle);
    this.#handle = null;
    this.#time = null;
  }

  #now(wall: number): number {
    const m = this.#time;
    if (m === null) return 0;
    if (!m.running) return m.t;
    return extrapolate(m.t, m.speed, m.window, wall - this.#at, CARRY_ON_MS);
  }

  #paint(t: number, always: boolean): void {
    const count = this.draw(t);
    const wall = this.clock();
    if (always || wall - this.#lastReport >= this.reportMs) {
      this.#lastReport = wall;
      this.report(count, t);
    }
  }

  #frame = (): void => {
    this.#handle = null;
    const m = this.#time;
    if (m === null || !m.running) return;
    this.#paint(this.#now(this.clock()), false);
    this.#handle = this.frames.request(this.#frame);
  };
}
