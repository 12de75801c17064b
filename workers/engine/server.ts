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
 * Busy time is accumulated for the utilisation law (busy = completions × demand).
 */
export class Server {
  readonly freeAt: Float64Array;
  /** Sum of service times reserved, ms (of one server). */
  busy = 0;
  jobs = 0;
  /** Start time of the job last reserved. */
  lastStart = 0;

  constructor(
    readonly id: string,
    readonly servers: number,
  ) {
    if (!(servers >= 1)) throw new RangeError(`${id}: servers must be ≥ 1, got ${servers}`);
    this.freeAt = new Float64Array(servers);
  }

  /**
   * Reserves `service` ms at or after `ready`; returns the finish. Placement is best fit: the
   * server that frees up latest but still by `ready` (so a job reserved ahead of time does not
   * take a server that is idle now); if none is free by then, the earliest-free one (FIFO wait).
   */
  reserve(ready: number, service: number): number {
    const f = this.freeAt;
    let start: number;
    let server = 0;
    if (f.length === 1) {
      // One server (a NIC, a disk, a loop): the common case, without the search.
      const at = f[0];
      start = at > ready ? at : ready;
    } else {
      let fit = -1;
      let fitAt = -Infinity;
      let first = 0;
      let firstAt = f[0];
      for (let i = 0; i < f.length; i++) {
        const at = f[i];
        if (at <= ready && at > fitAt) {
          fitAt = at;
          fit = i;
        }
        if (at < firstAt) {
          firstAt = at;
          first = i;
        }
      }
      server = fit >= 0 ? fit : first;
      start = fit >= 0 ? ready : firstAt;
    }
    const end = start + service;
    f[server] = end;
    this.busy += service;
    this.jobs++;
    this.lastStart = start;
    return end;
  }

  /** Utilisation over [0, horizon]: busy time / (servers × horizon). */
  utilisation(horizon: number): number {
    return horizon > 0 ? Math.min(1, this.busy / (this.servers * horizon)) : 0;
  }
}

/** A CPU of `cores` cores whose speed scales every service time (1 = the cost table's core). */
export class Cpu extends Server {
  constructor(
    id: string,
    cores: number,
    readonly speed: number,
  ) {
    super(id, cores);
  }

  /** Reserves `us` microseconds of reference-core work; returns the finish time in ms. */
  run(ready: number, us: number): number {
    return this.reserve(ready, us / 1000 / this.speed);
  }
}

/** One direction of a network interface: bytes leave one at a time at `gbps`. */
export class Nic extends Server {
  readonly msPerByte: number;

  constructor(id: string, gbps: number) {
    super(id, 1);
    this.msPerByte = 8 / (gbps * 1e6); // 8 bits per byte; 1 Gbit/s = 1e6 bits per ms
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
  const txEnd = tx.reserve(ready, tx.time(bytes));
  const firstBit = tx.lastStart + oneWayMs;
  return Math.max(txEnd + oneWayMs, rx.reserve(firstBit, rx.time(bytes)));
}

/** A disk whose every fsync waits `fsyncMs` plus the bytes at `mbps`, one at a time. */
export class Disk extends Server {
  constructor(
    id: string,
    readonly fsyncMs: number,
    readonly mbps: number,
  ) {
    super(id, 1);
  }

  /** Writes `bytes` and waits for them to be durable; returns the finish time. */
  fsync(ready: number, bytes: number): number {
    return this.reserve(ready, this.fsyncMs + bytes / (this.mbps * 1000));
  }
}
