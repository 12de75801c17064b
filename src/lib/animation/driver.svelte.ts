/**
 * The animation driver: runs a SimClock from the frames of a FrameScheduler while the user has
 * pressed play AND the page can be seen (tab visible, figure on screen), and hands every frame's
 * simulated time to `onFrame` — the canvas renderer. In the page the frames come from
 * requestAnimationFrame (browserFrames.ts, the only place that asks the browser for them); tests
 * pass a fake scheduler and call its frames by hand (like d3-force's public tick, private timer).
 *
 * Its fields are $state so the controls can show them; `now` changes every frame, so only cheap
 * readouts should depend on it.
 */
import { untrack } from 'svelte';
import { SimClock, type SimWindow } from './simClock.ts';
import { DEFAULT_SPEED, clampSpeed } from './speedScale.ts';

/** Where frames come from: `browserFrames.ts` in the page, a fake in tests. */
export interface FrameScheduler {
  request(callback: (wallMs: number) => void): number;
  cancel(handle: number): void;
  /**
   * The wall clock the frames are timed by, when the driver may read it between frames: a
   * pause, a speed change or a step then starts from the time right now rather than from the
   * last frame (which matters when frames are readouts an eighth of a second apart).
   */
  wallNow?: () => number;
}

export class AnimationDriver {
  /** Current simulated time, ms. */
  now = $state(0);
  /** Simulated ms per wall ms. */
  speed = $state(DEFAULT_SPEED);
  /** The user's choice: play or pause. */
  playing = $state(false);
  /** The tab is hidden (visibilitychange). */
  hidden = $state(false);
  /** The figure is scrolled out of view (IntersectionObserver). */
  offscreen = $state(false);
  window = $state.raw<SimWindow>({ fromMs: 0, toMs: 0 });
  /** Called with the simulated time on every frame, and after every jump while paused. */
  onFrame: ((simMs: number) => void) | null = null;

  #clock: SimClock;
  #frames: FrameScheduler;
  #handle: number | null = null;

  /**
   * `maxFrameMs`: the longest wall step one frame counts (SimClock's guard against a stalled
   * page); longer than the default when frames are readouts a few times a second.
   */
  constructor(frames: FrameScheduler, { maxFrameMs }: { maxFrameMs?: number } = {}) {
    this.#frames = frames;
    this.#clock = new SimClock(this.window, this.speed, maxFrameMs);
  }

  /** Frames are being requested: playing, visible and on screen. */
  get running(): boolean {
    return this.playing && !this.hidden && !this.offscreen;
  }

  play(): void {
    this.playing = true;
    this.#sync();
  }

  pause(): void {
    this.playing = false;
    this.#sync();
  }

  toggle(): void {
    if (untrack(() => this.playing)) this.pause();
    else this.play();
  }

  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.#sync();
  }

  setOffscreen(offscreen: boolean): void {
    this.offscreen = offscreen;
    this.#sync();
  }

  setSpeed(speed: number): void {
    // Written, never read back here: an effect that sets the speed must not depend on it.
    this.#catchUp();
    const clamped = clampSpeed(speed);
    this.speed = clamped;
    this.#clock.speed = clamped;
  }

  setWindow(window: SimWindow): void {
    this.window = { ...window };
    this.#clock.setWindow(window);
    this.#show(this.#clock.now);
  }

  /** Move by `deltaMs` of simulated time (negative steps back). */
  step(deltaMs: number): void {
    this.#catchUp();
    this.#show(this.#clock.step(deltaMs));
  }

  /** Jump to simulated time `ms` (clamped into the window). */
  seek(ms: number): void {
    this.#show(this.#clock.seek(ms));
  }

  /** Redraw the current time (after the picture changed while paused). */
  redraw(): void {
    this.onFrame?.(this.#clock.now);
  }

  dispose(): void {
    this.playing = false;
    this.onFrame = null;
    this.#sync();
  }

  #show(simMs: number): void {
    this.now = simMs;
    this.onFrame?.(simMs);
  }

  /**
   * Start or stop requesting frames to match `running`. Untracked: a caller's effect that
   * starts playback must not come to depend on the state it sets.
   */
  #sync(): void {
    const run = untrack(() => this.running);
    if (run === this.#clock.running) return;
    if (!run) this.#catchUp();
    this.#clock.setRunning(run);
    if (run) this.#handle = this.#frames.request(this.#frame);
    else if (this.#handle !== null) {
      this.#frames.cancel(this.#handle);
      this.#handle = null;
    }
  }

  /** While running, bring the time up to the wall clock now (when the frames can tell it). */
  #catchUp(): void {
    const wallNow = this.#frames.wallNow;
    if (!this.#clock.running || wallNow === undefined) return;
    this.now = this.#clock.tick(wallNow());
  }

  #frame = (wallMs: number): void => {
    this.#handle = null;
    if (!this.#clock.running) return;
    this.#show(this.#clock.tick(wallMs));
    this.#handle = this.#frames.request(this.#frame);
  };
}
