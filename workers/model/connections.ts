/**
 * What a gRPC connection batches (issue 11). Each side of a connection reads and writes through
 * one goroutine: the server's reader, its loopy writer, and the same two on the client. A read
 * syscall takes every frame that has arrived; the writer flushes every frame queued for the
 * connection in one write. So a message that becomes ready while that side's read or write is
 * booked but has not started yet travels in it and pays no syscall, wake-up or TCP segment of its
 * own; one that finds no such read or write pending pays them (the `*SyscallUs` costs).
 */
import type { World } from './world.ts';

/** Sides of a connection, each with its own pending read or write. */
export const MEMBER_READ = 0;
export const MEMBER_WRITE = 1;
export const CLIENT_WRITE = 2;
export const CLIENT_READ = 3;
const SIDES = 4;

/** Slot of `client`'s connection to member `m`, side `side`. */
export function connSlot(w: World, client: number, m: number, side: number): number {
  return ((client % w.s.conns) * w.members.length + m) * SIDES + side;
}

/** Slots the world allocates. */
export function connSlots(conns: number, members: number): number {
  return conns * members * SIDES;
}

/**
 * µs of the syscall a message ready at `ready` pays in slot `k`: none when that side has a read
 * or write booked that starts after `ready` (it goes along), else `us`.
 */
export function syscallUs(w: World, k: number, ready: number, us: number): number {
  const along = ready < w.connPending[k];
  if (along) DIAG.along[k & 3]++;
  else DIAG.paid[k & 3]++;
  return along ? 0 : us;
}

/**
 * When the write a message marshalled at `end` (ready at `ready`, paid `paid`) goes out in: a
 * message that paid starts a flush after the writer's yield — gRPC's loopy writer, with less than
 * a batch (1,000 B) buffered, calls runtime.Gosched once before it flushes (grpc-go
 * internal/transport/controlbuf.go, minBatchSize), so the flush waits for the goroutines already
 * runnable on the process's cores (`runQueue`), and every message marshalled meanwhile goes along.
 */
export function flushAt(w: World, k: number, paid: number, end: number, runQueue: number): number {
  if (paid > 0) {
    const at = end + runQueue;
    w.connPending[k] = at;
    return at;
  }
  const at = w.connPending[k];
  return at > end ? at : end;
}

/** A message that paid its syscall (`paid` > 0) was booked to start at `start`: later ones until then go along. */
export function booked(w: World, k: number, paid: number, start: number): void {
  if (paid > 0) w.connPending[k] = start;
}

export const DIAG = { paid: [0, 0, 0, 0], along: [0, 0, 0, 0] };
