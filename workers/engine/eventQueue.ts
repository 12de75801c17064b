/**
 * A binary min-heap of events keyed by (time, sequence number).
 *
 * Invariant: pop() returns events in non-decreasing time; events with equal time come out in the
 * order they were scheduled (the sequence number breaks ties), so same-time events stay FIFO.
 *
 * Events are records in parallel typed arrays — a kind and two integer arguments — so the hot
 * loop allocates nothing per event (docs/design/ARCHITECTURE.md "Speed"). The arrays double when full.
 */
export class EventQueue {
  #time: Float64Array;
  #seq: Float64Array;
  #kind: Uint8Array;
  #a: Int32Array;
  #b: Int32Array;
  #size = 0;
  #nextSeq = 0;

  /** Fields of the event last returned by pop(). */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(capacity = 1024) {
    this.#time = new Float64Array(capacity);
    this.#seq = new Float64Array(capacity);
    this.#kind = new Uint8Array(capacity);
    this.#a = new Int32Array(capacity);
    this.#b = new Int32Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.#size > 0 ? this.#time[0] : Infinity;
  }

  push(time: number, kind: number, a = 0, b = 0): void {
    if (this.#size === this.#time.length) this.#grow();
    const seq = this.#nextSeq++;
    // Sift up: move parents down until the slot for the new event is found.
    let i = this.#size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.#before(p, time, seq)) break;
      this.#move(p, i);
      i = p;
    }
    this.#set(i, time, seq, kind, a, b);
  }

  /** Removes the earliest event into (time, kind, a, b). Returns false when empty. */
  pop(): boolean {
    if (this.#size === 0) return false;
    this.time = this.#time[0];
    this.kind = this.#kind[0];
    this.a = this.#a[0];
    this.b = this.#b[0];
    const last = --this.#size;
    if (last > 0) {
      const t = this.#time[last];
      const s = this.#seq[last];
      const k = this.#kind[last];
      const a = this.#a[last];
      const b = this.#b[last];
      // Sift down from the root with the last event.
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= last) break;
        if (c + 1 < last && this.#less(c + 1, c)) c++;
        if (!this.#before(c, t, s)) break;
        // The earlier child moves up; the hole moves down.
        this.#move(c, i);
        i = c;
      }
      this.#set(i, t, s, k, a, b);
    }
    return true;
  }

  /** Is the event in slot i strictly before (time, seq)? */
  #before(i: number, time: number, seq: number): boolean {
    const ti = this.#time[i];
    return ti < time || (ti === time && this.#seq[i] < seq);
  }

  #less(i: number, j: number): boolean {
    const ti = this.#time[i];
    const tj = this.#time[j];
    return ti < tj || (ti === tj && this.#seq[i] < this.#seq[j]);
  }

  #move(from: number, to: number): void {
    this.#time[to] = this.#time[from];
    this.#seq[to] = this.#seq[from];
    this.#kind[to] = this.#kind[from];
    this.#a[to] = this.#a[from];
    this.#b[to] = this.#b[from];
  }

  #set(i: number, time: number, seq: number, kind: number, a: number, b: number): void {
    this.#time[i] = time;
    this.#seq[i] = seq;
    this.#kind[i] = kind;
    this.#a[i] = a;
    this.#b[i] = b;
  }

  #grow(): void {
    const n = this.#time.length * 2;
    const grow = <T extends Float64Array | Uint8Array | Int32Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const next = make(n);
      next.set(old);
      return next;
    };
    this.#time = grow(this.#time, (k) => new Float64Array(k));
    this.#seq = grow(this.#seq, (k) => new Float64Array(k));
    this.#kind = grow(this.#kind, (k) => new Uint8Array(k));
    this.#a = grow(this.#a, (k) => new Int32Array(k));
    this.#b = grow(this.#b, (k) => new Int32Array(k));
  }
}
