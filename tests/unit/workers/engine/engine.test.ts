/**
 * Engine: the virtual clock over the event queue. Invariants under test: `now` never decreases,
 * each event runs at exactly its scheduled time, same-time events run in scheduling order, and
 * nothing can be scheduled before `now`.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Engine } from '../../../../workers/engine/engine.ts';

type Row = [time: number, kind: number, a: number, b: number];

/** An engine whose handler appends (now, kind, a, b) to a trace, then calls `react`. */
function traced(react: (e: Engine, kind: number, a: number, b: number) => void = () => {}) {
  const trace: Row[] = [];
  const engine: Engine = new Engine((kind, a, b) => {
    trace.push([engine.now, kind, a, b]);
    react(engine, kind, a, b);
  });
  return { engine, trace };
}

describe('Engine', () => {
  test('a tiny hand-made scenario runs in exactly this order: (time, kind, a, b)', () => {
    const { engine, trace } = traced((e, kind, a) => {
      switch (kind) {
        case 1: // at 0: two events at +5 (kinds 2 and 3), one at +1 (kind 4)
          e.schedule(e.now + 5, 2, a + 1, 0);
          e.schedule(e.now + 5, 3, 0, a);
          e.schedule(e.now + 1, 4);
          break;
        case 2: // at 5: an event for right now, scheduled after everything else at 5
          e.schedule(e.now, 6, a, 99);
          break;
        case 4: // at 1: an event at 5, scheduled after kinds 2 and 3 but before kind 6
          e.schedule(e.now + 4, 7, 1, 2);
          break;
      }
    });
    engine.schedule(0, 1, 7, 0);
    engine.schedule(2, 5);
    while (engine.step());
    expect(trace).toEqual([
      [0, 1, 7, 0],
      [1, 4, 0, 0],
      [2, 5, 0, 0],
      [5, 2, 8, 0],
      [5, 3, 0, 7],
      [5, 7, 1, 2],
      [5, 6, 8, 99],
    ]);
    expect(engine.steps).toBe(7);
    expect(engine.now).toBe(5);
    expect(engine.peek()).toBe(Infinity);
    expect(engine.step()).toBe(false);
    expect(engine.steps).toBe(7);
  });

  test('events scheduled for the same time run in the order they were scheduled', () => {
    const { engine, trace } = traced();
    for (let i = 0; i < 20; i++) engine.schedule(3, 9, i, 100 - i);
    while (engine.step());
    expect(trace).toEqual(Array.from({ length: 20 }, (_, i) => [3, 9, i, 100 - i]));
  });

  test('scheduling before now throws a RangeError and schedules nothing', () => {
    const { engine } = traced();
    engine.schedule(10, 1);
    engine.step();
    expect(engine.now).toBe(10);
    expect(() => engine.schedule(9.999, 1)).toThrow(RangeError);
    expect(() => engine.schedule(-1, 1)).toThrow(/before now 10/);
    expect(() => engine.schedule(Number.NaN, 1)).toThrow(RangeError);
    expect(engine.queue.size).toBe(0);
    engine.schedule(10, 2); // exactly now is allowed
    expect(engine.peek()).toBe(10);
  });

  test('peek returns the time of the next event without running it', () => {
    const { engine, trace } = traced();
    expect(engine.peek()).toBe(Infinity);
    engine.schedule(4, 1);
    engine.schedule(2, 1);
    expect(engine.peek()).toBe(2);
    expect(trace).toEqual([]);
    expect(engine.now).toBe(0);
  });

  test('runUntil runs events up to and including `until`, none later, and leaves the clock at `until`', () => {
    const { engine, trace } = traced((e, kind) => {
      // Kind 1 schedules a same-time follow-up; it must run within the same runUntil.
      if (kind === 1) e.schedule(e.now, 2);
    });
    for (const t of [1, 3, 3.5, 7]) engine.schedule(t, t === 3 ? 1 : 0, t * 10);
    engine.runUntil(3);
    expect(trace).toEqual([
      [1, 0, 10, 0],
      [3, 1, 30, 0],
      [3, 2, 0, 0],
    ]);
    expect(engine.now).toBe(3);
    engine.runUntil(3.25);
    expect(trace).toHaveLength(3);
    expect(engine.now).toBe(3.25);
    engine.runUntil(5);
    expect(trace.map((r) => r[0])).toEqual([1, 3, 3, 3.5]);
    expect(engine.now).toBe(5);
    expect(engine.peek()).toBe(7);
  });

  test('runUntil with a time already passed neither runs anything nor moves the clock back', () => {
    const { engine, trace } = traced();
    engine.schedule(6, 1);
    engine.schedule(8, 1);
    engine.runUntil(6);
    engine.runUntil(2);
    expect(engine.now).toBe(6);
    expect(trace).toEqual([[6, 1, 0, 0]]);
  });

  test('runWhile stops as soon as the predicate turns false and returns the events run', () => {
    // A chain: each event schedules the next one 1 ms later.
    const { engine, trace } = traced((e, _kind, a) => e.schedule(e.now + 1, 1, a + 1));
    engine.schedule(0, 1, 0);
    const n = engine.runWhile(() => engine.now < 3);
    expect(n).toBe(4);
    expect(trace.map((r) => r[0])).toEqual([0, 1, 2, 3]);
    expect(engine.now).toBe(3);
    expect(engine.peek()).toBe(4);
  });

  test('runWhile honours maxSteps and stops when the queue is empty', () => {
    const { engine } = traced((e, _kind, a) => {
      if (a < 9) e.schedule(e.now + 1, 1, a + 1);
    });
    engine.schedule(0, 1, 0);
    expect(engine.runWhile(() => true, 3)).toBe(3);
    expect(engine.now).toBe(2);
    expect(engine.runWhile(() => true)).toBe(7);
    expect(engine.now).toBe(9);
    expect(engine.steps).toBe(10);
    expect(engine.runWhile(() => true)).toBe(0);
  });

  test('with random schedules the clock never decreases and each event runs at its own time (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 200,
          size: 'max',
        }),
        (plan) => {
          // Event a: runs at its time; if it has children left, schedules one at now + delay.
          const ran: number[] = [];
          const at: number[] = [];
          const engine: Engine = new Engine((_kind, a) => {
            ran.push(engine.now);
            expect(engine.now).toBe(at[a]);
            const [delay, children] = plan[a];
            if (children > 0) {
              plan[a] = [delay, children - 1];
              at[a] = engine.now + delay;
              engine.schedule(at[a], 0, a);
            }
          });
          plan.forEach(([delay], i) => {
            at[i] = delay;
            engine.schedule(delay, 0, i);
          });
          while (engine.step());
          for (let i = 1; i < ran.length; i++) expect(ran[i]).toBeGreaterThanOrEqual(ran[i - 1]);
        },
      ),
    );
  });
});
