/**
 * The dots worker's loop, with fake frames and a fake wall clock: while the driver's time runs,
 * every frame draws at the time carried on from the driver's last message (speed × wall time
 * since, looping over the window, for a bounded while); when it stops, one frame at its exact time
 * and no more frames; reports are rate-limited but always follow a stop.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CARRY_ON_MS, DotPainter } from '../../../src/lib/animation/dotPainter.ts';
import { extrapolate } from '../../../src/lib/animation/dotProtocol.ts';
import type { FrameScheduler } from '../../../src/lib/animation/driver.svelte.ts';

function rig() {
  let pending: ((wallMs: number) => void) | null = null;
  let wall = 0;
  const frames: FrameScheduler = {
    request(cb) {
      pending = cb;
      return 1;
    },
    cancel() {
      pending = null;
    },
  };
  const drawnAt: number[] = [];
  const reports: [number, number][] = [];
  const painter = new DotPainter(
    (t) => {
      drawnAt.push(t);
      return 7;
    },
    frames,
    () => wall,
    (count, t) => reports.push([count, t]),
    250,
  );
  return {
    painter,
    drawnAt,
    reports,
    get pending() {
      return pending !== null;
    },
    /** Advance the wall clock and run the pending frame, as the browser would. */
    frame(dt: number) {
      wall += dt;
      const cb = pending;
      pending = null;
      cb?.(wall);
    },
    wait(dt: number) {
      wall += dt;
    },
  };
}

const window = { fromMs: 100, toMs: 200 };

describe('extrapolate', () => {
  test('carries the time on at the speed, loops over the window, and stops carrying after the cap', () => {
    expect(extrapolate(150, 0.01, window, 1000, 5000)).toBe(160);
    expect(extrapolate(150, 0.01, window, 6000, 5000)).toBe(100); // 150 + 50 wraps to 100
    expect(extrapolate(150, 0.01, window, 9000, 5000)).toBe(100); // capped at 5 s
    expect(extrapolate(150, 0.01, { fromMs: 100, toMs: 100 }, 10, 50)).toBe(100);
  });

  test('always lands inside the window (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 199.99, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: -100, max: 1e6, noNaN: true }),
        (t, speed, elapsed) => {
          const x = extrapolate(t, speed, window, elapsed, CARRY_ON_MS);
          expect(x).toBeGreaterThanOrEqual(100);
          expect(x).toBeLessThan(200);
        },
      ),
    );
  });
});

describe('DotPainter', () => {
  test('while running, each frame draws the driver time carried on by the wall time since', () => {
    const r = rig();
    r.painter.time({ type: 'time', t: 120, running: true, speed: 0.01, window });
    expect(r.pending).toBe(true);
    r.frame(16);
    r.frame(16);
    expect(r.drawnAt).toEqual([120 + 16 * 0.01, 120 + 32 * 0.01]);
    // A new message re-bases the time: no drift builds up between the two clocks.
    r.painter.time({ type: 'time', t: 130, running: true, speed: 0.01, window });
    r.frame(10);
    expect(r.drawnAt.at(-1)).toBeCloseTo(130.1, 12);
  });

  test('a stop draws once at the exact time, asks for no frame, and reports at once', () => {
    const r = rig();
    r.painter.time({ type: 'time', t: 120, running: true, speed: 0.01, window });
    r.frame(16);
    r.painter.time({ type: 'time', t: 150, running: false, speed: 0.01, window });
    expect(r.drawnAt.at(-1)).toBe(150);
    expect(r.pending).toBe(false);
    expect(r.reports.at(-1)).toEqual([7, 150]);
    r.frame(16);
    expect(r.drawnAt.at(-1)).toBe(150);
  });

  test('without messages the dots stop after the carry-on time', () => {
    const r = rig();
    r.painter.time({ type: 'time', t: 100, running: true, speed: 0.001, window });
    for (let i = 0; i < 100; i++) r.frame(16);
    expect(r.drawnAt.at(-1)).toBeCloseTo(100 + CARRY_ON_MS * 0.001, 12);
  });

  test('reports at most every 250 ms while running', () => {
    const r = rig();
    r.painter.time({ type: 'time', t: 100, running: true, speed: 0.001, window });
    for (let i = 0; i < 60; i++) r.frame(16); // 960 ms
    expect(r.reports.length).toBeGreaterThanOrEqual(3);
    expect(r.reports.length).toBeLessThanOrEqual(5);
  });

  test('a redraw repaints the current time; stop ends the frames', () => {
    const r = rig();
    r.painter.redraw(); // nothing known yet: no draw
    expect(r.drawnAt).toEqual([]);
    r.painter.time({ type: 'time', t: 140, running: false, speed: 0.01, window });
    r.wait(1000);
    r.painter.redraw();
    expect(r.drawnAt).toEqual([140, 140]);
    r.painter.time({ type: 'time', t: 140, running: true, speed: 0.01, window });
    r.painter.stop();
    expect(r.pending).toBe(false);
  });
});
