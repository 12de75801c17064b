/** The apply loop's wait queue: waiters leave lowest index first, each with the kind it came with. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { WaitQueue } from '../../../../workers/model/waitQueue.ts';
import {
  WAIT_OWN_ENTRY,
  WAIT_READ_LOOP,
  WAIT_TOKEN,
  type WaitKind,
} from '../../../../workers/model/waiters.ts';

const kinds = fc.constantFrom<WaitKind>(WAIT_TOKEN, WAIT_READ_LOOP, WAIT_OWN_ENTRY);
const waiter = fc.record({ index: fc.integer({ min: 0, max: 50 }), kind: kinds });

describe('WaitQueue', () => {
  test('an empty queue waits for nothing', () => {
    const q = new WaitQueue();
    expect(q.size).toBe(0);
    expect(q.peek()).toBe(Infinity);
  });

  test('pops every waiter once, in index order, with its own kind', () => {
    fc.assert(
      fc.property(fc.array(waiter, { maxLength: 60 }), (waiters) => {
        const q = new WaitQueue();
        // `who` is the position, so each popped waiter can be matched to what was added.
        waiters.forEach((x, who) => q.add(x.index, x.kind, who));
        const popped: { index: number; kind: WaitKind; who: number }[] = [];
        while (q.size > 0) {
          const index = q.peek();
          const kind = q.peekKind();
          popped.push({ index, kind, who: q.pop() });
        }
        expect(popped.map((p) => p.who).sort((a, b) => a - b)).toEqual(waiters.map((_, i) => i));
        for (const p of popped) expect(waiters[p.who]).toEqual({ index: p.index, kind: p.kind });
        for (let i = 1; i < popped.length; i++)
          expect(popped[i].index).toBeGreaterThanOrEqual(popped[i - 1].index);
      }),
    );
  });

  test('releasing up to an applied index leaves exactly the later waiters', () => {
    fc.assert(
      fc.property(
        fc.array(waiter, { maxLength: 40 }),
        fc.integer({ min: 0, max: 50 }),
        (ws, applied) => {
          const q = new WaitQueue();
          ws.forEach((x, who) => q.add(x.index, x.kind, who));
          let released = 0;
          while (q.size > 0 && q.peek() <= applied) {
            q.pop();
            released++;
          }
          expect(released).toBe(ws.filter((x) => x.index <= applied).length);
          expect(q.size).toBe(ws.length - released);
        },
      ),
    );
  });
});
