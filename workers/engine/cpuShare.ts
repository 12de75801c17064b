/**
 * One process's share of a CPU pool that several processes use: a shared host, where the client
 * and every member run on the same machine's cores (a laptop cluster under goreman, docker
 * compose or kind). Work a process reserves goes to the pool — FIFO over the pool's cores, with
 * every other process's work — and is also counted here, so the process's own busy time (the
 * CPU-seconds `ps` would show for it) and the pool's together obey the utilisation law.
 *
 * It answers what the model asks of a Cpu (run, lastStart, busy, jobs, servers, utilisation),
 * so a mechanism never knows whether its host is shared.
 */
import type { Cpu } from './cpu.ts';

export class CpuShare {
  /** Service time this process reserved, ms of one core. */
  busy = 0;
  jobs = 0;
  /** Start time of the job this process last reserved. */
  lastStart = 0;
  /** The latest end of a job this process reserved, ms: until then it has work of its own on the
   *  pool's cores (wakeUps.ts); another process's work does not count. */
  lastEnd = 0;

  constructor(
    readonly id: string,
    readonly pool: Cpu,
  ) {}

  get servers(): number {
    return this.pool.servers;
  }

  get speed(): number {
    return this.pool.speed;
  }

  /** Reserves `us` µs of reference-core work on the pool; returns the finish (ms). */
  run(ready: number, us: number): number {
    return this.reserve(ready, us / 1000 / this.pool.speed);
  }

  /** Reserves `us` µs of a goroutine just made runnable (Cpu.runUrgent) on the pool. */
  runUrgent(ready: number, us: number, waitMs?: number): number {
    const end = this.pool.runUrgent(ready, us, waitMs);
    this.lastStart = this.pool.lastStart;
    this.busy += us / 1000 / this.pool.speed;
    this.jobs++;
    if (end > this.lastEnd) this.lastEnd = end;
    return end;
  }

  /** Reserves `service` ms on the pool at or after `ready`; returns the finish. */
  reserve(ready: number, service: number): number {
    const end = this.pool.reserve(ready, service);
    this.lastStart = this.pool.lastStart;
    this.busy += service;
    this.jobs++;
    if (end > this.lastEnd) this.lastEnd = end;
    return end;
  }

  /**
   * The work queued on the pool at `t` (every process's, this one's included), ms: how long the
   * processes sharing the cores may keep a thread of this one made runnable then from them. A
   * machine of its own has no other process (Cpu.contention is 0).
   */
  contention(t: number): number {
    return this.pool.backlog(t);
  }

  /** This process's share of the pool over [0, horizon]: its busy time / (cores × horizon). */
  utilisation(horizon: number): number {
    return horizon > 0 ? Math.min(1, this.busy / (this.servers * horizon)) : 0;
  }
}

/** What the model needs of a host's CPU: a machine of its own (Cpu) or a share of one (CpuShare). */
export type HostCpu = Pick<
  CpuShare,
  | 'run'
  | 'runUrgent'
  | 'reserve'
  | 'contention'
  | 'lastStart'
  | 'lastEnd'
  | 'busy'
  | 'jobs'
  | 'servers'
  | 'utilisation'
  | 'id'
>;
