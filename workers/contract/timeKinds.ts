/**
 * The four kinds of time a request spends in a stage (issue 9: "waiting for a lock, waiting for a
 * CPU core, and service" are different things and must be shown apart). Every millisecond of a
 * stage is exactly one of them, so per stage lock + queue + flight + service = the stage's time.
 *
 * - `lock`: waiting to take a lock (BatchTx, readTx, treeIndex, the token mutex) — the request's
 *   own acquisition, or work it waits for (its read loop's apply, its token's apply) blocked on one.
 * - `queue`: waiting for a server — a CPU core, a NIC, a disk, or a one-at-a-time loop (the raft
 *   loop, the read loop busy with an earlier round, the apply loop busy with earlier entries).
 * - `flight`: on the wire between hosts, or waiting for raft: a ReadIndex round's round trips,
 *   replication and fsync on a quorum, a commit to arrive. Work shared by many requests at once
 *   (a ReadIndex round serves a whole batch) counts here, not as service.
 * - `service`: the request's own work on a core, NIC, disk or loop. Only one request is served
 *   by one server at a time, so the number in service never exceeds the servers.
 *
 * The order is the one a stage's time is drawn in (results, waterfall, animation): within one
 * stage the journey records how long each kind lasted, not when.
 */
export const TIME_KINDS = ['lock', 'queue', 'flight', 'service'] as const;

export type TimeKind = (typeof TIME_KINDS)[number];

/** Index of each kind in TIME_KINDS, for arrays indexed by kind. */
export const K = { lock: 0, queue: 1, flight: 2, service: 3 } as const satisfies Record<
  TimeKind,
  number
>;

/** One number per kind. */
export type ByKind = Record<TimeKind, number>;
