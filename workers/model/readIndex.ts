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
  const onLeader = m.index === w.leader;
  let atLeader = t;
  if (!onLeader) atLeader = raftWork(w, m, t, w.c.heartbeatUs) + w.oneWayPeer;
  const confirmed = leaderRound(w, atLeader);
  const end = onLeader ? confirmed : confirmed + w.oneWayPeer;
  w.engine.schedule(end, EV_RI_DONE, m.index);
}

/** The leader's part: register, heartbeat every follower, wait for a quorum of acks. */
function leaderRound(w: World, t: number): number {
  const registered = raftWork(w, leaderOf(w), t, w.c.readIndexRoundUs);
  const needed = w.quorum - 1; // the leader acks itself
  if (needed === 0) return registered;
  const acks: number[] = [];
  for (let f = 0; f < w.voters; f++) {
    if (f === w.leader) continue;
    const follower = w.members[f];
    const handled = raftWork(w, follower, registered + w.oneWayPeer, w.c.heartbeatUs);
    acks.push(handled + w.oneWayPeer);
  }
  acks.sort((a, b) => a - b);
  return acks[needed - 1];
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
