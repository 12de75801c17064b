/**
 * The idle intervals a resource remembers (server.ts): a booking made ahead of its ready time
 * leaves its server idle until then, and a job reserved later that is ready in time and fits in
 * one runs there, in the earliest that holds it, instead of queueing behind the booking — a later
 * booking never makes work that was ready earlier wait while a server idles.
 *
 * The intervals live in `servers + 7` slots at first (so a loop has 8). An interval is forgotten
 * once it ends by the present (the engine's clock: no job is reserved before it); when every slot
 * holds one that has not, the slots double (up to GAP_SLOTS_MAX) if the one to forget would hold
 * an average job, else the shortest (what is left of it after the present) is forgotten — that is
 * the approximation: mostly slivers of a few µs that no job fits in. Which server an interval is
 * on is not kept.
 */
/** Idle-interval slots a resource starts with beyond one per server. */
const GAP_SLOTS_EXTRA = 7;
/** The most idle intervals a resource remembers (16 KiB of them). */
const GAP_SLOTS_MAX = 1024;

/**
 * The longest job the interval [from, to) can hold, as the search tests it (`at + service ≤ to`
 * in doubles, which rounds): its length plus a few units in the last place of `to`, so that a job
 * the search would fit is never taken for too long.
 */
function fitLength(from: number, to: number): number {
  return to - from + Math.abs(to) * 4.5e-16;
}

export class IdleIntervals {
  /** Idle intervals [from, to) left by bookings made ahead (empty when to ≤ from). */
  from: Float64Array;
  to: Float64Array;
  /**
   * No interval ends after this (an upper bound, tightened whenever the intervals are scanned to
   * the end): a job ready at or after it cannot use any, so most reservations skip the search.
   */
  endBy = -Infinity;
  /**
   * No interval holds a job longer than this (an upper bound on fitLength, tightened whenever the
   * intervals are scanned to the end, raised when one is kept): a longer job cannot fit in any.
   * Most intervals are slivers of a few µs between bookings, most CPU jobs tens of µs.
   */
  maxLen = -Infinity;
  /**
   * Slots from here on have never held an interval (they read [0, 0), which no job uses): the
   * searches stop here. It never shrinks: a resource that once needed many slots (a shared host's
   * loop, in a burst of delayed requests) scans them from then on.
   */
  #used = 0;

  constructor(servers: number) {
    this.from = new Float64Array(servers + GAP_SLOTS_EXTRA);
    this.to = new Float64Array(servers + GAP_SLOTS_EXTRA);
  }

  /**
   * Runs a job ready at `ready` of `service` ms in the interval that starts it soonest before
   * `start`, if one holds it: returns when it starts there, or −1 when none does. The piece of the
   * interval after the job stays in its slot; the piece before it is kept like any new interval
   * (`now`, `jobs`, `busy`: as keep takes them).
   */
  take(
    ready: number,
    service: number,
    start: number,
    now: number,
    jobs: number,
    busy: number,
  ): number {
    const gf = this.from;
    const gt = this.to;
    let gap = -1;
    let endBy = -Infinity;
    let maxLen = -Infinity;
    const used = this.#used;
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
      this.endBy = endBy;
      this.maxLen = maxLen;
    }
    if (gap < 0) return -1;
    const end = gapAt + service;
    const before = gf[gap];
    if (gt[gap] > end) {
      gf[gap] = end;
      if (gapAt > before) this.keep(before, gapAt, now, jobs, busy);
    } else gt[gap] = gapAt;
    return gapAt;
  }

  /**
   * A job taking a core at `start` for `service` ms ahead of the queue (Cpu.runUrgent) that no
   * interval starts sooner: the intervals it overlaps lose [start, start + service), so that no
   * later job is put there beside it (on a machine of several cores the piece is lost on whichever
   * core the interval was).
   */
  cut(start: number, service: number, now: number, jobs: number, busy: number): void {
    const until = start + service;
    const gf = this.from;
    const gt = this.to;
    let tailFrom = 0;
    let tailTo = 0;
    for (let i = 0; i < this.#used; i++) {
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
    if (tailTo > tailFrom) this.keep(tailFrom, tailTo, now, jobs, busy);
  }

  /** When a job ready at `ready` of `service` ms could start in an interval, if before `best`. */
  soonest(ready: number, service: number, best: number): number {
    if (!(this.endBy > ready && service <= this.maxLen)) return best;
    const gf = this.from;
    const gt = this.to;
    for (let i = 0; i < this.#used; i++) {
      const to = gt[i];
      if (to <= ready) continue;
      const at = gf[i] > ready ? gf[i] : ready;
      if (at < best && at + service <= to) best = at;
    }
    return best;
  }

  /**
   * Remembers the idle interval [from, to): in an empty slot or one whose interval ends by the
   * present `now` (no job is reserved before it, so such an interval can hold none); else, if the
   * shorter of it and the shortest kept holds the average job so far (`busy` ms over `jobs`), in
   * a new slot (the slots double, up to GAP_SLOTS_MAX: a delayed request each leaves one, and many
   * can be delayed at once); else in place of the shortest kept, if that one is shorter than this
   * — lengths counted from the present, the part before it being past. Not by the ready time of
   * the booking that leaves it: a booking made ahead is ready later than jobs still to be
   * reserved, which an interval ending between the two can hold (a loop lost up to a millisecond
   * per job that way, issue 11). Not the interval that starts latest either, as before: on a
   * shared host's pool a booking ahead left a sliver of a few µs on one core that evicted a
   * millisecond-long interval on the other (it started later), and with slots full of slivers a
   * loop dropped a new long interval (it starts after every other); both lost the capacity a
   * request's delay left idle.
   */
  keep(from: number, to: number, now: number, jobs: number, busy: number): void {
    // Past already: no job to come is ready before the present (Clock, server.ts), so none can
    // use it. (Kept, it could still have made the slots double while every job so far took no
    // time: the average job, 0, fits in anything.)
    if (to <= now) return;
    const gf = this.from;
    const gt = this.to;
    if (to > this.endBy) this.endBy = to;
    const len = fitLength(from, to);
    if (len > this.maxLen) this.maxLen = len;
    let slot = -1;
    let shortest = Infinity;
    const used = this.#used;
    for (let i = 0; i < used; i++) {
      const t = gt[i];
      const f = gf[i];
      if (t <= f || t <= now) {
        gf[i] = from;
        gt[i] = to;
        return;
      }
      const left = fitLength(f > now ? f : now, t);
      if (left < shortest) {
        shortest = left;
        slot = i;
      }
    }
    if (used < gt.length) {
      // The first slot never used: [0, 0) is empty.
      gf[used] = from;
      gt[used] = to;
      this.#used = used + 1;
      return;
    }
    this.#keepWhenFull(from, to, slot, shortest, now, jobs, busy);
  }

  /**
   * keep with every slot holding an interval that has not ended: `slot` holds the shortest,
   * `shortest` long from now. Apart from keep so that the common path stays small enough for the
   * compiler to inline into its callers (issue 16).
   */
  #keepWhenFull(
    from: number,
    to: number,
    slot: number,
    shortest: number,
    now: number,
    jobs: number,
    busy: number,
  ): void {
    const used = this.#used;
    const left = fitLength(from > now ? from : now, to);
    // The shorter of this one and the shortest kept is to be forgotten: if it holds the
    // average job so far, every slot holds work a job could use — make room instead.
    const lost = shortest < left ? shortest : left;
    if (used < GAP_SLOTS_MAX && jobs > 0 && lost * jobs >= busy) {
      const size = Math.min(2 * used, GAP_SLOTS_MAX);
      const gf = new Float64Array(size);
      const gt = new Float64Array(size);
      gf.set(this.from);
      gt.set(this.to);
      gf[used] = from;
      gt[used] = to;
      this.from = gf;
      this.to = gt;
      this.#used = used + 1;
      return;
    }
    if (shortest >= left) return;
    this.from[slot] = from;
    this.to[slot] = to;
  }
}
