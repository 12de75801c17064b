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
 * Work-conserving: a booking made ahead of its ready time leaves its server idle until then; the
 * resource remembers such idle intervals (idleIntervals.ts), and a job reserved later that is
 * ready in time and fits in one runs there instead of queueing behind the booking.
 *
 * Busy time is accumulated for the utilisation law (busy = completions × demand).
 */
import { IdleIntervals } from './idleIntervals.ts';

/** The present, as a resource reads it: the engine's virtual clock (ms). Every booking is ready
 *  at or after it, so an idle interval that ends by then can hold no job to come. */
export interface Clock {
  readonly now: number;
}

/** For a resource used without an engine (tests): no interval is ever known to be past. */
const NO_CLOCK: Clock = { now: -Infinity };

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
  /** Idle intervals left by bookings made ahead. */
  readonly #gaps: IdleIntervals;
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
    this.#gaps = new IdleIntervals(servers);
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
    // Every booking is ready at or after the present (Clock): an idle interval that ends by it
    // is neither kept nor searched, which would be wrong for a job ready before it.
    const now = this.clock.now;
    if (ready < now) throw new RangeError(`${this.id}: a job ready at ${ready}, before now ${now}`);
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
    const gaps = this.#gaps;
    if (start > ready && gaps.endBy > ready && service <= gaps.maxLen) {
      const end = this.#inGap(ready, service, start);
      if (end >= 0) return end;
    }
    const end = start + service;
    // A booking that starts after its server frees up leaves it idle in between — worth keeping
    // only if some of it lies ahead of the present.
    if (start > freed && start > now) gaps.keep(freed, start, now, this.jobs, this.busy);
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
    const at = this.#gaps.take(ready, service, start, this.clock.now, this.jobs, this.busy);
    if (at < 0) return -1;
    this.busy += service;
    this.jobs++;
    this.lastStart = at;
    return at + service;
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
    const now = this.clock.now;
    if (ready < now) throw new RangeError(`${this.id}: a job ready at ${ready}, before now ${now}`);
    const gaps = this.#gaps;
    if (gaps.endBy > ready && service <= gaps.maxLen) {
      const end = this.#inGap(ready, service, start);
      if (end >= 0) return end;
    }
    gaps.cut(start, service, this.clock.now, this.jobs, this.busy);
    return -1;
  }

  /**
   * When a job ready at `ready` would start if reserved now (FIFO, or in an idle interval that
   * holds it sooner), without reserving it.
   */
  startFor(ready: number, service: number): number {
    const first = this.earliestFree();
    if (first <= ready) return ready;
    return this.#gaps.soonest(ready, service, first);
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

  /** Idle-interval slots the resource holds now (tests: the slots double when full). */
  get idleSlots(): number {
    return this.#gaps.to.length;
  }

  /** Utilisation over [0, horizon]: busy time / (servers × horizon). */
  utilisation(horizon: number): number {
    return horizon > 0 ? Math.min(1, this.busy / (this.servers * horizon)) : 0;
  }
}
