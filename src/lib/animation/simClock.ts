/**
 * Maps wall time onto simulated time (docs/design/ARCHITECTURE.md, "Simulated time is not wall time").
 * The model ran as fast as it could; this clock replays its window at `speed` simulated ms per
 * wall ms, loops over the window, and never lets one late frame jump the picture ahead:
 * a wall gap longer than `maxFrameMs` (a hidden tab, a stalled machine) counts as `maxFrameMs`.
 *
 * Pure and synchronous — tests call `tick(wallMs)` by hand; `driver.svelte.ts` owns the timer.
 */

export interface SimWindow {
  /** First simulated ms of the loop. */
  fromMs: number;
  /** Simulated ms where the loop wraps back to `fromMs`. */
  toMs: number;
}

/** Longest wall step one frame may advance by, ms: ~6 frames at 60 Hz. */
export const MAX_FRAME_MS = 100;

export class SimClock {
  /** Current simulated time, ms. */
  now: number;
  /** Simulated ms per wall ms (1 = real time). */
  speed: number;
  readonly maxFrameMs: number;
  #window: SimWindow;
  #running = false;
  /** Wall time of the last tick while running; null right after a start. */
  #lastWall: number | null = null;

  constructor(window: SimWindow, speed: number, maxFrameMs = MAX_FRAME_MS) {
    this.#window = { ...window };
    this.now = window.fromMs;
    this.speed = speed;
    this.maxFrameMs = maxFrameMs;
  }

  get window(): SimWindow {
    return this.#window;
  }

  get running(): boolean {
    return this.#running;
  }

  /** Start or stop following wall time. Either way the next tick measures no elapsed time. */
  setRunning(running: boolean): void {
    this.#running = running;
    this.#lastWall = null;
  }

  /** Advance to wall time `wallMs` (any monotonic clock) and return the simulated time. */
  tick(wallMs: number): number {
    if (!this.#running) return this.now;
    const last = this.#lastWall;
    this.#lastWall = wallMs;
    if (last === null) return this.now;
    const wallStep = Math.min(Math.max(0, wallMs - last), this.maxFrameMs);
    this.now = this.#wrap(this.now + wallStep * this.speed);
    return this.now;
  }

  /** Move by `deltaMs` of simulated time (negative steps back), wrapping around the window. */
  step(deltaMs: number): number {
    this.now = this.#wrap(this.now + deltaMs);
    return this.now;
  }

  /** Jump to simulated time `ms`, clamped into the window. */
  seek(ms: number): number {
    const { fromMs, toMs } = this.#window;
    this.now = Math.min(Math.max(ms, fromMs), Math.max(fromMs, toMs));
    return this.now;
  }

  /** Loop over a new window; the current time stays if it lies inside, else goes to the start. */
  setWindow(window: SimWindow): void {
    this.#window = { ...window };
    if (!(this.now >= window.fromMs && this.now < window.toMs)) this.now = window.fromMs;
  }

  #wrap(ms: number): number {
    const { fromMs, toMs } = this.#window;
    const span = toMs - fromMs;
    if (!(span > 0)) return fromMs;
    const offset = (ms - fromMs) % span;
    return fromMs + (offset < 0 ? offset + span : offset);
  }
}
