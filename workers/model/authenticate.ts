/**
 * The Authenticate RPC (docs/design/MODEL.md §2, stage 2): a ReadIndex round and apply wait like a
 * linearizable read, then bcrypt.CompareHashAndPassword, then a raft proposal that every member
 * applies (installing the token); the member that received the call answers once it has applied
 * it. Lock scope by version: up to 3.4.8 the compare runs holding the backend BatchTx lock, so
 * calls on a member are serialised and every apply, permission check and backend commit waits
 * behind them; from 3.4.9 (PR 11735) the lock covers only the user lookup.
 */
import { bcryptMs } from './costs.ts';
import { EV_AUTH_PROPOSE, EV_CLIENT_RECV, EV_PROPOSE, EV_RI_JOIN } from './events.ts';
import { lbDelay, pickMember, sendRequest } from './client.ts';
import { extend, lockWait, mark, onServer, PHASE_RANGE, served } from './stageMarks.ts';
import { beginApplyWait, endApplyWait } from './applyWaits.ts';
import { LOCK_BATCH_TX } from './ledger.ts';
import { ERR_LEARNER, respond } from './response.ts';
import { sendFor } from './wire.ts';
import { S } from '../contract/stages.ts';
import { wireBytes, type Member, type World } from './world.ts';
import { vary } from './variability.ts';

/**
 * Time kinds of the Authenticate stage (timeKinds.ts): decoding, bcrypt and the answer are
 * service on cores and NICs (waiting for them, queue); waiting for the BatchTx lock is lock time;
 * the ReadIndex round and the token's raft round are flight; waiting for the apply loop to reach
 * the token's entry splits by what that loop did (blocked on the BatchTx lock in ≤ 3.4.8).
 */

/**
 * The Authenticate call reached member m: decode it and join the member's read loop. Its read and
 * its answer's write pay their syscalls in full on the member (connections.ts batches the Range
 * path only): a client sends one every bcrypt compare, tens of ms apart, so they rarely meet one
 * another on a connection. On the client it goes through the same connection code as a Range.
 */
export function authArrive(w: World, client: number, m: Member, t: number): void {
  const decoded = m.cpu.run(t, vary(w, w.c.grpcRecvUs + w.c.grpcRecvSyscallUs));
  mark(w, client, S.authenticate, t, decoded);
  onServer(w, client, S.authenticate, t, m.cpu.lastStart, decoded);
  // A learner serves serializable ranges only; Authenticate is refused like any other RPC.
  if (m.learner) {
    w.phase[client] = PHASE_RANGE;
    respond(w, client, m, decoded, 64, 0, ERR_LEARNER);
    return;
  }
  w.engine.schedule(decoded, EV_RI_JOIN, client);
}

/** After the round (the read loop has waited for apply): compare the password. */
export function authAfterReadIndex(w: World, client: number, m: Member, t: number): void {
  compare(w, client, m, t);
}

function compare(w: World, client: number, m: Member, t: number): void {
  const c = w.c;
  // bcrypt runs at the cores' bcrypt speed: reference-core µs that the CPU (which divides by
  // cpuSpeed) turns into bcryptMs / bcryptSpeed.
  const bcryptUs = ((bcryptMs(w.s) * 1000) / w.s.bcryptSpeed) * w.s.cpuSpeed;
  const locked = m.batchTx.acquire(t);
  lockWait(w, client, S.authenticate, t, locked);
  m.lockWaits[LOCK_BATCH_TX] += locked - t;
  let done: number;
  if (w.v.bcryptUnderBatchTx) {
    done = m.cpu.run(locked, c.getUserUs + bcryptUs);
    m.batchTx.release(done);
    onServer(w, client, S.authenticate, locked, m.cpu.lastStart, done);
  } else {
    const read = locked + c.getUserUs / 1000 / w.s.cpuSpeed;
    m.batchTx.release(read);
    served(w, client, S.authenticate, locked, read);
    done = m.cpu.run(read, bcryptUs);
    onServer(w, client, S.authenticate, read, m.cpu.lastStart, done);
  }
  extend(w, client, S.authenticate, done);
  w.engine.schedule(done, EV_AUTH_PROPOSE, client);
}

/**
 * bcrypt done: the token request goes through raft (to the leader, one hop from a follower).
 * From here until the apply loop of the member that took the call starts on the entry, the call
 * waits for raft and for that loop (applyWaits.ts).
 */
export function authPropose(w: World, client: number, t: number): void {
  const origin = w.target[client];
  beginApplyWait(w, client, w.members[origin], t);
  const at = origin === w.leader ? t : t + w.oneWayPeer;
  w.engine.schedule(at, EV_PROPOSE, client, origin);
}

/**
 * The member that took the call has applied its entry (the apply just finished, so the apply
 * clock still holds its segments: asked t0, BatchTx at t1, a core at t2, done at t3): the wait
 * for the loop ends where that apply began; then send the token back.
 */
export function authApplied(w: World, client: number, m: Member, t: number, index: number): void {
  const c = w.c;
  const ac = m.applyClock;
  endApplyWait(w, client, S.authenticate, m, ac.t0);
  lockWait(w, client, S.authenticate, ac.t0, ac.t1);
  m.lockWaits[LOCK_BATCH_TX] += ac.t1 - ac.t0;
  onServer(w, client, S.authenticate, ac.t1, ac.t2, ac.t3);
  const sent = m.cpu.run(t, vary(w, c.grpcSendUs + c.grpcSendSyscallUs));
  onServer(w, client, S.authenticate, t, m.cpu.lastStart, sent);
  const arrived =
    sendFor(
      w,
      client,
      S.authenticate,
      m.nicTx,
      w.client.nicRx,
      sent,
      wireBytes(c, 64),
      w.oneWayClient,
    ) + lbDelay(w);
  extend(w, client, S.authenticate, arrived);
  w.tokenIndex[client] = index;
  w.respBytes[client] = 64;
  w.respKeys[client] = 0;
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
