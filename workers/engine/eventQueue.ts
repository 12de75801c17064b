/**
 * A 4-ary min-heap of events keyed by (time, sequence number).
 *
 * Invariant: pop() returns events in non-decreasing time; events with equal time come out in the
 * order they were scheduled (the sequence number breaks ties), so same-time events stay FIFO.
 * (time, sequence) is unique per event, so the pop order is fully determined by the pushes: any
 * correct priority queue gives the same order, which is what keeps seeded runs identical.
 *
 * Events are records in typed arrays — a kind and two integer arguments — so the hot loop
 * allocates nothing per event (docs/design/ARCHITECTURE.md "Speed"). How it is fast (issue 16; a
 * run keeps about one event per client pending, ~1,000, and pops ~10⁶ of them a second):
 * - Four children per node: a removal walks 5 levels instead of 10 for 1,000 events, and the
 *   four children's times sit in one cache line. (The binary heap's removal was 5.5 % of a
 *   serializable 500k run's CPU profile, the largest single cost of the loop.)
 * - The heap is ordered by time alone. Ties are rare (none in the article's runs) and settled
 *   when popping: every event due at the earliest time sits in a subtree at the root, so if no
 *   child of the root is due then, the root is the one; otherwise the earliest-scheduled of that
 *   subtree is taken out.
 * - The heap holds only the time and a slot number; the sequence number, kind and arguments stay in
 *   their slot, so moving an entry moves two numbers instead of five.
 * - Removal walks the hole down to a leaf along the earliest children, then lifts the last entry
 *   from there (Floyd): the last entry is a leaf's and nearly always belongs near the bottom.
 * The arrays double when full.
 */
/** Children per node. */
const ARITY = 4;

export class EventQueue {
  /** Heap order: each entry's time and the slot holding the rest of it. */
  #time: Float64Array;
  /** Entries the arrays hold; #time has 4 more, read as never due past the last entry. */
  #cap: number;
  #slot: Int32Array;
  /** By slot: sequence number (tie-break), kind and the two arguments. */
  #seq: Float64Array;
  #kind: Uint8Array;
  #a: Int32Array;
  #b: Int32Array;
  /** A stack of free slots. */
  #free: Int32Array;
  #freeTop: number;
  /** Scratch stack for the tie search. */
  #stack = new Int32Array(16);
  #size = 0;
  #nextSeq = 0;

  /** Fields of the event last returned by pop(). */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;

  constructor(capacity = 1024) {
    const n = Math.max(1, capacity);
    this.#cap = n;
    this.#time = new Float64Array(n + ARITY);
    this.#slot = new Int32Array(n);
    this.#seq = new Float64Array(n);
    this.#kind = new Uint8Array(n);
    this.#a = new Int32Array(n);
    this.#b = new Int32Array(n);
    this.#free = new Int32Array(n);
    for (let i = 0; i < n; i++) this.#free[i] = n - 1 - i;
    this.#freeTop = n;
  }

  get size(): number {
    return this.#size;
  }

  /** Time of the earliest event, or Infinity when empty. */
  peekTime(): number {
    return this.#size > 0 ? this.#time[0] : Infinity;
  }

  push(time: number, kind: number, a = 0, b = 0): void {
    if (this.#size === this.#cap) this.#grow();
    const slot = this.#free[--this.#freeTop];
    this.#seq[slot] = this.#nextSeq++;
    this.#kind[slot] = kind;
    this.#a[slot] = a;
    this.#b[slot] = b;
    const times = this.#time;
    const slots = this.#slot;
    let i = this.#size++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const pt = times[p];
      if (pt <= time) break;
      times[i] = pt;
      slots[i] = slots[p];
      i = p;
    }
    times[i] = time;
    slots[i] = slot;
  }

  /** Removes the earliest event into (time, kind, a, b). Returns false when empty. */
  pop(): boolean {
    const n = this.#size;
    if (n === 0) return false;
    const times = this.#time;
    const t = times[0];
    // Another event due at the same time would be a child of the root (heap order).
    const at =
      (n > 1 && times[1] === t) ||
      (n > 2 && times[2] === t) ||
      (n > 3 && times[3] === t) ||
      (n > 4 && times[4] === t)
        ? this.#firstDue(t)
        : 0;
    const slot = this.#slot[at];
    this.time = t;
    this.kind = this.#kind[slot];
    this.a = this.#a[slot];
    this.b = this.#b[slot];
    this.#free[this.#freeTop++] = slot;
    this.#removeAt(at);
    return true;
  }

  /** Index of the earliest-scheduled entry due at `t`, the earliest time (a tie). */
  #firstDue(t: number): number {
    const times = this.#time;
    const slots = this.#slot;
    const seqs = this.#seq;
    const n = this.#size;
    let best = 0;
    let bestSeq = seqs[slots[0]];
    let top = 0;
    let stack = this.#stack;
    stack[top++] = 0;
    // Depth-first over the subtree of entries due at t (their parents are due at t too).
    while (top > 0) {
      const i = stack[--top];
      const s = seqs[slots[i]];
      if (s < bestSeq) {
        best = i;
        bestSeq = s;
      }
      for (let c = ARITY * i + 1; c <= ARITY * i + ARITY && c < n; c++) {
        if (times[c] !== t) continue;
        if (top === stack.length) {
          const bigger = new Int32Array(stack.length * 2);
          bigger.set(stack);
          stack = this.#stack = bigger;
        }
        stack[top++] = c;
      }
    }
    return best;
  }

  /** Takes the entry at index j out, keeping heap order. */
  #removeAt(j: number): void {
    const last = --this.#size;
    if (j === last) return;
    const times = this.#time;
    const slots = this.#slot;
    const lt = times[last];
    const ls = slots[last];
    // Walk the hole down to a leaf of the heap without the last entry, moving the earliest child
    // up each time. The last slot and the three after it read as never due, so a node with fewer
    // than four children needs no bounds test.
    times[last] = Infinity;
    times[last + 1] = Infinity;
    times[last + 2] = Infinity;
    times[last + 3] = Infinity;
    let hole = j;
    for (;;) {
      const c = ARITY * hole + 1;
      if (c >= last) break;
      let m = c;
      let mt = times[c];
      const t1 = times[c + 1];
      const t2 = times[c + 2];
      const t3 = times[c + 3];
      if (t1 < mt) {
        m = c + 1;
        mt = t1;
      }
      if (t2 < mt) {
        m = c + 2;
        mt = t2;
      }
      if (t3 < mt) {
        m = c + 3;
        mt = t3;
      }
      times[hole] = mt;
      slots[hole] = slots[m];
      hole = m;
    }
    // The last entry fills the hole, moving up past any later parents.
    while (hole > 0) {
      const p = (hole - 1) >> 2;
      const pt = times[p];
      if (pt <= lt) break;
      times[hole] = pt;
      slots[hole] = slots[p];
      hole = p;
    }
    times[hole] = lt;
    slots[hole] = ls;
  }

  #grow(): void {
    const old = this.#cap;
    const n = old * 2;
    this.#cap = n;
    const grow = <T extends Float64Array | Uint8Array | Int32Array>(
      from: T,
      make: (n: number) => T,
    ): T => {
      const next = make(n);
      next.set(from);
      return next;
    };
    this.#time = grow(this.#time, () => new Float64Array(n + ARITY));
    this.#slot = grow(this.#slot, (k) => new Int32Array(k));
    this.#seq = grow(this.#seq, (k) => new Float64Array(k));
    this.#kind = grow(this.#kind, (k) => new Uint8Array(k));
    this.#a = grow(this.#a, (k) => new Int32Array(k));
    this.#b = grow(this.#b, (k) => new Int32Array(k));
    // Full means no slot was free: the new slots are the only free ones.
    const free = new Int32Array(n);
    for (let i = 0; i < n - old; i++) free[i] = n - 1 - i;
    this.#free = free;
    this.#freeTop = n - old;
  }
}
