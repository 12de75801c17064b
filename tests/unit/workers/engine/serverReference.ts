/**
 * The resource as it was before issue 16's speed work, kept as the reference the fast one must
 * match decision for decision: it scans every server for the best fit (ties to the lower index)
 * and every idle-interval slot, with the same keep-and-evict rule. Server must give the same
 * start, finish and free times for any sequence of bookings (serverEquivalence.test.ts).
 */
const GAP_SLOTS_EXTRA = 7;

export class ReferenceServer {
  readonly freeAt: Float64Array;
  readonly gapFrom: Float64Array;
  readonly gapTo: Float64Array;
  busy = 0;
  lastStart = 0;

  constructor(readonly servers: number) {
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
    this.busy += service;
    if (gap >= 0) {
      const end = gapAt + service;
      const before = gf[gap];
      if (gt[gap] > end) {
        gf[gap] = end;
        if (gapAt > before) this.keepGap(before, gapAt, ready, false);
      } else gt[gap] = gapAt;
      this.lastStart = gapAt;
      return end;
    }
    const end = start + service;
    if (start > f[server]) this.keepGap(f[server], start, ready, true);
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
    f[first] += service;
    this.busy += service;
    this.lastStart = start;
    return start + service;
  }

  private keepGap(from: number, to: number, ready: number, evict: boolean): void {
    const gf = this.gapFrom;
    const gt = this.gapTo;
    let slot = -1;
    let latest = -Infinity;
    for (let i = 0; i < gt.length; i++) {
      if (gt[i] <= gf[i] || gt[i] <= ready) {
        gf[i] = from;
        gt[i] = to;
        return;
      }
      if (gf[i] > latest) {
        latest = gf[i];
        slot = i;
      }
    }
    if (!evict || latest <= from) return;
    gf[slot] = from;
    gt[slot] = to;
  }
}
