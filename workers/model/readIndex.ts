/**
 * linearizableReadLoop and raft ReadIndex (docs/design/MODEL.md §2, stage 4).
 *
 * One loop per member, strictly one round at a time. A read joins the pending set; when the loop
 * is idle a round starts at once and takes every pending read with it; reads that arrive during a
 * round wait for the next one — so a read waits one to two rounds. A round: (follower only) a hop
 * to the leader; the leader registers the request and broadcasts a heartbeat at once; it answers
 * when a quorum has acked (itself and the fastest ⌊n/2⌋ followers); (follower only) a hop back.
 * The read index returned is the leader's commit index when the round began. The loop then waits
 * for this member to apply that index before it releases the batch and starts another round
 * (etcd 3.4/3.5 linearizableReadLoop), so apply lag holds back every linearizable read.
 */
import { EV_RI_DONE } from './events.ts';
import { rangeOnMember } from './readPath.ts';
import { authAfterReadIndex } from './authenticate.ts';
import { clamp } from './applyWaits.ts';
import {
  applyLockAt,
  applyQueueAt,
  readLockAt,
  readPhase,
  readQueueAt,
  readRoundAt,
  RL_APPLY,
  RL_IDLE,
  RL_ROUND,
} from './clocks.ts';
import { LOCK_BATCH_TX } from './ledger.ts';
import { extend, lockWait, mark, PHASE_AUTH, queueWait } from './stageMarks.ts';
import { WAIT_READ_LOOP } from './waiters.ts';
import { S } from '../contract/stages.ts';
import { leaderOf, raftWork, type Member, type World } from './world.ts';
import { vary } from './variability.ts';
import { hopUs } from './wakeUps.ts';

/**
 * Time kinds here (timeKinds.ts): while a read waits for its round, the loop is either in a round
 * for earlier reads (queue: a one-at-a-time loop) or waiting for apply for them (split by what
 * the apply loop did: lock, queue, or flight); its own round is flight but for the raft loops'
 * queueing on the round's critical path; its batch's apply wait splits like the earlier ones.
 */
export function joinReadLoop(w: World, client: number, t: number): void {
  const m = w.members[w.target[client]];
  w.waitFrom[client] = t;
  m.riPending.push(client);
  if (!m.riActive) {
    startRound(w, m, t); // an idle loop takes it at once: no wait to split
    return;
  }
  const rc = m.readClock;
  w.waitQueue0[client] = readRoundAt(rc, t) + readQueueAt(rc, m.applyClock, t);
  w.waitLock0[client] = readLockAt(rc, m.applyClock, t);
}

/** The stage a request in the read loop is in: Authenticate's, or the read's ReadIndex. */
function loopStage(w: World, client: number): number {
  return w.phase[client] === PHASE_AUTH ? S.authenticate : S.readIndex;
}

function startRound(w: World, m: Member, t: number): void {
  // Swap the arrays: the pending reads become this round's batch, with no allocation.
  const batch = m.riPending;
  m.riPending = m.riBatch;
  m.riBatch = batch;
  m.riActive = true;
  m.riRoundStart = t;
  m.riRounds++;
  m.riBatched += batch.length;
  m.riReadIndex = leaderOf(w).commit;
  // What the loop did while each read of the batch waited for this round to begin.
  const rc = m.readClock;
  const ac = m.applyClock;
  const queueNow = readRoundAt(rc, t) + readQueueAt(rc, ac, t);
  const lockNow = readLockAt(rc, ac, t);
  for (let i = 0; i < batch.length; i++) {
    const client = batch[i];
    const len = t - w.waitFrom[client];
    if (!(len > 0)) continue; // it joined an idle loop: no wait
    const lock = clamp(lockNow - w.waitLock0[client], len);
    const queue = clamp(queueNow - w.waitQueue0[client], len - lock);
    const stage = loopStage(w, client);
    // When within the wait is not kept: placed just before the round begins.
    if (lock > 0) {
      lockWait(w, client, stage, t - queue - lock, t - queue);
      m.lockWaits[LOCK_BATCH_TX] += lock;
    }
    queueWait(w, client, stage, t - queue, t);
  }
  readPhase(rc, ac, RL_ROUND, t);
  const c = w.c;
  const onLeader = m.index === w.leader;
  // The loop wakes and asks raft for a read index (its own goroutine, on this member's cores). A
  // hand-off: the read's goroutine that signalled readwaitc (or the loop itself, going on to the
  // next batch) blocks at once, so the loop runs next on that core, not after the run queue — on
  // a shared host's busy cores it had waited ≈ 0.5 ms there per round (issue 11). Here and at
  // every message of the round, a member already running skips the wake-up (wakeUps.ts).
  const asked = m.cpu.runUrgent(t, vary(w, hopUs(w, m, t, c.readIndexLoopUs)), 0);
  // Waiting for a core or a raft loop on the round's path is queue (timeKinds.ts).
  m.riRoundQueue = m.cpu.lastStart - t;
  // A follower's raft forwards the request to the leader: one message out.
  let atLeader = asked;
  if (!onLeader) {
    // The loop hands the request to raft (a channel) and blocks for the answer.
    atLeader = raftWork(w, m, asked, hopUs(w, m, asked, c.peerMessageUs), true) + w.oneWayPeer;
    m.riRoundQueue += m.cpu.lastStart - asked;
  }
  const confirmed = leaderRound(w, m, atLeader, !onLeader);
  // …and one message back, received by the follower's raft.
  let end = confirmed;
  if (!onLeader) {
    const back = confirmed + w.oneWayPeer;
    end = raftWork(w, m, back, hopUs(w, m, back, c.peerMessageUs));
    m.riRoundQueue += m.cpu.lastStart - back;
  }
  w.engine.schedule(end, EV_RI_DONE, m.index);
}

/**
/**
 * The leader's part: (receive a forwarded request,) register it and send a heartbeat carrying
 * its context to every follower; each follower receives it, steps it and sends an ack; the leader
 * receives the acks, and the round is confirmed when a quorum has acked (the leader acks itself);
 * then (answer the forwarding follower). Every message costs CPU on both ends (peerMessageUs).
 * Adds the queueing on the critical path (the leader's, and the follower's whose ack made the
 * quorum) to m.riRoundQueue.
 */
function leaderRound(w: World, m: Member, t: number, forwarded: boolean): number {
  const c = w.c;
  const leader = leaderOf(w);
  const followers = w.voters - 1;
  const forwards = forwarded ? 1 : 0; // the forwarded request in, the answer out
  const registered = raftWork(
    w,
    leader,
    t,
    c.readIndexRoundUs + hopUs(w, leader, t, (forwards + followers) * c.peerMessageUs),
    !forwarded, // the leader's own loop hands it over; a forwarded one comes off the network
  );
  m.riRoundQueue += leader.cpu.lastStart - t;
  const needed = w.quorum - 1; // the leader acks itself
  if (needed === 0) {
    if (!forwarded) return registered;
    const answered = raftWork(w, leader, registered, hopUs(w, leader, registered, c.peerMessageUs));
    m.riRoundQueue += leader.cpu.lastStart - registered;
    return answered;
  }
  // The needed-th fastest ack confirms the round; its follower's queueing was on the path.
  // Scratch arrays (at most 6 followers), sorted by insertion: no allocation per round.
  const sent = registered + w.oneWayPeer;
  let n = 0;
  for (let f = 0; f < w.voters; f++) {
    if (f === w.leader) continue;
    const follower = w.members[f];
    // Receive, step, send the ack.
    const us = c.heartbeatUs + hopUs(w, follower, sent, 2 * c.peerMessageUs);
    const handled = raftWork(w, follower, sent, us);
    const ack = handled + w.oneWayPeer;
    const wait = follower.cpu.lastStart - sent;
    let i = n++;
    while (i > 0 && ACKS[i - 1] > ack) {
      ACKS[i] = ACKS[i - 1];
      WAITS[i] = WAITS[i - 1];
      i--;
    }
    ACKS[i] = ack;
    WAITS[i] = wait;
  }
  m.riRoundQueue += WAITS[needed - 1];
  // The leader receives every ack (the quorum's decides the round), then answers a forwarder.
  const quorumAt = ACKS[needed - 1];
  const messages = (followers + forwards) * c.peerMessageUs;
  const confirmed = raftWork(w, leader, quorumAt, hopUs(w, leader, quorumAt, messages));
  m.riRoundQueue += leader.cpu.lastStart - quorumAt;
  return confirmed;
}

/** Scratch for leaderRound: acks and queueing of the followers, in ack order (7 voters max). */
const ACKS = new Float64Array(8);
const WAITS = new Float64Array(8);

/**
 * The round is confirmed. Like etcd's loop, wait until this member has applied the read index
 * before releasing the batch (applyWait inside the loop): until then no new round starts.
 */
export function finishRound(w: World, memberIndex: number, t: number): void {
  const m = w.members[memberIndex];
  const roundMs = t - m.riRoundStart;
  m.riRoundMs += roundMs;
  const queue = clamp(m.riRoundQueue, roundMs);
  const batch = m.riBatch;
  for (let i = 0; i < batch.length; i++) {
    const client = batch[i];
    // The raft loops' queueing on the round's path, placed at the round's start.
    queueWait(w, client, loopStage(w, client), m.riRoundStart, m.riRoundStart + queue);
    if (w.phase[client] === PHASE_AUTH) continue;
    extend(w, client, S.readIndex, t);
    w.readIndex[client] = m.riReadIndex;
    mark(w, client, S.applyWait, t, t);
  }
  readPhase(m.readClock, m.applyClock, RL_APPLY, t);
  if (m.applied >= m.riReadIndex) releaseBatch(w, m, t);
  else m.applyWaiters.add(m.riReadIndex, WAIT_READ_LOOP, m.index);
}

/** The member applied the read index: every read of the batch goes on; the next round starts. */
export function releaseBatch(w: World, m: Member, t: number): void {
  const rc = m.readClock;
  const ac = m.applyClock;
  const len = t - rc.since;
  m.riApplyWaitMs += len;
  const lock = clamp(applyLockAt(ac, t) - rc.acLock0, len);
  const queue = clamp(applyQueueAt(ac, t) - rc.acQueue0, len - lock);
  readPhase(rc, ac, RL_IDLE, t);
  const batch = m.riBatch;
  for (let i = 0; i < batch.length; i++) {
    const client = batch[i];
    const auth = w.phase[client] === PHASE_AUTH;
    const stage = auth ? S.authenticate : S.applyWait;
    lockWait(w, client, stage, t - queue - lock, t - queue);
    queueWait(w, client, stage, t - queue, t);
    m.lockWaits[LOCK_BATCH_TX] += lock;
    if (auth) {
      authAfterReadIndex(w, client, m, t);
      continue;
    }
    extend(w, client, S.applyWait, t);
    rangeOnMember(w, client, m, t);
  }
  batch.length = 0;
  m.riActive = false;
  if (m.riPending.length > 0) startRound(w, m, t);
}
