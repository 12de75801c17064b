/**
 * EventQueue: a 4-ary min-heap on (time, sequence). Invariant under test: pop() returns events
 * in non-decreasing time, and events with equal time in the order they were pushed — i.e. the pop
 * order is a stable sort by time of the push order, whatever the interleaving of pushes and pops
 * and however often the typed arrays had to grow.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EventQueue } from '../../../../workers/engine/eventQueue.ts';

interface Ev {
  time: number;
  seq: number;
  kind: number;
  a: number;
  b: number;
}

type Op = { push: Omit<Ev, 'seq'> } | { pop: true };

/** Reference queue: a plain array; pop takes the minimum by (time, seq) with a linear scan. */
class ReferenceQueue {
  readonly items: Ev[] = [];
  #seq = 0;
  push(e: Omit<Ev, 'seq'>): void {
    this.items.push({ ...e, seq: this.#seq++ });
  }
  pop(): Ev | undefined {
    if (this.items.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.items.length; i++) {
      const x = this.items[i];
      const y = this.items[best];
      if (x.time < y.time || (x.time === y.time && x.seq < y.seq)) best = i;
    }
    return this.items.splice(best, 1)[0];
  }
}

/** Times from a handful of values (many ties), small integers, and arbitrary finite doubles. */
const time = fc.oneof(
  fc.constantFrom(0, 1, 2.5, 1e9),
  fc.integer({ min: 0, max: 20 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
const event = fc.record({
  time,
  kind: fc.integer({ min: 0, max: 255 }),
  a: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  b: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
});
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: event.map((e) => ({ push: e })) },
  { weight: 1, arbitrary: fc.constant({ pop: true as const }) },
);

function popAll(q: EventQueue): Omit<Ev, 'seq'>[] {
  const out: Omit<Ev, 'seq'>[] = [];
  while (q.pop()) out.push({ time: q.time, kind: q.kind, a: q.a, b: q.b });
  return out;
}

describe('EventQueue', () => {
  test('an empty queue has peekTime Infinity, size 0, and pop returns false', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    expect(q.size).toBe(0);
    expect(q.pop()).toBe(false);
  });

  test('a queue emptied by pops reports peekTime Infinity again', () => {
    const q = new EventQueue();
    q.push(3, 1);
    q.push(1, 2);
    expect(q.peekTime()).toBe(1);
    expect(q.pop()).toBe(true);
    expect(q.pop()).toBe(true);
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBe(false);
  });

  test('events pop in time order and carry their kind and both arguments', () => {
    const q = new EventQueue();
    q.push(5, 3, 30, -3);
    q.push(1, 1, 10, -1);
    q.push(3, 2, 20, -2);
    expect(q.peekTime()).toBe(1);
    expect(popAll(q)).toEqual([
      { time: 1, kind: 1, a: 10, b: -1 },
      { time: 3, kind: 2, a: 20, b: -2 },
      { time: 5, kind: 3, a: 30, b: -3 },
    ]);
  });

  test('events pushed for the same time pop in the order they were pushed', () => {
    const q = new EventQueue();
    for (let i = 0; i < 50; i++) q.push(7, i % 256, i);
    const out = popAll(q);
    expect(out.map((e) => e.a)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  test('a push after some pops still ties behind the equal-time events pushed before it', () => {
    const q = new EventQueue();
    q.push(2, 0, 1);
    q.push(2, 0, 2);
    q.push(1, 0, 0);
    q.pop(); // time 1
    q.push(2, 0, 3);
    q.push(1.5, 0, 9);
    expect(popAll(q).map((e) => [e.time, e.a])).toEqual([
      [1.5, 9],
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
  });

  test('growing past the initial capacity keeps every event and the stable order', () => {
    const q = new EventQueue(4);
    const n = 5000;
    // Times cycle through 10 values, so each time has 500 ties pushed in a known order.
    for (let i = 0; i < n; i++) q.push((i * 7) % 10, 1, i, -i);
    expect(q.size).toBe(n);
    const out = popAll(q);
    expect(out).toHaveLength(n);
    const expected = Array.from({ length: n }, (_, i) => ({ time: (i * 7) % 10, a: i }))
      .sort((x, y) => x.time - y.time || x.a - y.a)
      .map((e) => ({ time: e.time, kind: 1, a: e.a, b: -e.a | 0 }));
    expect(out).toEqual(expected);
  });

  test('pop order equals a stable sort by time of the push order (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(event, { maxLength: 600, size: 'max' }),
        (capacity, events) => {
          const q = new EventQueue(capacity);
          for (const e of events) q.push(e.time, e.kind, e.a, e.b);
          // Array.prototype.sort is stable (ES2019), so this is the (time, insertion) order.
          const expected = [...events].sort((x, y) => x.time - y.time);
          expect(popAll(q)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('interleaved pushes and pops always pop the earliest event, first-pushed among equals (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(op, { maxLength: 1500, size: 'max' }),
        (capacity, ops) => {
          const q = new EventQueue(capacity);
          const ref = new ReferenceQueue();
          for (const o of ops) {
            if ('push' in o) {
              q.push(o.push.time, o.push.kind, o.push.a, o.push.b);
              ref.push(o.push);
            } else {
              const want = ref.pop();
              expect(q.pop()).toBe(want !== undefined);
              if (want)
                expect([q.time, q.kind, q.a, q.b]).toEqual([want.time, want.kind, want.a, want.b]);
            }
            expect(q.size).toBe(ref.items.length);
            const earliest = ref.items.reduce((m, e) => Math.min(m, e.time), Infinity);
            expect(q.peekTime()).toBe(earliest);
          }
          // Drain: what is left also comes out in stable (time, insertion) order.
          const rest = [...ref.items]
            .sort((x, y) => x.time - y.time || x.seq - y.seq)
            .map(({ time, kind, a, b }) => ({ time, kind, a, b }));
          expect(popAll(q)).toEqual(rest);
        },
      ),
      { numRuns: 150 },
    );
    // ~200,000 checked operations: about 2 s alone, 6–10 s on a machine shared with other jobs.
  }, 60_000);
});
