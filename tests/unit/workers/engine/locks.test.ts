/**
 * Mutex and RwLock in reservation form: acquire at t returns when the caller gets the lock; the
 * caller releases before anyone else asks. Invariants under test: the mutex is FIFO by request
 * order and accounts waited/held time exactly; the read-write lock lets readers overlap, makes a
 * writer wait for readers already holding, and prefers writers like Go's sync.RWMutex (a reader
 * that asks after a writer waits for it; one that asked before does not).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Mutex, RwLock } from '../../../../workers/engine/locks.ts';

describe('Mutex', () => {
  test('an uncontended acquire returns the asking time and waits nothing', () => {
    const m = new Mutex('m');
    expect(m.acquire(4)).toBe(4);
    m.release(6);
    expect(m.waited).toBe(0);
    expect(m.held).toBe(2);
    expect(m.acquire(10)).toBe(10); // free since 6
    m.release(10.5);
    expect(m.held).toBe(2.5);
    expect(m.acquisitions).toBe(2);
  });

  test('the lock is handed out in request order and waited/held accumulate', () => {
    const m = new Mutex('m');
    const starts: number[] = [];
    starts.push(m.acquire(0));
    m.release(5);
    starts.push(m.acquire(1)); // waits 4
    m.release(starts[1] + 2);
    starts.push(m.acquire(2)); // waits for the second holder until 7: 5
    m.release(starts[2] + 1);
    expect(starts).toEqual([0, 5, 7]);
    expect(m.waited).toBe(9);
    expect(m.held).toBe(8);
    expect(m.acquisitions).toBe(3);
    expect(m.freeAt).toBe(8);
    expect(m.utilisation(16)).toBe(0.5);
    expect(m.utilisation(4)).toBe(1);
    expect(m.utilisation(0)).toBe(0);
  });

  test('the lock is unavailable between acquire and release', () => {
    const m = new Mutex('m');
    m.acquire(0);
    expect(m.freeAt).toBe(Infinity);
  });

  test('releasing before the acquired time throws', () => {
    const m = new Mutex('etcd.mu');
    expect(m.acquire(3)).toBe(3);
    expect(() => m.release(2)).toThrow(/etcd.mu: released before acquired/);
  });

  test('for requests in time order it is a FIFO single server: starts match a brute force (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 })),
            hold: fc.integer({ min: 0, max: 5 }),
          }),
          { maxLength: 200, size: 'max' },
        ),
        (reqs) => {
          const m = new Mutex('m');
          let t = 0;
          let free = 0;
          let waited = 0;
          let held = 0;
          for (const r of reqs) {
            t += r.gap;
            const want = Math.max(t, free);
            expect(m.acquire(t)).toBe(want);
            m.release(want + r.hold);
            free = want + r.hold;
            waited += want - t;
            held += r.hold;
          }
          expect(m.waited).toBe(waited);
          expect(m.held).toBe(held);
          expect(m.acquisitions).toBe(reqs.length);
        },
      ),
    );
  });
});

describe('RwLock', () => {
  test('readers overlap: a reader asking while others hold gets the lock at once', () => {
    const l = new RwLock('rw');
    expect(l.readAcquire(0)).toBe(0);
    l.readRelease(0, 10);
    expect(l.readAcquire(1)).toBe(1);
    l.readRelease(1, 4);
    expect(l.readAcquire(2)).toBe(2);
    l.readRelease(2, 12);
    expect(l.waited).toBe(0);
    expect(l.held).toBe(10 + 3 + 10);
    expect(l.readersEnd).toBe(12);
    expect(l.utilisation(12)).toBe(0); // only writers count toward utilisation
  });

  test('a writer waits for the readers already holding, until the last of them releases', () => {
    const l = new RwLock('rw');
    l.readRelease(l.readAcquire(0), 10);
    l.readRelease(l.readAcquire(1), 6);
    expect(l.writeAcquire(2)).toBe(10);
    l.writeRelease(13);
    expect(l.waited).toBe(8);
    expect(l.writeHeld).toBe(3);
    expect(l.held).toBe(10 + 5 + 3);
    expect(l.utilisation(26)).toBe(3 / 26);
  });

  test('a reader that asks after a writer asked waits for that writer to finish (writer preference)', () => {
    const l = new RwLock('rw');
    l.readRelease(l.readAcquire(0), 10); // a reader holds until 10
    expect(l.writeAcquire(2)).toBe(10); // the writer asks at 2, gets it at 10
    l.writeRelease(13);
    // This reader asks at 3, while the first reader still holds: it does not join that reader
    // but waits behind the waiting writer, until 13.
    expect(l.readAcquire(3)).toBe(13);
    l.readRelease(13, 14);
    expect(l.waited).toBe(8 + 10);
    // A reader asking at exactly the writer's release is not blocked.
    expect(l.readAcquire(13)).toBe(13);
  });

  test('a reader that asked before the writer asked does not wait for it', () => {
    const l = new RwLock('rw');
    l.readRelease(l.readAcquire(0), 10);
    // In time order: the reader asks at 1, then the writer at 2.
    expect(l.readAcquire(1)).toBe(1);
    l.readRelease(1, 11);
    expect(l.writeAcquire(2)).toBe(11); // and the writer waits for that reader too
    l.writeRelease(12);
    // Reserved out of order (ahead of time), a read asked at 1.5 is still before the writer's ask.
    expect(l.readAcquire(1.5)).toBe(1.5);
    expect(l.waited).toBe(9);
  });

  test('writers queue behind each other and behind the readers admitted after the previous writer', () => {
    const l = new RwLock('rw');
    expect(l.writeAcquire(0)).toBe(0);
    l.writeRelease(5);
    expect(l.readAcquire(1)).toBe(5); // waits for writer 1
    l.readRelease(5, 9);
    expect(l.writeAcquire(2)).toBe(9); // waits for writer 1 and for that reader
    l.writeRelease(10);
    expect(l.writeAcquire(3)).toBe(10);
    l.writeRelease(11);
    expect(l.readAcquire(4)).toBe(11);
    expect(l.writeHeld).toBe(5 + 1 + 1);
    expect(l.waited).toBe(4 + 7 + 7 + 7);
  });

  test('an idle lock hands a writer the lock at once', () => {
    const l = new RwLock('rw');
    expect(l.writeAcquire(7)).toBe(7);
    l.writeRelease(9);
    expect(l.writeAcquire(9)).toBe(9);
    expect(l.waited).toBe(0);
  });
});
