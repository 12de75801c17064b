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
import { extend, mark, PHASE_AUTH, serve } from './stageMarks.ts';
import { WAIT_READ_LOOP } from './waiters.ts';
import { S } from '../contract/stages.ts';
import { leaderOf, raftWork, type Member, type World } from './world.ts';

export function joinReadLoop(w: World, client: number, t: number): void {
  const m = w.members[w.target[client]];
  m.riPending.push(client);
  if (!m.riActive) startRound(w, m, t);
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
  const c = w.c;
  const onLeader = m.index === w.leader;
  // The loop wakes and asks raft for a read index (its own goroutine, on this member's cores).
  const asked = m.cpu.run(t, c.readIndexLoopUs);
  // A follower's raft forwards the request to the leader: one message out.
  let atLeader = asked;
  if (!onLeader) atLeader = raftWork(w, m, asked, c.peerMessageUs) + w.oneWayPeer;
  const confirmed = leaderRound(w, atLeader, !onLeader);
  // …and one message back, received by the follower's raft.
  const end = onLeader ? confirmed : raftWork(w, m, confirmed + w.oneWayPeer, c.peerMessageUs);
  w.engine.schedule(end, EV_RI_DONE, m.index);
}

/**
 * The leader's part: (receive a forwarded request,) register it and send a heartbeat carrying
 * its context to every follower; each follower steps it and sends an ack; the leader receives
 * the acks, and the round is confirmed when a quorum has acked (the leader acks itself); then
 * (answer the forwarding follower). Every message costs CPU on both ends (peerMessageUs).
 */
function leaderRound(w: World, t: number, forwarded: boolean): number {
  const c = w.c;
  const leader = leaderOf(w);
  const followers = w.voters - 1;
  const inbound = forwarded ? c.peerMessageUs : 0;
  const registered = raftWork(
    w,
    leader,
    t,
    inbound + c.readIndexRoundUs + followers * c.peerMessageUs,
  );
  const needed = w.quorum - 1;
  if (needed === 0)
    return forwarded ? raftWork(w, leader, registered, c.peerMessageUs) : registered;
  const acks: number[] = [];
  for (let f = 0; f < w.voters; f++) {
    if (f === w.leader) continue;
    const follower = w.members[f];
    const us = 2 * c.peerMessageUs + c.heartbeatUs; // receive, step, send the ack
    const handled = raftWork(w, follower, registered + w.oneWayPeer, us);
    acks.push(handled + w.oneWayPeer);
  }
  acks.sort((a, b) => a - b);
  // The leader receives every ack (the quorum's decides the round), then answers a forwarder.
  const outbound = forwarded ? c.peerMessageUs : 0;
  return raftWork(w, leader, acks[needed - 1], followers * c.peerMessageUs + outbound);
}

/**
 * The round is confirmed. Like etcd's loop, wait until this member has applied the read index
 * before releasing the batch (applyWait inside the loop): until then no new round starts.
 */
export function finishRound(w: World, memberIndex: number, t: number): void {
  const m = w.members[memberIndex];
  m.riRoundMs += t - m.riRoundStart;
  const batch = m.riBatch;
  for (let i = 0; i < batch.length; i++) {
    const client = batch[i];
    if (w.phase[client] === PHASE_AUTH) continue;
    // Queue: from joining until the round that took it began; service: that round.
    serve(w, client, S.readIndex, m.riRoundStart, t);
    w.readIndex[client] = m.riReadIndex;
    mark(w, client, S.applyWait, t, t, t);
  }
  if (m.applied >= m.riReadIndex) releaseBatch(w, m, t);
  else m.applyWaiters.add(m.riReadIndex, WAIT_READ_LOOP, m.index);
}

/** The member applied the read index: every read of the batch goes on; the next round starts. */
export function releaseBatch(w: World, m: Member, t: number): void {
  const batch = m.riBatch;
  for (let i = 0; i < batch.length; i++) {
    const client = batch[i];
    if (w.phase[client] === PHASE_AUTH) {
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
