/**
 * A CPU: a Server of cores whose speed scales every service time, and Go's runnext, which lets a
 * goroutine just made runnable take a core ahead of the queue. Apart from server.ts, which holds
 * the choice among servers, and idleIntervals.ts, the idle intervals every resource shares.
 */
import { type Clock, Server } from './server.ts';

/** Mean wait of a runnable goroutine for its core's next preemption point: half of Go's 10 ms. */
export const GO_PREEMPT_WAIT_MS = 5;

/** The job backlog() measures the wait of, ms: about one receive or response of a read (tens of
 *  µs of a core: costs.ts grpcRecvUs, grpcSendUs, with or without their syscalls). */
const BACKLOG_PROBE_MS = 0.05;

/** A CPU of `cores` cores whose speed scales every service time (1 = the cost table's core). */
export class Cpu extends Server {
  constructor(
    id: string,
    cores: number,
    readonly speed: number,
    clock?: Clock,
  ) {
    super(id, cores, clock);
  }

  /** Reserves `us` microseconds of reference-core work; returns the finish time in ms. */
  run(ready: number, us: number): number {
    // A division less on the reference core (x / 1 is x exactly): two in a row were the costliest
    // instructions of this call in a profile (issue 16).
    const speed = this.speed;
    return this.reserve(ready, speed === 1 ? us / 1000 : us / 1000 / speed);
  }

  /**
   * The wait a job ready at `t` would see on these cores, ms: how long the work already queued
   * holds them (idle slivers between bookings too short for a request's job do not count).
   */
  backlog(t: number): number {
    return this.startFor(t, BACKLOG_PROBE_MS) - t;
  }

  /** A machine of its own: no other process holds its cores from this one's threads (CpuShare). */
  contention(): number {
    return 0;
  }

  /**
   * Reserves `us` µs of a goroutine that another goroutine has just made runnable (a channel
   * send, a message read): Go puts it in that P's `runnext` slot, so it runs at the P's next
   * scheduling point, ahead of the run queue — when the running goroutine blocks or, after at
   * most 10 ms of running, is preempted (runtime/proc.go, sysmon's forcePreemptNS). It waits for
   * the queue like any job while the queue is shorter than half that quantum (the mean wait for a
   * preemption point); beyond, it starts then, and the work queued on that core moves back by
   * its length (the capacity is not lost, only reordered); an idle interval that starts it sooner
   * takes it instead, and none offers that time to a later job (issue 11: a job booked later ran
   * in an interval beside it on one core).
   *
   * `waitMs` is how long it can wait for that point: half the quantum by default, 0 for a
   * hand-off — the goroutine that made it runnable blocks at once (sends on a channel, then waits
   * for the answer), so the P runs it next without going back to the queue.
   */
  runUrgent(ready: number, us: number, waitMs = GO_PREEMPT_WAIT_MS): number {
    const service = us / 1000 / this.speed;
    const start = ready + waitMs;
    if (this.earliestFree() <= start) return this.reserve(ready, service);
    // An idle interval that starts it sooner (a booking made ahead left it) needs no preemption.
    const inGap = this.preempt(ready, service, start);
    if (inGap >= 0) return inGap;
    this.delayEarliest(service);
    this.busy += service;
    this.jobs++;
    this.lastStart = start;
    return start + service;
  }

  /**
   * When the last work booked on these cores ends, ms: until then this machine's process has
   * work of its own on them (wakeUps.ts). Read off the servers' free times, not kept per booking:
   * Cpu.run is the hottest call of a run (issue 16).
   */
  get lastEnd(): number {
    return this.latestFree();
  }
}
