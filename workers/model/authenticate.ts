/**
 * The Authenticate RPC (docs/design/MODEL.md §2, stage 2): a ReadIndex round and apply wait like a
 * linearizable read, then bcrypt.CompareHashAndPassword, then a raft proposal that every member
 * applies (installing the token); the member that received the call answers once it has applied
 * it. Lock scope by version: up to 3.4.8 the compare runs holding the backend BatchTx lock, so
 * calls on a member are serialised and every apply, permission check and backend commit waits
 * behind them; from 3.4.9 (PR 11735) the lock covers only the user lookup.
 */
import { transfer } from '../engine/server.ts';
import { bcryptMs } from './costs.ts';
import { EV_AUTH_PROPOSE, EV_CLIENT_RECV, EV_PROPOSE, EV_RI_JOIN } from './events.ts';
import { lbDelay, pickMember, sendRequest } from './client.ts';
import { mark, PHASE_RANGE, serviceStart } from './stageMarks.ts';
import { ERR_LEARNER, respond } from './response.ts';
import { S } from '../contract/stages.ts';
import { wireBytes, type Member, type World } from './world.ts';

/** The Authenticate call reached member m: decode it and join the member's read loop. */
export function authArrive(w: World, client: number, m: Member, t: number): void {
  const decoded = m.cpu.run(t, w.c.grpcRecvUs);
  // A learner serves serializable ranges only; Authenticate is refused like any other RPC.
  if (m.learner) {
    mark(w, client, S.authenticate, t, m.cpu.lastStart, decoded);
    w.phase[client] = PHASE_RANGE;
    respond(w, client, m, decoded, 64, ERR_LEARNER);
    return;
  }
  // Queue of this stage: everything until bcrypt starts; set its start when that happens.
  mark(w, client, S.authenticate, t, decoded, decoded);
  w.engine.schedule(decoded, EV_RI_JOIN, client);
}

/** After the round (the read loop has waited for apply): compare the password. */
export function authAfterReadIndex(w: World, client: number, m: Member, t: number): void {
  compare(w, client, m, t);
}

function compare(w: World, client: number, m: Member, t: number): void {
  const c = w.c;
  const bcryptUs = bcryptMs(w.s) * 1000;
  let done: number;
  if (w.v.bcryptUnderBatchTx) {
    const locked = m.batchTx.acquire(t);
    done = m.cpu.run(locked, c.getUserUs + bcryptUs);
    m.batchTx.release(done);
  } else {
    const locked = m.batchTx.acquire(t);
    const read = locked + c.getUserUs / 1000 / w.s.cpuSpeed;
    m.batchTx.release(read);
    done = m.cpu.run(read, bcryptUs);
  }
  serviceStart(w, client, S.authenticate, m.cpu.lastStart);
  w.engine.schedule(done, EV_AUTH_PROPOSE, client);
}

/** bcrypt done: the token request goes through raft (to the leader, one hop from a follower). */
export function authPropose(w: World, client: number, t: number): void {
  const origin = w.target[client];
  const at = origin === w.leader ? t : t + w.oneWayPeer;
  w.engine.schedule(at, EV_PROPOSE, client, origin);
}

/** The member that took the call has applied its entry: send the token back. */
export function authApplied(w: World, client: number, m: Member, t: number, index: number): void {
  const c = w.c;
  const sent = m.cpu.run(t, c.grpcSendUs);
  const arrived =
    transfer(m.nicTx, w.client.nicRx, sent, wireBytes(c, 64), w.oneWayClient) + lbDelay(w);
  w.tokenIndex[client] = index;
  w.respBytes[client] = 64;
  w.engine.schedule(arrived, EV_CLIENT_RECV, client, 0);
}

/**
 * The token reached the client (after clientReceive): an `authenticate` run is done; a range with
 * password-per-request now sends its Range with the token.
 */
export function authTokenReceived(w: World, client: number, done: number): boolean {
  if (w.s.request === 'authenticate') return true;
  w.phase[client] = PHASE_RANGE;
  w.target[client] = pickMember(w, client);
  sendRequest(w, client, done, S.authenticate, S.authenticate);
  return false;
}
