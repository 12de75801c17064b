/**
 * A FIFO queue in front of `servers` identical servers (CPU cores; one server for a NIC, a disk
 * or a single goroutine loop).
 *
 * Reservation semantics: `reserve(ready, service)` starts the job at `ready` on a server free by
 * then, or else on the earliest-free server, in the order jobs are reserved. The model reserves at the event where the job
 * becomes ready, in virtual-time order, so this is exactly FIFO M/G/c; when a job is reserved a
 * little ahead of its ready time (the rest of a request's path computed at once), it is FIFO by
 * reservation order. No event is needed per job, which keeps the engine's budget for the events
 * that matter (docs/design/ARCHITECTURE.md "Speed").
 *
 * Work-conserving: a booking made ahead of its ready time leaves its server idle until then. The
 * resource remembers the idle intervals such bookings left (in `servers + 7` slots at first, so a
 * loop has 8; more when needed, see keepGap), and a job reserved later that is ready in time and
 * fits in one runs there, in the earliest that holds it, instead of queueing behind the booking —
 * a later booking never makes work that was ready earlier wait while a server idles. An interval
 * is forgotten once it ends by the present (the engine's clock: no job is reserved before it);
 * when every slot holds one that has not, the slots double (up to GAP_SLOTS_MAX) if the one to
 * forget would hold an average job, else the shortest (what is left of it after the present) is
 * forgotten — that is the approximation: mostly slivers of a few µs that no job fits in.
 *
 * Busy time is accumulated for the utilisation law (busy = completions × demand).
 */
/** Idle-interval slots a resource starts with beyond one per server (see Server). */
const GAP_SLOTS_EXTRA = 7;
/** The most idle intervals a resource remembers (16 KiB of them). */
const GAP_SLOTS_MAX = 1024;

/** The present, as a resource reads it: the engine's virtual clock (ms). Every booking is ready
 *  at or after it, so an idle interval that ends by then can hold no job to come. */
export interface Clock {
  readonly now: number;
}

/** For a resource used without an engine (tests): no interval is ever known to be past. */
const NO_CLOCK: Clock = { now: -Infinity };

/**
 * The longest job the interval [from, to) can hold, as the search tests it (`at + service ≤ to`
 * in doubles, which rounds): its length plus a few units in the last place of `to`, so that a job
 * the search would fit is never taken for too long.
 */
function fitLength(from: number, to: number): number {
  return to - from + Math.abs(to) * 4.5e-16;
}

export class Server {
  /** When each server frees up, by server index. */
  readonly freeAt: Float64Array;
  /**
   * The same free times sorted by (time, server index), with the index beside each: the choice
   * below reads the ends of this list instead of scanning every server, and picks exactly the
   * server a scan in index order would (ties go to the lower index).
   */
  readonly #sortedAt: Float64Array;
  readonly #sortedIdx: Int32Array;
  /** Idle intervals [gapFrom, gapTo) left by bookings made ahead (empty when gapTo ≤ gapFrom). */
  gapFrom: Float64Array;
  gapTo: Float64Array;
  /**
   * No interval ends after this (an upper bound, tightened whenever the intervals are scanned to
   * the end):
   * a job ready at or after it cannot use any, so most reservations skip the search.
   */
  #gapsEndBy = -Infinity;
  /**
   * No interval holds a job longer than this (an upper bound on fitLength, tightened whenever the
   * intervals are scanned to the end, raised when one is kept): a longer job cannot fit in any.
   * Most intervals are slivers of a few µs between bookings, most CPU jobs tens of µs.
   */
  #gapsMaxLen = -Infinity;
  /**
   * Slots from here on have never held an interval (they read [0, 0), which no job uses): the
   * searches stop here. It never shrinks: a resource that once needed many slots (a shared host's
   * loop, in a burst of delayed requests) scans them from then on.
   */
  #gapSlotsUsed = 0;
  /** Sum of service times reserved, ms (of one server). */
  busy = 0;
  jobs = 0;
  /** Start time of the job last reserved. */
  lastStart = 0;

  constructor(
    readonly id: string,
    readonly servers: number,
    private readonly clock: Clock = NO_CLOCK,
  ) {
    if (!(servers >= 1)) throw new RangeError(`${id}: servers must be ≥ 1, got ${servers}`);
    this.freeAt = new Float64Array(servers);
    this.#sortedAt = new Float64Array(servers);
    this.#sortedIdx = Int32Array.from({ length: servers }, (_, i) => i);
    this.gapFrom = new Float64Array(servers + GAP_SLOTS_EXTRA);
    this.gapTo = new Float64Array(servers + GAP_SLOTS_EXTRA);
  }

  /**
   * Reserves `service` ms at or after `ready`; returns the finish. Placement is best fit: the
   * server that frees up latest but still by `ready` (so a job reserved ahead of time does not
   * take a server that is idle now); if none is free by then, the earliest-free one (FIFO wait).
   * Among servers free at the same time, the lowest-numbered.
   */
  reserve(ready: number, service: number): number {
    // Raw doubles from here (unary plus), not heap numbers unboxed where `start` and the free
    // times meet them (issue 16: instructions per request 12,809 -> 12,751 serializable,
    // 18,622 -> 18,573 linearizable).
    ready = +ready;
    service = +service;
    const sa = this.#sortedAt;
    const n = sa.length;
    let start: number;
    // Position in the sorted list of the chosen server.
    let pos = 0;
    if (n === 1) {
      // One server (a NIC, a disk, a loop): the common case, without the search.
      const at = this.freeAt[0];
      start = at > ready ? at : ready;
    } else if (sa[0] > ready) {
      // Every server is busy at `ready`: the earliest-free one.
      start = sa[0];
    } else {
      // The latest free time by `ready`, the lowest index among servers free at that time.
      pos = n - 1;
      while (sa[pos] > ready) pos--;
      const at = sa[pos];
      while (pos > 0 && sa[pos - 1] === at) pos--;
      start = ready;
    }
    const freed = n === 1 ? this.freeAt[0] : sa[pos];
    // An idle interval left by an earlier booking made ahead, that holds this job sooner. None
    // can when a server is free by `ready` (the job starts then) or every interval ends by it.
    if (start > ready && this.#gapsEndBy > ready && service <= this.#gapsMaxLen) {
      const end = this.#inGap(ready, service, start);
      if (end >= 0) return end;
    }
    const end = start + service;
    // A booking that starts after its server frees up leaves it idle in between.
    if (start > freed) this.keepGap(freed, start);
    if (n === 1) this.freeAt[0] = end;
    else this.#setFree(pos, end);
    this.busy += service;
    this.jobs++;
    this.lastStart = start;
    return end;
  }

  /**
   * Runs the job in the idle interval that starts it soonest before `start`, if one holds it;
   * returns its finish, or −1 when none does. (Apart from reserve, which stays small enough for
   * the compiler to inline into its callers: most reservations never get here.)
   */
  #inGap(ready: number, service: number, start: number): number {
    const gf = this.gapFrom;
    const gt = this.gapTo;
    let gap = -1;
    let endBy = -Infinity;
    let maxLen = -Infinity;
    const used = this.#gapSlotsUsed;
    // Unary plus: the compiler then keeps `ready` and `service` as raw doubles in the loop. Without
    // it, `at` below (a slot's start or `ready`, as passed in: a heap number) was kept boxed and
    // each slot scanned allocated one: ~300 B per request of a linearizable run (issue 16).
    // `start` too: it seeds `gapAt`, which the loop compares with every slot; left a heap number,
    // it was unboxed at each (issue 16: with `from` read once, a linearizable 500k run's
    // instructions per request went 18,920 -> 18,680; the search runs ~2.8 times a request there).
    ready = +ready;
    service = +service;
    let gapAt = +start;
    let i = 0;
    for (; i < used; i++) {
      const from = gf[i];
      const to = gt[i];
      if (to > endBy) endBy = to;
      const len = fitLength(from, to);
      if (len > maxLen) maxLen = len;
      if (to <= ready) continue;
      const at = from > ready ? from : ready;
      if (at < gapAt && at + service <= to) {
        gapAt = at;
        gap = i;
        // Nothing starts it sooner than when it is ready, and ties go to the lower slot: this
        // is the one (the bounds, not scanned to the end, stay as they were).
        if (at === ready) break;
      }
    }
    if (i === used) {
      this.#gapsEndBy = endBy;
      this.#gapsMaxLen = maxLen;
    }
    if (gap < 0) return -1;
    // The job splits the interval: the piece after it stays in its slot, the piece before it
    // is kept like any new interval.
    const end = gapAt + service;
    const before = gf[gap];
    if (gt[gap] > end) {
      gf[gap] = end;
      if (gapAt > before) this.keepGap(before, gapAt);
    } else gt[gap] = gapAt;
    this.busy += service;
    this.jobs++;
    this.lastStart = gapAt;
    return end;
  }

  /** The server at sorted position `pos` now frees up at `at` (never earlier than before). */
  #setFree(pos: number, at: number): void {
    const sa = this.#sortedAt;
    const si = this.#sortedIdx;
    const idx = si[pos];
    const n = sa.length;
    let k = pos;
    // Each entry read once (issue 16: the loop read sa[k + 1] twice a step; instructions per
    // request 12,637 -> 12,616 serializable, 18,385 -> 18,318 linearizable).
    for (let j = k + 1; j < n; j = k + 1) {
      const next = sa[j];
      if (!(next <= at)) break;
      const nextIdx = si[j];
      if (next === at && nextIdx > idx) break;
      sa[k] = next;
      si[k] = nextIdx;
      k = j;
    }
    sa[k] = at;
    si[k] = idx;
    this.freeAt[idx] = at;
  }

  /** Moves the earliest-free server's free time `by` ms later (Cpu.runUrgent). */
  protected delayEarliest(by: number): void {
    if (this.#sortedAt.length === 1) this.freeAt[0] += by;
    else this.#setFree(0, this.#sortedAt[0] + by);
  }

  /**
   * A job that takes a core at `start` ahead of the queue (Cpu.runUrgent). If an idle interval
   * starts it sooner, it runs there: returns its finish. Else returns −1, and the intervals it
   * overlaps lose [start, start + service), so that no later job is put there beside it (on a
   * machine of several cores the piece is lost on whichever core the interval was: which core an
   * interval is on is not kept).
   */
  protected preempt(ready: number, service: number, start: number): number {
    if (this.#gapsEndBy > ready && service <= this.#gapsMaxLen) {
      const end = this.#inGap(ready, service, start);
      if (end >= 0) return end;
    }
    const until = start + service;
    const gf = this.gapFrom;
    const gt = this.gapTo;
    let tailFrom = 0;
    let tailTo = 0;
    for (let i = 0; i < this.#gapSlotsUsed; i++) {
      const f = gf[i];
      const t = gt[i];
      if (t <= start || f >= until || t <= f) continue;
      if (f < start) {
        gt[i] = start;
        // The piece after the job, kept below (keeping may move the slots).
        if (t > until && t - until > tailTo - tailFrom) {
          tailFrom = until;
          tailTo = t;
        }
      } else if (t > until) gf[i] = until;
      else gt[i] = f;
    }
    if (tailTo > tailFrom) this.keepGap(tailFrom, tailTo);
    return -1;
  }

  /**
   * When a job ready at `ready` would start if reserved now (FIFO, or in an idle interval that
   * holds it sooner), without reserving it.
   */
  startFor(ready: number, service: number): number {
    const first = this.earliestFree();
    if (first <= ready) return ready;
    let best = first;
    if (this.#gapsEndBy > ready && service <= this.#gapsMaxLen) {
      const gf = this.gapFrom;
      const gt = this.gapTo;
      for (let i = 0; i < this.#gapSlotsUsed; i++) {
        const to = gt[i];
        if (to <= ready) continue;
        const at = gf[i] > ready ? gf[i] : ready;
        if (at < best && at + service <= to) best = at;
      }
    }
    return best;
  }

  /** When the earliest-free server frees up. */
  protected earliestFree(): number {
    return this.#sortedAt.length === 1 ? this.freeAt[0] : this.#sortedAt[0];
  }

  /** When the latest-free server frees up: the end of the last work booked (an idle interval's
   *  job ends before the booking after that interval). */
  protected latestFree(): number {
    const sa = this.#sortedAt;
    return sa.length === 1 ? this.freeAt[0] : sa[sa.length - 1];
  }

  /**
   * Remembers the idle interval [from, to): in an empty slot or one whose interval ends by the
   * present (no job is reserved before it, so such an interval can hold none); else, if the
   * shorter of it and the shortest kept holds the average job so far, in a new slot (the slots
   * double, up to GAP_SLOTS_MAX: a delayed request each leaves one, and many can be delayed at
   * once); else in place of the shortest kept, if that one is shorter than this — lengths counted
   * from the present, the part before it being past. Not by the ready time of the booking that
   * leaves it: a booking made ahead is ready later than jobs still to be reserved, which an
   * interval ending between the two can hold (a loop lost up to a millisecond per job that way,
   * issue 11). Not the interval that starts latest either, as before: on a shared host's pool a
   * booking ahead left a sliver of a few µs on one core that evicted a millisecond-long interval
   * on the other (it started later), and with slots full of slivers a loop dropped a new long
   * interval (it starts after every other); both lost the capacity a request's delay left idle.
   */
  private keepGap(from: number, to: number): void {
    const now = this.clock.now;
    const gf = this.gapFrom;
    const gt = this.gapTo;
    if (to > this.#gapsEndBy) this.#gapsEndBy = to;
    const len = fitLength(from, to);
    if (len > this.#gapsMaxLen) this.#gapsMaxLen = len;
    let slot = -1;
    let shortest = Infinity;
    const used = this.#gapSlotsUsed;
    for (let i = 0; i < used; i++) {
      const t = gt[i];
      const f = gf[i];
      if (t <= f || t <= now) {
        gf[i] = from;
        gt[i] = to;
        return;
      }
      const left = t - (f > now ? f : now);
      if (left < shortest) {
        shortest = left;
        slot = i;
      }
    }
    if (used < gt.length) {
      // The first slot never used: [0, 0) is empty.
      gf[used] = from;
      gt[used] = to;
      this.#gapSlotsUsed = used + 1;
      return;
    }
    this.#keepWhenFull(from, to, slot, shortest);
  }

  /**
   * keepGap with every slot holding an interval that has not ended: `slot` holds the shortest,
   * `shortest` long from now. Apart from keepGap so that the common path stays small enough for
   * the compiler to inline reserve into its callers (issue 16).
   */
  #keepWhenFull(from: number, to: number, slot: number, shortest: number): void {
    const now = this.clock.now;
    const used = this.#gapSlotsUsed;
    const left = to - (from > now ? from : now);
    // The shorter of this one and the shortest kept is to be forgotten: if it holds the
    // average job so far, every slot holds work a job could use — make room instead.
    const lost = shortest < left ? shortest : left;
    if (used < GAP_SLOTS_MAX && this.jobs > 0 && lost * this.jobs >= this.busy) {
      const size = Math.min(2 * used, GAP_SLOTS_MAX);
      const gf = new Float64Array(size);
      const gt = new Float64Array(size);
      gf.set(this.gapFrom);
      gt.set(this.gapTo);
      gf[used] = from;
      gt[used] = to;
      this.gapFrom = gf;
      this.gapTo = gt;
      this.#gapSlotsUsed = used + 1;
      return;
    }
    if (shortest >= left) return;
    this.gapFrom[slot] = from;
    this.gapTo[slot] = to;
  }

  /** Utilisation over [0, horizon]: busy time / (servers × horizon). */
  utilisation(horizon: number): number {
    return horizon > 0 ? Math.min(1, this.busy / (this.servers * horizon)) : 0;
  }
}
