/**
 * A read on its member (docs/design/MODEL.md §2, stages 2–9): receive, validate the token, then either join
 * the ReadIndex loop (linearizable) or range at once (serializable); after ReadIndex and apply
 * wait come the RBAC check, treeIndex, boltdb and the response.
 */
import { transfer } from '../engine/server.ts';
import { EV_CLIENT_RECV, EV_RI_JOIN } from './events.ts';
import { lbDelay } from './client.ts';
import { authArrive } from './authenticate.ts';
import { extend, mark, PHASE_AUTH, PHASE_TOKEN, queueMore } from './stageMarks.ts';
import { S } from '../contract/stages.ts';
import { LOG_RING, wireBytes, type Member, type World } from './world.ts';

/** Error codes a response carries to the client (the ClientRecv event's second argument). */
export const ERR_NONE = 0;
export const ERR_LEARNER = 1;
export const ERROR_TEXT: Record<number, string> = {
  [ERR_LEARNER]: 'etcdserver: rpc not supported for learner',
};

const KB = 1024;

/** The request reached its member: decode it, then authenticate or go on to the token check. */
export function arrive(w: World, client: number, t: number): void {
  const m = w.members[w.target[client]];
  if (w.phase[client] === PHASE_AUTH) {
    authArrive(w, client, m, t);
    return;
  }
  const s = w.s;
  const c = w.c;
  const tlsUs = s.auth === 'client-cert' ? (c.tlsUsPerKB * c.requestBytes) / KB : 0;
  const decoded = m.cpu.run(t, c.grpcRecvUs + tlsUs);
  // The receive belongs to the hop that brought the request here; waiting for a core to decode
  // it is that stage's queue, not its service.
  const hop = s.auth === 'password-per-request' ? S.authenticate : S.network;
  extend(w, client, hop, decoded);
  queueMore(w, client, hop, m.cpu.lastStart - t);
  checkToken(w, client, m, decoded);
}

/** Stage 2b: validate the token on every request (simple token: map lookup under a mutex; JWT: a signature). */
function checkToken(w: World, client: number, m: Member, t: number): void {
  const s = w.s;
  if (s.auth === 'none' || s.auth === 'client-cert') {
    afterToken(w, client, m, t);
    return;
  }
  let end: number;
  let start: number;
  if (s.auth === 'jwt') {
    end = m.cpu.run(t, w.c.jwtVerifyUs);
    start = m.cpu.lastStart;
  } else {
    start = m.tokenMu.acquire(t);
    end = start + w.c.tokenCheckUs / 1000 / s.cpuSpeed;
    m.tokenMu.release(end);
  }
  mark(w, client, S.token, t, start, end);
  // A simple token is valid once the member has applied the entry that installed it.
  if (m.applied < w.tokenIndex[client]) {
    w.phase[client] = PHASE_TOKEN;
    m.applyWaiters.add(w.tokenIndex[client], client);
    return;
  }
  afterToken(w, client, m, end);
}

/** Stage 3: the read mode decides whether ReadIndex comes next. */
export function afterToken(w: World, client: number, m: Member, t: number): void {
  if (w.s.readMode === 'serializable') {
    rangeOnMember(w, client, m, t);
    return;
  }
  if (m.learner) {
    respond(w, client, m, t, 64, ERR_LEARNER);
    return;
  }
  // The linearizable path's own CPU (notifier, context, wake-ups), then join the read loop.
  const joined = m.cpu.run(t, w.c.linearizableReadUs);
  mark(w, client, S.readIndex, t, joined, joined);
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
  const auth = s.auth !== 'none';
  const sp = 1000 * s.cpuSpeed; // µs of reference core → ms on this core
  const rbacUs = auth ? c.rbacBaseUs + c.rbacPerLevelUs * Math.log2(s.rbacRules + 1) : 0;
  const k = s.keysPerRange;
  const treeUs =
    c.rangeBaseUs + c.treeSeekUsPerLevel * Math.log2(s.totalKeys + 1) + c.treePerKeyUs * k;
  let copyUs = 0;
  if (v.copyBufferPerRead) copyUs = m.bufferEntries * c.bufferCopyUsPerEntry;
  else if (m.copiedVersion !== m.bufferVersion) {
    copyUs = m.bufferEntries * c.bufferCopyUsPerEntry; // the first reader after a write copies for all
    m.copiedVersion = m.bufferVersion;
  }
  const boltUs =
    c.boltTxUs + copyUs + k * (c.boltPerKeyUs + (c.boltCopyUsPerKB * s.valueBytes) / KB);

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
  const a3 = m.readTx.readAcquire(a2);
  const done = m.cpu.run(a3, rbacUs + treeUs + boltUs);
  const cs = m.cpu.lastStart;
  const rbacMs = rbacUs / sp;
  const treeMs = treeUs / sp;
  m.treeIndex.readRelease(cs + rbacMs, cs + rbacMs + treeMs);
  m.readTx.readRelease(cs + rbacMs + treeMs, done);

  // Stage times: contiguous, each with its lock wait; the CPU queue goes to the first stage.
  const cpuQueue = cs - a3;
  let at = t;
  if (auth) {
    const st = at + (a1 - t) + cpuQueue;
    mark(w, client, S.rbac, at, st, st + rbacMs);
    at = st + rbacMs;
  }
  const treeStart = at + (a2 - a1) + (auth ? 0 : cpuQueue);
  mark(w, client, S.treeIndex, at, treeStart, treeStart + treeMs);
  at = treeStart + treeMs;
  const boltStart = at + (a3 - a2);
  mark(w, client, S.boltdb, at, boltStart, done);

  observeFreshness(w, client, m, t);
  respond(w, client, m, done, k * (s.valueBytes + 16), ERR_NONE);
}

/** Staleness of serializable reads; linearizable reads are checked never to be stale. */
function observeFreshness(w: World, client: number, m: Member, t: number): void {
  if (w.s.readMode === 'linearizable') {
    if (m.applied < w.commitAtIssue[client]) w.staleLinearizable++;
    return;
  }
  const leaderCommit = w.members[0].commit;
  const lag = leaderCommit - m.applied;
  const ms = lag > 0 ? t - w.entryCommitted[(m.applied + 1) % LOG_RING] : 0;
  w.recorder.recordStaleness(lag, ms);
}

/**
 * Stage 9, on the member: marshal, then send over the member's NIC and the client's NIC. The
 * client's unmarshal runs when the bytes arrive (clientReceive).
 */
export function respond(
  w: World,
  client: number,
  m: Member,
  t: number,
  payload: number,
  err: number,
): void {
  const s = w.s;
  const c = w.c;
  const kb = payload / KB;
  const tls = s.auth === 'client-cert' ? c.tlsUsPerKB * kb : 0;
  const marshalled = m.cpu.run(t, c.grpcSendUs + c.marshalUsPerKB * kb + tls);
  mark(w, client, S.response, t, m.cpu.lastStart, marshalled);
  const arrived =
    transfer(m.nicTx, w.client.nicRx, marshalled, wireBytes(c, payload), w.oneWayClient) +
    lbDelay(w);
  w.respBytes[client] = payload;
  w.engine.schedule(arrived, EV_CLIENT_RECV, client, err);
}

/** The response is at the client: unmarshal it on the client's CPU. Returns when that is done. */
export function clientReceive(w: World, client: number, t: number, stage: number): number {
  const c = w.c;
  const kb = w.respBytes[client] / KB;
  const tls = w.s.auth === 'client-cert' ? c.tlsUsPerKB * kb : 0;
  const done = w.client.cpu.run(t, c.clientRecvUs + c.clientRecvUsPerKB * kb + tls);
  extend(w, client, stage, done);
  return done;
}
