import { describe, expect, test } from 'vitest';
import { SimClock } from '../../../src/lib/animation/simClock.ts';

const window = { fromMs: 100, toMs: 200 };

describe('the wall-to-simulated clock', () => {
  test('simulated time advances by wall time × speed while running', () => {
    const clock = new SimClock(window, 0.01);
    clock.setRunning(true);
    clock.tick(1000); // the first tick only takes the wall reference
    expect(clock.now).toBe(100);
    clock.tick(1050);
    expect(clock.now).toBeCloseTo(100.5, 10);
    clock.speed = 0.1;
    clock.tick(1100);
    expect(clock.now).toBeCloseTo(105.5, 10);
  });

  test('a stopped clock holds its time however much wall time passes', () => {
    const clock = new SimClock(window, 1);
    clock.setRunning(true);
    clock.tick(0);
    clock.tick(16);
    clock.setRunning(false);
    clock.tick(5000);
    expect(clock.now).toBe(116);
  });

  test('restarting does not count the wall time spent stopped', () => {
    const clock = new SimClock(window, 1);
    clock.setRunning(true);
    clock.tick(0);
    clock.tick(10);
    clock.setRunning(false);
    clock.setRunning(true);
    clock.tick(60_000);
    expect(clock.now).toBe(110);
    clock.tick(60_016);
    expect(clock.now).toBe(126);
  });

  test('a wall gap longer than one frame (a hidden tab) advances only one frame', () => {
    const clock = new SimClock(window, 0.01, 100);
    clock.setRunning(true);
    clock.tick(0);
    clock.tick(3_600_000); // an hour in a background tab
    expect(clock.now).toBeCloseTo(101, 10);
  });

  test('the clock loops over its window', () => {
    const clock = new SimClock(window, 1, 1000);
    clock.setRunning(true);
    clock.tick(0);
    clock.tick(130);
    clock.tick(260); // 100 + 260 = 360 → wraps twice to 160
    expect(clock.now).toBeCloseTo(160, 10);
  });

  test('steps move either way and wrap; seeks are clamped into the window', () => {
    const clock = new SimClock(window, 1);
    clock.step(-10);
    expect(clock.now).toBe(190);
    clock.step(15);
    expect(clock.now).toBe(105);
    expect(clock.seek(500)).toBe(200);
    expect(clock.seek(-5)).toBe(100);
  });

  test('a new window keeps the current time when it lies inside and else starts over', () => {
    const clock = new SimClock(window, 1);
    clock.seek(150);
    clock.setWindow({ fromMs: 120, toMs: 300 });
    expect(clock.now).toBe(150);
    clock.setWindow({ fromMs: 400, toMs: 500 });
    expect(clock.now).toBe(400);
  });

  test('an empty window pins the time at its start', () => {
    const clock = new SimClock({ fromMs: 5, toMs: 5 }, 1);
    expect(clock.step(3)).toBe(5);
  });
});
