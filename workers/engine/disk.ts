/** A disk: one server whose every fsync waits a fixed time plus its bytes at a bandwidth. */
import { type Clock, Server } from './server.ts';

/** A disk whose every fsync waits `fsyncMs` plus the bytes at `mbps`, one at a time. */
export class Disk extends Server {
  constructor(
    id: string,
    readonly fsyncMs: number,
    readonly mbps: number,
    clock?: Clock,
  ) {
    super(id, 1, clock);
  }

  /** Writes `bytes` and waits for them to be durable; returns the finish time. */
  fsync(ready: number, bytes: number): number {
    return this.reserve(ready, this.fsyncMs + bytes / (this.mbps * 1000));
  }
}
