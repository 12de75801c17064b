/**
 * The apply loop and the backend (docs/design/MODEL.md §1): one loop per member applies committed entries in
 * order, each holding the backend BatchTx lock; a put also takes the treeIndex write lock and adds
 * to the uncommitted buffer. The backend commits every 100 ms or every 10,000 writes, holding the
 * BatchTx lock and the readTx write lock for an fsync of the db file. Applying releases whoever
 * waits for the applied index (read loops, Authenticates, tokens) through `w.resume`, which knows
 * their continuations; this file knows only the kinds of wait (waiters.ts).
 */
import { EV_APPLY_DONE, EV_BACKEND_TICK, EV_COMPACT } from './events.ts';
import { startApply } from './clocks.ts';
import { bgJob, bgTime, R } from './ledger.ts';
import { WAIT_OWN_ENTRY } from './waiters.ts';
import { LOG_RING, type Member, type World } from './world.ts';

/** etcd's backend batch interval (ms) and batch limit (writes). */
const BATCH_INTERVAL_MS = 100;
const BATCH_LIMIT = 10_000;

export function onCommitAdvance(w: World, m: Member, t: number): void {
  if (!m.applyActive) applyNext(w, m, t);
}

function applyNext(w: World, m: Member, t: number): void {
  if (m.applied >= m.commit) {
    m.applyActive = false;
    return;
  }
  m.applyActive = true;
  const c = w.c;
  const slot = (m.applied + 1) % LOG_RING;
  const put = w.entryClient[slot] < 0;
  const locked = m.batchTx.acquire(t);
  const us = put ? c.applyPutUs + (c.applyUsPerKB * w.s.writeValueBytes) / 1024 : c.applyAuthUs;
  const worked = m.cpu.run(locked, us);
  const start = m.cpu.lastStart;
  m.batchTx.release(worked);
  let done = worked;
  if (put) {
    // A put's apply is background work: its core time and its hold of the BatchTx lock.
    bgJob(m.bgBusy, R.cpu, m.cpu, worked);
    bgTime(m.bgBusy, R['lock.batchTx'], worked - locked);
    const ws = m.treeIndex.writeAcquire(locked);
    const we = ws + c.treeWriteUs / 1000 / w.s.cpuSpeed;
    m.treeIndex.writeRelease(we);
    if (we > done) done = we;
  }
  // Blocked on BatchTx until `locked`, waiting for a core until `start`, applying until `worked`,
  // then waiting for the treeIndex write lock until `done` (clocks.ts).
  startApply(m.applyClock, t, locked, start, worked, done);
  w.engine.schedule(done, EV_APPLY_DONE, m.index);
}

export function applyDone(w: World, index: number, t: number): void {
  const m = w.members[index];
  const applied = ++m.applied;
  const slot = applied % LOG_RING;
  const client = w.entryClient[slot];
  if (client < 0) {
    m.bufferEntries++;
    m.bufferVersion++;
    m.pendingCommitEntries++;
    if (index === w.leader) w.writesApplied++;
    // The member that took the put answers its writer once it has applied it.
    if (w.entryOrigin[slot] === index) w.writesAnswered++;
    if (m.pendingCommitEntries >= BATCH_LIMIT) backendCommit(w, m, t);
  } else if (w.entryOrigin[slot] === index) {
    // An Authenticate's token entry, applied on the member that took the call: it can answer.
    w.resume(WAIT_OWN_ENTRY, client, applied, m, t);
  }
  releaseWaiters(w, m, t);
  applyNext(w, m, t);
}

function releaseWaiters(w: World, m: Member, t: number): void {
  const q = m.applyWaiters;
  while (q.size > 0 && q.peek() <= m.applied) {
    const index = q.peek();
    const kind = q.peekKind();
    w.resume(kind, q.pop(), index, m, t);
  }
}

export function startBackendTimers(w: World): void {
  if (w.s.writeQps > 0)
    for (const m of w.members) w.engine.schedule(BATCH_INTERVAL_MS, EV_BACKEND_TICK, m.index);
  if (w.s.compactionMs > 0)
    for (const m of w.members) w.engine.schedule(w.s.compactionMs, EV_COMPACT, m.index);
}

/**
 * The backend's commit timer. etcd's backend.run() resets its timer after each commit returns
 * (mvcc/backend/backend.go: `t.Reset(b.batchInterval)` after `b.batchTx.Commit()`), so the next
 * tick is an interval after the commit ends: with a db fsync slower than the interval, commits
 * follow one another instead of piling up on the disk.
 */
export function backendTick(w: World, index: number, t: number): void {
  const m = w.members[index];
  const done = m.pendingCommitEntries > 0 ? backendCommit(w, m, t) : t;
  if (w.completed + w.failed < w.s.total)
    w.engine.schedule(done + BATCH_INTERVAL_MS, EV_BACKEND_TICK, index);
}

/**
 * Commit the batch: BatchTx lock, then the readTx write lock, held for the db fsync. Returns when
 * the commit is durable (ms).
 */
function backendCommit(w: World, m: Member, t: number): number {
  const locked = m.batchTx.acquire(t);
  const exclusive = m.readTx.writeAcquire(locked);
  const durable = m.disk.fsync(exclusive, m.pendingCommitEntries * w.c.dbBytesPerEntry);
  m.readTx.writeRelease(durable);
  m.batchTx.release(durable);
  // Background work: the fsync, and the BatchTx hold (readTx is only ever write-held by this).
  bgJob(m.bgBusy, R.disk, m.disk, durable);
  bgTime(m.bgBusy, R['lock.batchTx'], durable - locked);
  m.bufferEntries = 0;
  m.bufferVersion++;
  m.pendingCommitEntries = 0;
  return durable;
}

/**
 * treeIndex compaction: 3.4+ clones the index under the write lock and compacts the clone;
 * older versions hold the write lock for the whole walk.
 */
export function compact(w: World, index: number, t: number): void {
  const m = w.members[index];
  const c = w.c;
  const walkUs = c.compactWalkUsPerKey * w.s.totalKeys;
  const locked = m.treeIndex.writeAcquire(t);
  const released = m.cpu.run(locked, w.v.compactionHoldsIndex ? walkUs : c.compactCloneUs);
  bgJob(m.bgBusy, R.cpu, m.cpu, released);
  m.treeIndex.writeRelease(released);
  let done = released;
  if (!w.v.compactionHoldsIndex) {
    done = m.cpu.run(released, walkUs);
    bgJob(m.bgBusy, R.cpu, m.cpu, done);
  }
  // The next compaction is due an interval after this one ends: compactions never overlap.
  if (w.completed + w.failed < w.s.total)
    w.engine.schedule(done + w.s.compactionMs, EV_COMPACT, index);
}
