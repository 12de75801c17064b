/**
 * What a gRPC connection batches (issue 11). Each end of a connection reads through one goroutine
 * and writes through another: the server transport's reader and its loopy writer, and the same
 * two in the client. A read syscall takes every frame that has arrived on the connection; the
 * loopy writer flushes every frame queued for it in one write. So a message that becomes ready
 * while its side's read or flush is due but has not run yet goes in that one, and pays no syscall,
 * wake-up or TCP segment of its own (the costs' `*SyscallUs`); one that finds none due pays them.
 *
 * The flush waits a little on purpose: with less than a batch (1,000 B) buffered, loopy calls
 * runtime.Gosched once before it writes, to let the streams' goroutines add more (grpc-go
 * internal/transport/controlbuf.go, loopyWriter.run, minBatchSize). The yield puts it behind the
 * goroutines already runnable, so the flush comes after the work queued on the process's cores
 * (HostCpu.runQueue), and every response or request marshalled meanwhile goes along.
 *
 * With one request per connection (clients ≤ conns) nothing can share a syscall: each side
 * carries one message at a time. Why it matters (calibrationLoopback.ts, table A): the loopback
 * cluster served 1.74× (serializable) and 1.51× (linearizable) the reads at 500 clients on 100
 * connections than at 100 on 100, on a machine saturated at both, because each read cost its
 * processes ≈ 30 % less CPU; the lecture's and etcd.io's 1,000 clients share 100 connections too.
 */
import type { World } from './world.ts';

/** Sides of a connection, each with its own read or flush. */
export const MEMBER_READ = 0;
export const MEMBER_WRITE = 1;
export const CLIENT_WRITE = 2;
export const CLIENT_READ = 3;
const SIDES = 4;

/** Slot of `client`'s connection to member `m`, side `side`, in World.connDue. */
export function connSlot(w: World, client: number, m: number, side: number): number {
  return ((client % w.s.conns) * w.members.length + m) * SIDES + side;
}

/** Slots the world allocates: every connection to every member has its four sides. */
export function connSlots(conns: number, members: number): number {
  return conns * members * SIDES;
}

/**
 * µs of the syscall a message ready at `ready` pays in slot `k`: none when that side has a read
 * or a flush due after `ready` (the message goes in it), else `us`.
 */
export function syscallUs(w: World, k: number, ready: number, us: number): number {
  return ready < w.connDue[k] ? 0 : us;
}

/** A message that paid its read syscall (`paid` > 0) is read at `start`: later ones until then go along. */
export function readAt(w: World, k: number, paid: number, start: number): void {
  if (paid > 0) w.connDue[k] = start;
}

/**
 * When the flush that carries a message marshalled at `end` writes it, ms. A message that paid
 * (`paid` > 0) starts a flush: loopy's yield puts it `runQueue` ms after `end`. One that went
 * along leaves with the flush it joined, or at once if that flush was due before it was done.
 */
export function flushAt(w: World, k: number, paid: number, end: number, runQueue: number): number {
  if (paid > 0) {
    const at = end + runQueue;
    w.connDue[k] = at;
    return at;
  }
  const at = w.connDue[k];
  return at > end ? at : end;
}
