/**
 * The resource as it was before issue 16's speed work, kept as the reference the fast one must
 * match decision for decision: it scans every server for the best fit (ties to the lower index)
 * and every idle-interval slot, with the same keep-and-evict rule (an interval is forgotten once it
 * ends by the present, issue 11's fix; when every slot is taken, the slots double if the interval
 * to forget holds an average job, else the shortest from the present goes; lengths as a job's
 * fit tests them). Server must give the same
 * start, finish and free times for any sequence of bookings (serverEquivalence.test.ts).
 */
const GAP_SLOTS_EXTRA = 7;
const GAP_SLOTS_MAX = 1024;

/**
 * How much of [from, to) a job can use, as `at + service ≤ to` tests it in doubles: the length
 * plus a few units in the last place of `to` (the rule idleIntervals.ts's keep compares by).
 */
function usable(from: number, to: number): number {
  return to - from + Math.abs(to) * 4.5e-16;
}

export class ReferenceServer {
  readonly freeAt: Float64Array;
  gapFrom: Float64Array;
  gapTo: Float64Array;
  busy = 0;
  jobs = 0;
  lastStart = 0;

  constructor(
    readonly servers: number,
    private readonly clock: { readonly now: number } = { now: -Infinity },
  ) {
    this.freeAt = new Float64Array(servers);
    this.gapFrom = new Float64Array(servers + GAP_SLOTS_EXTRA);
    this.gapTo = new Float64Array(servers + GAP_SLOTS_EXTRA);
  }

  reserve(ready: number, service: number): number {
    const f = this.freeAt;
    let fit = -1;
    let fitAt = -Infinity;
    let first = 0;
    for (let i = 0; i < f.length; i++) {
      if (f[i] <= ready && f[i] > fitAt) {
        fitAt = f[i];
        fit = i;
      }
      if (f[i] < f[first]) first = i;
    }
    const server = fit >= 0 ? fit : first;
    const start = fit >= 0 ? ready : f[first];
    const inGap = this.inGap(ready, service, start);
    if (inGap >= 0) return inGap;
    const end = start + service;
    if (start > f[server]) this.keepGap(f[server], start);
    this.busy += service;
    this.jobs++;
    f[server] = end;
    this.lastStart = start;
    return end;
  }

  /** Cpu.runUrgent's rule, on this reference (service in ms, wait for a preemption point in ms). */
  runUrgent(ready: number, service: number, preemptWaitMs: number): number {
    const f = this.freeAt;
    let first = 0;
    for (let i = 1; i < f.length; i++) if (f[i] < f[first]) first = i;
    const start = ready + preemptWaitMs;
    if (f[first] <= start) return this.reserve(ready, service);
    // An idle interval that starts it sooner takes it; else none keeps its time.
    const inGap = this.inGap(ready, service, start);
    if (inGap >= 0) return inGap;
    const until = start + service;
    let tail: [number, number] = [0, 0];
    for (let i = 0; i < this.gapTo.length; i++) {
      const [a, b] = [this.gapFrom[i], this.gapTo[i]];
      if (b <= start || a >= until || b <= a) continue;
      if (a < start) {
        this.gapTo[i] = start;
        if (b > until && b - until > tail[1] - tail[0]) tail = [until, b];
      } else if (b > until) this.gapFrom[i] = until;
      else this.gapTo[i] = a;
    }
    if (tail[1] > tail[0]) this.keepGap(tail[0], tail[1]);
    f[first] += service;
    this.busy += service;
    this.jobs++;
    this.lastStart = start;
    return start + service;
  }

  /** The idle interval that starts the job soonest before `start`, if one holds it: its finish, else −1. */
  private inGap(ready: number, service: number, start: number): number {
    const gf = this.gapFrom;
    const gt = this.gapTo;
    let gap = -1;
    let gapAt = start;
    for (let i = 0; i < gt.length; i++) {
      if (gt[i] <= ready) continue;
      const at = gf[i] > ready ? gf[i] : ready;
      if (at < gapAt && at + service <= gt[i]) {
        gapAt = at;
        gap = i;
      }
    }
    if (gap < 0) return -1;
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

  private keepGap(from: number, to: number): void {
    const now = this.clock.now;
    // An interval already past is not kept: no job to come is ready before the present.
    if (to <= now) return;
    const gf = this.gapFrom;
    const gt = this.gapTo;
    let slot = -1;
    let shortest = Infinity;
    for (let i = 0; i < gt.length; i++) {
      if (gt[i] <= gf[i] || gt[i] <= now) {
        gf[i] = from;
        gt[i] = to;
        return;
      }
      const left = usable(Math.max(gf[i], now), gt[i]);
      if (left < shortest) {
        shortest = left;
        slot = i;
      }
    }
    const left = usable(Math.max(from, now), to);
    const lost = Math.min(shortest, left);
    if (gt.length < GAP_SLOTS_MAX && this.jobs > 0 && lost * this.jobs >= this.busy) {
      const n = gt.length;
      this.gapFrom = new Float64Array(Math.min(2 * n, GAP_SLOTS_MAX));
      this.gapTo = new Float64Array(Math.min(2 * n, GAP_SLOTS_MAX));
      this.gapFrom.set(gf);
      this.gapTo.set(gt);
      this.gapFrom[n] = from;
      this.gapTo[n] = to;
      return;
    }
    if (shortest >= left) return;
    gf[slot] = from;
    gt[slot] = to;
  }
}

/** The NIC's busy intervals the old way: a search by halves and copyWithin for every move. */
const NIC_INTERVALS = 1024;

export class ReferenceNic {
  private readonly from = new Float64Array(NIC_INTERVALS);
  private readonly to = new Float64Array(NIC_INTERVALS);
  private n = 0;
  freeAt = 0;
  busy = 0;
  lastStart = 0;

  reserve(ready: number, service: number): number {
    const from = this.from;
    const to = this.to;
    let n = this.n;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (to[mid] <= ready) lo = mid + 1;
      else hi = mid;
    }
    let start = ready;
    let i = lo;
    while (i < n && from[i] < start + service) {
      if (to[i] > start) start = to[i];
      i++;
    }
    const end = start + service;
    if (i > 0 && to[i - 1] >= start) {
      to[i - 1] = end;
      if (i < n && from[i] <= end) {
        to[i - 1] = to[i];
        from.copyWithin(i, i + 1, n);
        to.copyWithin(i, i + 1, n);
        this.n = n - 1;
      }
    } else if (i < n && from[i] <= end) {
      from[i] = start;
    } else {
      if (n === NIC_INTERVALS) {
        const drop = NIC_INTERVALS >>> 2;
        from.copyWithin(0, drop, n);
        to.copyWithin(0, drop, n);
        n -= drop;
        i -= drop;
        if (i < 0) i = 0;
      }
      from.copyWithin(i + 1, i, n);
      to.copyWithin(i + 1, i, n);
      from[i] = start;
      to[i] = end;
      this.n = n + 1;
    }
    if (end > this.freeAt) this.freeAt = end;
    this.busy += service;
    this.lastStart = start;
    return end;
  }
}
