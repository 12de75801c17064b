/**
 * Writes through raft (docs/design/MODEL.md §2 "Writes"): a put reaches a member and is forwarded to the
 * leader; the leader appends it to its WAL and sends it to every other member at once; each
 * member fsyncs its WAL in batches (entries that arrive during an fsync wait for the next one);
 * followers ack; the leader commits when a quorum is durable and tells the others with its next
 * message. Proposals are refused when the member's committed − applied > 5,000.
 */
import {
  EV_ACK,
  EV_APPEND_RECV,
  EV_COMMIT_RECV,
  EV_PROPOSE,
  EV_WAL_DONE,
  EV_WRITE_ARRIVE,
} from './events.ts';
import { onCommitAdvance } from './apply.ts';
import { bgJob, bgTime, R } from './ledger.ts';
import { sendBackground } from './wire.ts';
import { transfer } from '../engine/nic.ts';
import {
  leaderOf,
  LOG_RING,
  raftBackground,
  raftWork,
  wireBytes,
  type Member,
  type World,
} from './world.ts';
import { vary } from './variability.ts';

/** etcd's maxGapBetweenApplyAndCommitIndex. */
const MAX_APPLY_GAP = 5000;
/** Bytes of an entry beyond its value (key, revision, raft framing). [inference] */
const ENTRY_OVERHEAD = 64;

/** Starts the background put stream: Poisson arrivals at writeQps, spread over the voters. */
export function startWrites(w: World): void {
  if (w.s.writeQps > 0) scheduleNextWrite(w, 0);
}

function scheduleNextWrite(w: World, t: number): void {
  const at = t + w.rng.exponential(1000 / w.s.writeQps);
  w.engine.schedule(at, EV_WRITE_ARRIVE, w.nextWriter++ % w.voters);
}

/** A put reaches member `index` from a writer elsewhere. */
export function writeArrive(w: World, index: number, t: number): void {
  if (w.completed + w.failed < w.s.total) scheduleNextWrite(w, t);
  const m = w.members[index];
  w.writesSent++;
  if (m.commit - m.applied > MAX_APPLY_GAP) {
    w.writesRefused++;
    return;
  }
  // Puts accepted but not yet proposed (their decode may be booked far ahead on a busy CPU) will
  // take log slots too: count them, or a burst could wrap the ring before lastIndex moves.
  if (w.lastIndex + w.putsInFlight - minApplied(w) >= logRoom(w)) {
    w.writesDropped++;
    return;
  }
  w.putsInFlight++;
  const decoded = m.cpu.run(t, vary(w, w.c.grpcRecvUs + w.c.grpcRecvSyscallUs));
  bgJob(m.bgBusy, R.cpu, m.cpu, decoded);
  const atLeader = index === w.leader ? decoded : decoded + w.oneWayPeer;
  w.engine.schedule(atLeader, EV_PROPOSE, -1, index);
}

/**
 * Entries the model's log ring may hold in flight (proposed, not yet applied everywhere), leaving
 * room for one Authenticate per client (closed loop). etcd itself keeps queueing proposals it
 * cannot commit (its raft log has no size limit in 3.4/3.5) until requests time out; the model
 * keeps a bounded log instead and counts the puts that arrive when it is full as dropped, so an
 * overloaded write path is a result (a growing backlog, then drops), never a wrapped ring.
 */
function logRoom(w: World): number {
  return LOG_RING - 1 - w.s.clients;
}

function minApplied(w: World): number {
  let min = Infinity;
  for (const m of w.members) if (m.applied < min) min = m.applied;
  return min;
}

export function entryBytes(w: World, client: number): number {
  return ENTRY_OVERHEAD + (client < 0 ? w.s.writeValueBytes : 64);
}

/** The leader takes a proposal: a put (client −1) or an Authenticate's token request. */
export function propose(w: World, client: number, origin: number, t: number): void {
  if (client < 0) w.putsInFlight--;
  const leader = leaderOf(w);
  const put = client < 0;
  const appended = raftWork(w, leader, t, w.c.proposeUs);
  if (put) {
    w.writesProposed++;
    raftBackground(leader, appended, 1);
  }
  const index = ++w.lastIndex;
  const slot = index % LOG_RING;
  w.entryClient[slot] = client;
  w.entryOrigin[slot] = origin;
  w.entryProposed[slot] = t;
  leader.received = index;
  walEnqueue(w, leader, appended);
  const bytes = wireBytes(w.c, entryBytes(w, client));
  for (let j = 0; j < w.members.length; j++) {
    if (j === w.leader) continue;
    const to = w.members[j];
    const arrive = put
      ? sendBackground(
          leader.nicTx,
          leader.bgBusy,
          R['nic.tx'],
          to.nicRx,
          to.bgBusy,
          R['nic.rx'],
          appended,
          bytes,
          w.oneWayPeer,
        )
      : transfer(leader.nicTx, to.nicRx, appended, bytes, w.oneWayPeer);
    w.engine.schedule(arrive, EV_APPEND_RECV, j, index);
  }
}

function walEnqueue(w: World, m: Member, t: number): void {
  if (!m.walActive) startWal(w, m, t);
}

/**
 * One fsync covers every entry received so far and not yet durable. The raft loop writes it
 * itself: etcd's raftNode saves a Ready's entries to the WAL (write + fsync) in the raft goroutine
 * and takes the next Ready only after (etcdserver/raft.go, storage.Save before Advance). So the
 * loop is blocked while the disk works, and every raft step that comes meanwhile — a ReadIndex
 * round's heartbeat or ack, a proposal — waits for the fsync: how the disk reaches reads.
 */
function startWal(w: World, m: Member, t: number): void {
  m.walActive = true;
  const from = m.durable;
  m.walBatchEnd = m.received;
  let bytes = 0;
  let puts = 0;
  for (let i = from + 1; i <= m.received; i++) {
    const client = w.entryClient[i % LOG_RING];
    bytes += entryBytes(w, client);
    if (client < 0) puts++;
  }
  const disk = m.disk;
  const planned = disk.fsyncMs + bytes / (disk.mbps * 1000);
  m.raftLoop.reserve(t, planned);
  const start = m.raftLoop.lastStart;
  const done = disk.fsync(start, bytes);
  // A disk busy with a backend commit keeps the loop waiting longer.
  if (done > start + planned) m.raftLoop.reserve(start + planned, done - start - planned);
  // The fsync serves every entry of the batch: the puts' share of it, and of the loop's wait for
  // it, is background work.
  m.walBatchPuts = m.received > from ? puts / (m.received - from) : 0;
  bgTime(m.bgBusy, R.disk, (done - disk.lastStart) * m.walBatchPuts);
  bgTime(m.bgBusy, R.raftLoop, (done - start) * m.walBatchPuts);
  w.engine.schedule(done, EV_WAL_DONE, m.index);
}

export function walDone(w: World, index: number, t: number): void {
  const m = w.members[index];
  m.durable = m.walBatchEnd;
  m.walActive = false;
  if (index === w.leader) leaderMaybeCommit(w, t);
  else {
    if (!m.learner) {
      const acked = raftWork(w, m, t, w.c.heartbeatUs);
      raftBackground(m, acked, m.walBatchPuts);
      w.engine.schedule(acked + w.oneWayPeer, EV_ACK, index, m.durable);
    }
    // Entries the leader said were committed can be applied now that they are on this disk.
    followerCommit(w, m, m.commitSeen, t);
  }
  if (m.received > m.durable) startWal(w, m, t);
}

export function appendRecv(w: World, index: number, upTo: number, t: number): void {
  const m = w.members[index];
  if (upTo > m.received) m.received = upTo;
  const handled = raftWork(w, m, t, w.c.heartbeatUs);
  if (w.entryClient[upTo % LOG_RING] < 0) raftBackground(m, handled, 1);
  walEnqueue(w, m, handled);
  followerCommit(w, m, m.commitSeen, t);
}

export function ack(w: World, index: number, upTo: number, t: number): void {
  if (upTo > w.matchIndex[index]) w.matchIndex[index] = upTo;
  leaderMaybeCommit(w, t);
}

/** Commit the highest index durable on a quorum of voters (the leader's own WAL counts). */
function leaderMaybeCommit(w: World, t: number): void {
  const leader = leaderOf(w);
  const durable: number[] = [leader.durable];
  for (let j = 0; j < w.voters; j++) if (j !== w.leader) durable.push(w.matchIndex[j]);
  durable.sort((a, b) => b - a);
  const commit = durable[w.quorum - 1];
  if (commit <= leader.commit) return;
  for (let i = leader.commit + 1; i <= commit; i++) {
    const slot = i % LOG_RING;
    w.entryCommitted[slot] = t;
    if (w.entryClient[slot] < 0) {
      w.writesCommitted++;
      w.writeCommitMsSum += t - w.entryProposed[slot];
    }
  }
  leader.commit = commit;
  onCommitAdvance(w, leader, t);
  for (let j = 0; j < w.members.length; j++)
    if (j !== w.leader) w.engine.schedule(t + w.oneWayPeer, EV_COMMIT_RECV, j, commit);
}

export function commitRecv(w: World, index: number, commit: number, t: number): void {
  const m = w.members[index];
  if (commit > m.commitSeen) m.commitSeen = commit;
  followerCommit(w, m, m.commitSeen, t);
}

/**
 * A follower applies a committed entry only once it is in its own WAL: etcd's apply loop waits for
 * the raft loop to persist the Ready that carried the entries (etcdserver raftNode notifyc) on a
 * member that does not lead. So a follower's fsync is on the path of every write it applies, and
 * of every linearizable read it serves under writes (the read waits for apply).
 */
function followerCommit(w: World, m: Member, seen: number, t: number): void {
  const commit = Math.min(seen, m.durable);
  if (commit <= m.commit) return;
  m.commit = commit;
  onCommitAdvance(w, m, t);
}
