/**
 * One direction of a network interface, and a transfer between two: the NIC keeps its busy
 * intervals and books each transfer first-fit, so it never makes a message wait behind one booked
 * later for later (see Nic). Apart from server.ts because its bookkeeping is its own: a CPU or a
 * loop chooses among servers, a NIC among the gaps of one.
 */
import { Server } from './server.ts';

/** Busy intervals a NIC remembers; when full the earliest quarter is forgotten (long past). */
const NIC_INTERVALS = 1024;

/**
 * One direction of a network interface: bytes leave one at a time at `gbps`.
 *
 * A NIC is booked far ahead all the time (a response leaves when a busy CPU will have built it,
 * an append when the leader's raft step will be done) while its transfers take µs, so the idle
 * time between bookings is most of its time. It keeps its busy intervals, sorted and disjoint,
 * and puts each transfer in the first idle stretch at or after its ready time that holds it
 * (first fit): exactly work-conserving, whatever the order of the bookings — a message never
 * waits behind one booked later for later.
 */
export class Nic extends Server {
  readonly msPerByte: number;
  private readonly from = new Float64Array(NIC_INTERVALS);
  private readonly to = new Float64Array(NIC_INTERVALS);
  private n = 0;

  constructor(id: string, gbps: number) {
    super(id, 1);
    this.msPerByte = 8 / (gbps * 1e6); // 8 bits per byte; 1 Gbit/s = 1e6 bits per ms
  }

  override reserve(ready: number, service: number): number {
    // Unary plus: `start` (seeded from `ready`) and the sums stay raw doubles in the loops below,
    // not a heap number unboxed at each step (as in Server's search; issue 16: instructions per
    // request 12,874 -> 12,809 serializable, 18,680 -> 18,622 linearizable).
    ready = +ready;
    service = +service;
    const from = this.from;
    const to = this.to;
    let n = this.n;
    // The first interval that ends after `ready` (ends are sorted, like starts). It is nearly
    // always among the last few (a NIC keeps ~900 intervals, most of them past, and a new
    // transfer lands after all but 2–6 of them in the article's runs): walk back from the end a
    // few steps, then search the rest by halves.
    let lo = n;
    const stop = n > 8 ? n - 8 : 0;
    while (lo > stop && to[lo - 1] > ready) lo--;
    if (lo === stop && stop > 0) {
      let hi = lo;
      lo = 0;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (to[mid] <= ready) lo = mid + 1;
        else hi = mid;
      }
    }
    let start = ready;
    let i = lo;
    while (i < n && from[i] < start + service) {
      if (to[i] > start) start = to[i];
      i++;
    }
    const end = start + service;
    if (i > 0 && to[i - 1] >= start) {
      // Touches the interval before it: extend that one (and join the next if it now touches).
      to[i - 1] = end;
      if (i < n && from[i] <= end) {
        to[i - 1] = to[i];
        for (let k = i; k < n - 1; k++) {
          from[k] = from[k + 1];
          to[k] = to[k + 1];
        }
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
      // A few entries move (copyWithin's call costs more than moving them one by one).
      for (let k = n; k > i; k--) {
        from[k] = from[k - 1];
        to[k] = to[k - 1];
      }
      from[i] = start;
      to[i] = end;
      this.n = n + 1;
    }
    if (end > this.freeAt[0]) this.freeAt[0] = end;
    this.busy += service;
    this.jobs++;
    this.lastStart = start;
    return end;
  }

  /**
   * reserve() for a caller on the hot path: when the transfer is ready after every booking has
   * ended (over half of them in the article's runs) it is appended here, in a few lines the
   * compiler inlines at the call; else the general search. The same booking as reserve() either
   * way — this is the branch reserve() takes when it finds no interval ending after `ready`
   * (issue 16: a call to reserve() cost ~430 instructions, most of them the call itself).
   */
  book(ready: number, service: number): number {
    const n = this.n;
    if (n === 0 || n === NIC_INTERVALS || !(ready > this.to[n - 1]))
      return this.reserve(ready, service);
    const end = ready + service;
    this.from[n] = ready;
    this.to[n] = end;
    this.n = n + 1;
    if (end > this.freeAt[0]) this.freeAt[0] = end;
    this.busy += service;
    this.jobs++;
    this.lastStart = ready;
    return end;
  }

  /** Serialisation time of `bytes` on this interface, ms. */
  time(bytes: number): number {
    return bytes * this.msPerByte;
  }
}

/**
 * A network transfer from one host's transmit side to another's receive side, `oneWayMs` apart.
 * The receiver takes bits as they arrive (cut-through), so an idle path delivers at
 * txFinish + oneWay, and a busy receiver queues the transfer behind what it is taking in.
 */
export function transfer(tx: Nic, rx: Nic, ready: number, bytes: number, oneWayMs: number): number {
  const txEnd = tx.book(ready, tx.time(bytes));
  const firstBit = tx.lastStart + oneWayMs;
  return Math.max(txEnd + oneWayMs, rx.book(firstBit, rx.time(bytes)));
}
