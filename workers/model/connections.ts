/**
 * What a gRPC connection batches (issue 11). Each end of a connection reads through one goroutine
 * and writes through another: the server transport's reader and its loopy writer, and the same
 * two in the client. A read syscall takes every frame that has arrived on the connection; the
 * loopy writer flushes every frame queued for it in one write. So a message that becomes ready
 * while its side's read or flush is due but has not run yet goes in that one, and pays no syscall,
 * wake-up or TCP segment of its own (the costs' `*SyscallUs`); one that finds none due pays them.
 *
 * A flush goes out when the message that started it has been written (its marshal job done);
 * the messages marshalled while it was due go with it. Real gRPC batches at least that much: with
 * less than a batch (1,000 B) buffered, its loopy writer calls runtime.Gosched once before it
 * flushes, to let the streams' goroutines add more (grpc-go internal/transport/controlbuf.go,
 * loopyWriter.run, minBatchSize). The model does not hold the flush back for that yield: on a
 * machine of its own the model books a request's jobs ahead, so no other work is queued yet at
 * the moment the flush would wait for (tried: 1 % on the loopback cluster's 500-client run, none
 * on the lecture's, at the cost of a queue probe per message).
 *
 * With one request per connection (clients ≤ conns) nothing can share a syscall: each side
 * carries one message at a time. Why it matters (calibrationLoopback.ts, table A): the loopback
 * cluster served 1.74× (serializable) and 1.51× (linearizable) the reads at 500 clients on 100
 * connections than at 100 on 100, on a machine saturated at both, because each read cost its
 * processes ≈ 30 % less CPU; the lecture's and etcd.io's 1,000 clients share 100 connections too.
 */
/** What these functions need of the world (world.ts holds the slots; this file their rules). */
interface ConnState {
  readonly s: { readonly conns: number };
  readonly members: { readonly length: number };
  readonly connDue: Float64Array;
}

/** Sides of a connection, each with its own read or flush. */
export const MEMBER_READ = 0;
export const MEMBER_WRITE = 1;
export const CLIENT_WRITE = 2;
export const CLIENT_READ = 3;
const SIDES = 4;

/** Slot of `client`'s connection to member `m`, side `side`, in World.connDue. */
export function connSlot(w: ConnState, client: number, m: number, side: number): number {
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
export function syscallUs(w: ConnState, k: number, ready: number, us: number): number {
  return ready < w.connDue[k] ? 0 : us;
}

/** A message that paid its read syscall (`paid` > 0) is read at `start`: later ones until then go along. */
export function readAt(w: ConnState, k: number, paid: number, start: number): void {
  if (paid > 0) w.connDue[k] = start;
}

/**
 * When a message that arrived at `ready` can be decoded, ms: at once if it pays its own read;
 * one that goes along waits for the read that carries it, which starts at the slot's due time and
 * takes `syscallMs`.
 */
export function afterRead(
  w: ConnState,
  k: number,
  paid: number,
  ready: number,
  syscallMs: number,
): number {
  return paid > 0 ? ready : w.connDue[k] + syscallMs;
}

/**
 * When the flush that carries a message marshalled at `end` (paid `paid`) writes it, ms. A
 * message that paid starts a flush, due when its own write is done; one that went along leaves
 * with the flush it joined if it was marshalled before that flush was due. One marshalled later
 * missed it: −1, and the caller books its own write (the `*SyscallUs`) and passes its end to
 * `ownFlush`.
 */
export function flushAt(w: ConnState, k: number, paid: number, end: number): number {
  if (paid > 0) {
    w.connDue[k] = end;
    return end;
  }
  const due = w.connDue[k];
  return end < due ? due : -1;
}

/** A message that missed its flush wrote itself, done at `end`: later ones until then go along. */
export function ownFlush(w: ConnState, k: number, end: number): void {
  w.connDue[k] = end;
}
