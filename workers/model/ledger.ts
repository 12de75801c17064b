/**
 * Whose work a resource did, and which lock kept the requests waiting: indices into a member's
 * `bgBusy` (busy time of background work, per resource) and `lockWaits` (the requests' waits, per
 * lock). Background work is the put stream (decode, proposals, replication, WAL fsyncs, applies),
 * backend commits and compaction; everything else a resource does is for the requests. The
 * bottleneck analysis (limiter.ts) judges a shared resource on what the background leaves free.
 *
 * Plain arrays in, so world.ts can import this file without this one importing the world.
 */
import { MEMBER_RESOURCES, type MemberResourceName } from '../contract/resourceId.ts';
import type { Server } from '../engine/server.ts';

/** Index of each member resource in Member.bgBusy. */
export const R = Object.fromEntries(MEMBER_RESOURCES.map((name, i) => [name, i])) as Record<
  MemberResourceName,
  number
>;

/** The locks a request can wait for, as indices into Member.lockWaits. */
export const LOCK_BATCH_TX = 0;
export const LOCK_READ_TX = 1;
export const LOCK_TREE_INDEX = 2;
export const LOCK_TOKEN = 3;
export const LOCK_COUNT = 4;
/** The member resource each lock index names. */
export const LOCK_RESOURCE: readonly MemberResourceName[] = [
  'lock.batchTx',
  'lock.readTx',
  'lock.treeIndex',
  'lock.token',
];

/** The job `server` last reserved, ending at `end`, was background work. */
export function bgJob(
  bgBusy: Float64Array,
  resource: number,
  server: Pick<Server, 'lastStart'>,
  end: number,
): void {
  bgBusy[resource] += end - server.lastStart;
}

/** `ms` of a resource (a lock's hold, a disk's share) was background work. */
export function bgTime(bgBusy: Float64Array, resource: number, ms: number): void {
  if (ms > 0) bgBusy[resource] += ms;
}
