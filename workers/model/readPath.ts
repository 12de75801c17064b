/**
 * A read on its member (docs/design/MODEL.md §2, stages 2–9): receive, validate the token, then either join
 * the ReadIndex loop (linearizable) or range at once (serializable); after ReadIndex and apply
 * wait come the RBAC check, treeIndex, boltdb and the response (response.ts).
 */
import { EV_RI_JOIN } from './events.ts';
import { authArrive } from './authenticate.ts';
import { ERR_LEARNER, ERR_NONE, respond } from './response.ts';
import {
  extend,
  lockWait,
  mark,
  onServer,
  PHASE_AUTH,
  PHASE_RANGE,
  PHASE_TOKEN,
  served,
  stageEnd,
  stageTimes,
} from './stageMarks.ts';
import { beginApplyWait, endApplyWait } from './applyWaits.ts';
import { LOCK_BATCH_TX, LOCK_READ_TX, LOCK_TOKEN, LOCK_TREE_INDEX } from './ledger.ts';
import { WAIT_TOKEN } from './waiters.ts';
import { S } from '../contract/stages.ts';
import { leaderOf, LOG_RING, type Member, type World } from './world.ts';
import { vary } from './variability.ts';
import { whenScheduled } from './descheduling.ts';
import { afterRead, connSlot, MEMBER_READ, readAt, syscallUs } from './connections.ts';

const KB = 1024;

/** The request reached its member: decode it, then authenticate or go on to the token check. */
export function arrive(w: World, client: number, t: number): void {
  const m = w.members[w.target[client]];
  if (w.phase[client] === PHASE_AUTH) {
    authArrive(w, client, m, t);
    return;
  }
  const c = w.c;
  const tlsUs = w.req.clientCert ? (c.tlsUsPerKB * c.requestBytes) / KB : 0;
  const ready = whenScheduled(w, m.cpu, t);
  const k = connSlot(w, client, m.index, MEMBER_READ);
  const sys = syscallUs(w, k, ready, c.grpcRecvSyscallUs);
  const at = afterRead(w, k, sys, ready, c.grpcRecvSyscallUs / 1000 / w.s.cpuSpeed);
  const decoded = m.cpu.run(at, vary(w, c.grpcRecvUs + sys + tlsUs));
  readAt(w, k, sys, m.cpu.lastStart);
  // The receive belongs to the hop that brought the request here; waiting for a core to decode
  // it is that stage's queue, not its service.
  const hop = w.req.arriveHop;
  extend(w, client, hop, decoded);
  onServer(w, client, hop, t, m.cpu.lastStart, decoded);
  checkToken(w, client, m, decoded);
}

/** Stage 2b: validate the token on every request (simple token: map lookup under a mutex; JWT: a signature). */
function checkToken(w: World, client: number, m: Member, t: number): void {
  const s = w.s;
  if (!w.req.tokenCheck) {
    afterToken(w, client, m, t);
    return;
  }
  let end: number;
  if (w.req.jwt) {
    end = m.cpu.run(t, vary(w, w.c.jwtVerifyUs));
    mark(w, client, S.token, t, end);
    onServer(w, client, S.token, t, m.cpu.lastStart, end);
  } else {
    const start = m.tokenMu.acquire(t);
    end = start + w.c.tokenCheckUs / 1000 / s.cpuSpeed;
    m.tokenMu.release(end);
    mark(w, client, S.token, t, end);
    lockWait(w, client, S.token, t, start);
    m.lockWaits[LOCK_TOKEN] += start - t;
    served(w, client, S.token, start, end);
  }
  // A simple token is valid once the member has applied the entry that installed it.
  if (m.applied < w.tokenIndex[client]) {
    w.phase[client] = PHASE_TOKEN;
    beginApplyWait(w, client, m, end);
    m.applyWaiters.add(w.tokenIndex[client], WAIT_TOKEN, client);
    return;
  }
  afterToken(w, client, m, end);
}

/** The member has applied the entry that installed the token: the check ends; go on. */
export function tokenApplied(w: World, client: number, m: Member, t: number): void {
  w.phase[client] = PHASE_RANGE;
  // The check itself may still be running when the apply lands (it was reserved ahead).
  const end = Math.max(t, stageEnd(w, client, S.token));
  extend(w, client, S.token, end);
  endApplyWait(w, client, S.token, m, end);
  afterToken(w, client, m, end);
}

/** Stage 3: the read mode decides whether ReadIndex comes next. */
function afterToken(w: World, client: number, m: Member, t: number): void {
  if (w.req.serializable) {
    rangeOnMember(w, client, m, t);
    return;
  }
  if (m.learner) {
    respond(w, client, m, t, 64, 0, ERR_LEARNER);
    return;
  }
  // The linearizable path's own CPU (notifier, context, wake-ups), then join the read loop.
  const joined = m.cpu.run(t, vary(w, w.c.linearizableReadUs));
  mark(w, client, S.readIndex, t, joined);
  onServer(w, client, S.readIndex, t, m.cpu.lastStart, joined);
  w.engine.schedule(joined, EV_RI_JOIN, client);
}

/**
 * Stages 6–8 on the member: RBAC, treeIndex, boltdb. The read takes its locks in that order, then
 * runs its CPU work in one piece (inference: the checks are short and run back to back). Each
 * stage's queue holds its own lock wait; the CPU queue is charged to the first stage that runs.
 */
export function rangeOnMember(w: World, client: number, m: Member, t: number): void {
  const s = w.s;
  const c = w.c;
  const v = w.v;
  const auth = w.req.rbac;
  const sp = 1000 * s.cpuSpeed; // µs of reference core → ms on this core
  const rc = w.range;
  const rbacUs = rc.rbacUs;
  const treeUs = rc.treeUs;
  // count-only returns after the treeIndex walk: no read transaction, nothing from boltdb.
  const backend = rc.backend;
  let copyUs = 0;
  if (!backend) copyUs = 0;
  else if (v.copyBufferPerRead) copyUs = m.bufferSlots * c.bufferCopyUsPerSlot;
  else if (m.copiedVersion !== m.bufferVersion) {
    copyUs = m.bufferSlots * c.bufferCopyUsPerSlot; // the first reader after a write copies for all
    m.copiedVersion = m.bufferVersion;
  }
  const boltUs = backend ? c.boltTxUs + copyUs + rc.boltKeysUs : 0;

  // Lock waits, in order.
  let a1 = t;
  if (auth) {
    if (v.rbacTakesBatchTx) {
      a1 = m.batchTx.acquire(t);
      m.batchTx.release(a1 + rbacUs / sp);
    } else {
      a1 = m.readTx.readAcquire(t);
      m.readTx.readRelease(a1, a1 + rbacUs / sp);
    }
  }
  const a2 = m.treeIndex.readAcquire(a1);
  const a3 = backend ? m.readTx.readAcquire(a2) : a2;
  // One job on a core: its drawn variability (variability.ts) stretches its three parts alike.
  const f = vary(w, 1);
  const done = m.cpu.run(a3, (rbacUs + treeUs + boltUs) * f);
  const cs = m.cpu.lastStart;
  const rbacMs = (rbacUs * f) / sp;
  const treeMs = (treeUs * f) / sp;
  m.treeIndex.readRelease(cs + rbacMs, cs + rbacMs + treeMs);
  if (backend) m.readTx.readRelease(cs + rbacMs + treeMs, done);

  // Stage times: contiguous, each with its lock wait; the CPU queue goes to the first stage.
  const cpuQueue = cs - a3;
  const lw = m.lockWaits;
  // In each stage's own interval: its lock wait, then (first stage) the CPU queue, then its work.
  let at = t;
  if (auth) {
    const locked = at + (a1 - t);
    const started = locked + cpuQueue;
    stageTimes(w, client, S.rbac, at, locked, started, started + rbacMs);
    lw[v.rbacTakesBatchTx ? LOCK_BATCH_TX : LOCK_READ_TX] += a1 - t;
    at = started + rbacMs;
  }
  const treeLocked = at + (a2 - a1);
  const treeStart = treeLocked + (auth ? 0 : cpuQueue);
  // count-only: the treeIndex walk is the range's last step; boltdb is not visited.
  const treeEnd = backend ? treeStart + treeMs : done;
  stageTimes(w, client, S.treeIndex, at, treeLocked, treeStart, treeEnd);
  lw[LOCK_TREE_INDEX] += a2 - a1;
  if (backend) {
    at = treeEnd;
    // The CPU queue went to the first stage: none here.
    const boltLocked = at + (a3 - a2);
    stageTimes(w, client, S.boltdb, at, boltLocked, boltLocked, done);
    lw[LOCK_READ_TX] += a3 - a2;
  }

  observeFreshness(w, client, m, t);
  respond(w, client, m, done, rc.payload, rc.keys, ERR_NONE);
}

/** Staleness of serializable reads; linearizable reads are checked never to be stale. */
function observeFreshness(w: World, client: number, m: Member, t: number): void {
  if (!w.req.serializable) {
    if (m.applied < w.commitAtIssue[client]) w.staleLinearizable++;
    return;
  }
  const leaderCommit = leaderOf(w).commit;
  const lag = leaderCommit - m.applied;
  const ms = lag > 0 ? t - w.entryCommitted[(m.applied + 1) % LOG_RING] : 0;
  w.recorder.recordStaleness(lag, ms);
}
