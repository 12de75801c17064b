import { describe, expect, test } from 'vitest';
import { AnimationDriver, type FrameScheduler } from '../../../src/lib/animation/driver.svelte.ts';

/** Frames on demand: `frame(wallMs)` runs the pending callback as the browser would. */
function fakeFrames() {
  let pending: ((wallMs: number) => void) | null = null;
  let next = 1;
  const frames: FrameScheduler = {
    request(callback) {
      pending = callback;
      return next++;
    },
    cancel() {
      pending = null;
    },
  };
  return {
    frames,
    get pending() {
      return pending !== null;
    },
    frame(wallMs: number) {
      const cb = pending;
      pending = null;
      cb?.(wallMs);
    },
  };
}

function driverAt(speed: number) {
  const f = fakeFrames();
  const d = new AnimationDriver(f.frames);
  d.setWindow({ fromMs: 0, toMs: 1000 });
  d.setSpeed(speed);
  const seen: number[] = [];
  d.onFrame = (t) => seen.push(t);
  return { f, d, seen };
}

describe('the animation driver', () => {
  test('playing maps wall time × speed onto simulated time, frame by frame', () => {
    const { f, d, seen } = driverAt(0.01);
    d.play();
    f.frame(5000);
    f.frame(5050);
    f.frame(5100);
    expect(d.now).toBeCloseTo(1, 10);
    expect(seen.length).toBe(3);
  });

  test('pausing stops the frames and the time; playing again resumes without a jump', () => {
    const { f, d } = driverAt(0.01);
    d.play();
    f.frame(0);
    f.frame(100);
    d.pause();
    expect(f.pending).toBe(false);
    const paused = d.now;
    d.play();
    f.frame(90_000);
    expect(d.now).toBe(paused);
    f.frame(90_050);
    expect(d.now).toBeCloseTo(paused + 0.5, 10);
  });

  test('a hidden tab or an off-screen figure suspends playback without changing the choice to play', () => {
    const { f, d } = driverAt(0.01);
    d.play();
    f.frame(0);
    d.setHidden(true);
    expect(d.running).toBe(false);
    expect(d.playing).toBe(true);
    expect(f.pending).toBe(false);
    d.setHidden(false);
    d.setOffscreen(true);
    expect(f.pending).toBe(false);
    d.setOffscreen(false);
    expect(d.running).toBe(true);
    f.frame(600_000); // ten minutes later: no jump
    expect(d.now).toBe(0);
  });

  test('a late frame after a stall advances the picture by one frame at most', () => {
    const { f, d } = driverAt(0.01);
    d.play();
    f.frame(0);
    f.frame(30_000);
    expect(d.now).toBeCloseTo(1, 10); // 100 ms of wall time at most, × 0.01
  });

  test('steps and seeks while paused move the time and redraw once each', () => {
    const { d, seen } = driverAt(0.01);
    d.step(2.5);
    d.seek(10);
    d.step(-1);
    expect(seen).toEqual([2.5, 10, 9]);
  });

  test('with frames that tell the wall clock, pause, speed change and step start from now, not the last frame', () => {
    const f = fakeFrames();
    let wall = 0;
    const d = new AnimationDriver({ ...f.frames, wallNow: () => wall }, { maxFrameMs: 500 });
    d.setWindow({ fromMs: 0, toMs: 1000 });
    d.setSpeed(0.01);
    d.play();
    f.frame(0);
    f.frame(125); // a readout: 1.25 ms
    wall = 200; // 75 ms of wall time since, no frame
    d.setSpeed(0.02);
    expect(d.now).toBeCloseTo(2, 10); // caught up at the old speed first
    wall = 300;
    d.pause();
    expect(d.now).toBeCloseTo(4, 10); // 100 ms more at the new speed
    d.step(1);
    expect(d.now).toBeCloseTo(5, 10);
  });

  test('readouts an eighth of a second apart count in full under a longer maxFrameMs', () => {
    const f = fakeFrames();
    const d = new AnimationDriver(f.frames, { maxFrameMs: 500 });
    d.setWindow({ fromMs: 0, toMs: 1000 });
    d.setSpeed(0.01);
    d.play();
    f.frame(0);
    f.frame(125);
    f.frame(250);
    expect(d.now).toBeCloseTo(2.5, 10);
    f.frame(10_250); // a stall: 500 ms at most
    expect(d.now).toBeCloseTo(7.5, 10);
  });

  test('disposing stops the frames', () => {
    const { f, d } = driverAt(0.01);
    d.play();
    d.dispose();
    expect(f.pending).toBe(false);
    expect(d.playing).toBe(false);
  });
});
