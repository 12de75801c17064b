/**
 * Locks in reservation form, for the model's one-pass request paths.
 *
 * `acquire(t)` returns when the caller gets the lock if it asks at `t`; the caller then computes
 * how long it holds it and calls `release(end)` before anyone else asks. Requests are made in
 * virtual-time order (at events), so the mutex hands out the lock FIFO — like Go's sync.Mutex in
 * starvation mode, which is where a contended etcd mutex spends its time.
 */
export class Mutex {
  freeAt = 0;
  /** Total held time and total time waited, ms. */
  held = 0;
  waited = 0;
  acquisitions = 0;
  #start = 0;

  constructor(readonly id: string) {}

  acquire(t: number): number {
    const start = this.freeAt > t ? this.freeAt : t;
    this.waited += start - t;
    this.acquisitions++;
    this.#start = start;
    this.freeAt = Infinity; // held until release()
    return start;
  }

  release(end: number): void {
    if (end < this.#start) throw new RangeError(`${this.id}: released before acquired`);
    this.held += end - this.#start;
    this.freeAt = end;
  }

  utilisation(horizon: number): number {
    return horizon > 0 ? Math.min(1, this.held / horizon) : 0;
  }
}

/**
 * A writer-preferring read-write lock, like Go's sync.RWMutex: once a writer asks, readers that
 * ask later wait until that writer has finished; a writer waits for the readers already holding.
 */
export class RwLock {
  /** When the last writer that asked will release. */
  writerEnd = 0;
  /** When the last writer asked. */
  writerAsked = -Infinity;
  /** When every reader admitted so far will have released. */
  readersEnd = 0;
  held = 0;
  writeHeld = 0;
  waited = 0;
  #wStart = 0;

  constructor(readonly id: string) {}

  /** A reader asking at t gets the lock at the returned time. */
  readAcquire(t: number): number {
    // A writer that asked at or before t and has not finished blocks this reader.
    const start = this.writerAsked <= t && this.writerEnd > t ? this.writerEnd : t;
    this.waited += start - t;
    return start;
  }

  readRelease(start: number, end: number): void {
    if (end > this.readersEnd) this.readersEnd = end;
    this.held += end - start;
  }

  writeAcquire(t: number): number {
    let start = t;
    if (this.readersEnd > start) start = this.readersEnd;
    if (this.writerEnd > start) start = this.writerEnd;
    this.waited += start - t;
    this.writerAsked = t;
    this.writerEnd = Infinity;
    this.#wStart = start;
    return start;
  }

  writeRelease(end: number): void {
    this.writerEnd = end;
    this.writeHeld += end - this.#wStart;
    this.held += end - this.#wStart;
  }

  /** Fraction of time a writer held the lock (readers share it, so their time is not a bound). */
  utilisation(horizon: number): number {
    return horizon > 0 ? Math.min(1, this.writeHeld / horizon) : 0;
  }
}
