/**
 * The apply loop and the backend (docs/design/MODEL.md §1, §6): one loop per member applies
 * committed entries in order, in batches as etcd does — everything committed when the loop takes
 * its turn is applied in one pass (etcdserver applyAll over a Ready's entries), one CPU job on one
 * core, holding the backend BatchTx lock while it runs; the batch's puts also take the treeIndex
 * write lock and add to the uncommitted buffer. So the loop waits for a core once per batch, not
 * once per entry, and keeps up with any write rate its core can apply. When the lock is held by
 * someone else (a backend commit; in ≤ 3.4.8 a bcrypt compare), the loop takes one entry per
 * pass, as etcd locks per entry: each queues behind whoever asked for the lock first. The
 * backend commits every 100 ms or every 10,000 writes, holding the BatchTx lock and the readTx
 * write lock for an fsync of the db file. Applying releases whoever waits for the applied index
 * (read loops, Authenticates, tokens) through `w.resume`, which knows their continuations; this
 * file knows only the kinds of wait (waiters.ts).
 */
import { EV_APPLY_DONE, EV_BACKEND_TICK, EV_COMPACT } from './events.ts';
import { startApply } from './clocks.ts';
import { bgJob, bgTime, R } from './ledger.ts';
import { WAIT_OWN_ENTRY } from './waiters.ts';
import { LOG_RING, type Member, type World } from './world.ts';
import { vary } from './variability.ts';

/** etcd's backend batch interval (ms) and batch limit (writes). */
const BATCH_INTERVAL_MS = 100;
const BATCH_LIMIT = 10_000;

/**
 * New entries are committed on `m`. The raft loop hands committed entries to the apply loop in
 * its next Ready, which it takes only after saving the current one (its WAL fsync, raft.ts
 * startWal): so an idle apply loop starts once the raft loop is through what it is doing now.
 */
export function onCommitAdvance(w: World, m: Member, t: number): void {
  if (m.applyActive) return;
  const loopFree = m.raftLoop.freeAt[0];
  applyNext(w, m, loopFree > t ? loopFree : t);
}

/** Takes every entry committed and not yet applied (one, if the lock is held) as one batch: one
 *  CPU job, one event. */
function applyNext(w: World, m: Member, t: number): void {
  if (m.applied >= m.commit) {
    m.applyActive = false;
    return;
  }
  m.applyActive = true;
  const c = w.c;
  // etcd locks the BatchTx per entry (each put's write txn, each Authenticate's token install,
  // auth/store.go). While the lock is free the loop keeps it across the batch — a free mutex is
  // re-taken at once, and nobody can queue in the µs between entries. When it must wait (3.4.8:
  // a bcrypt compare holds it), it applies one entry and asks again, so every entry queues behind
  // whoever asked before it: a contended Go mutex hands off in FIFO order (starvation mode).
  const to = m.batchTx.freeAt > t ? m.applied + 1 : m.commit;
  let us = 0;
  let puts = 0;
  for (let i = m.applied + 1; i <= to; i++) {
    if (w.entryClient[i % LOG_RING] < 0) puts++;
    else us += c.applyAuthUs;
  }
  us += puts * (c.applyPutUs + (c.applyUsPerKB * w.s.writeValueBytes) / 1024);
  const locked = m.batchTx.acquire(t);
  // The apply goroutine is woken by the raft loop's channel send: ahead of the run queue.
  const worked = m.cpu.runUrgent(locked, vary(w, us));
  const start = m.cpu.lastStart;
  m.batchTx.release(worked);
  let done = worked;
  if (puts > 0) {
    // The puts' apply is background work: their share of the batch's core time and of its hold
    // of the BatchTx lock (the rest applies Authenticates' token entries, for the requests).
    const share = us > 0 ? (us - (to - m.applied - puts) * c.applyAuthUs) / us : 1;
    bgTime(m.bgBusy, R.cpu, (worked - start) * share);
    bgTime(m.bgBusy, R['lock.batchTx'], (worked - locked) * share);
    const ws = m.treeIndex.writeAcquire(locked);
    const we = ws + (puts * c.treeWriteUs) / 1000 / w.s.cpuSpeed;
    m.treeIndex.writeRelease(we);
    if (we > done) done = we;
  }
  m.applyingTo = to;
  // Blocked on BatchTx until `locked`, waiting for a core until `start`, applying until `worked`,
  // then waiting for the treeIndex write lock until `done` (clocks.ts).
  startApply(m.applyClock, t, locked, start, worked, done);
  w.engine.schedule(done, EV_APPLY_DONE, m.index);
}

/** The batch is applied: each entry takes effect in order, then whoever waited goes on. */
export function applyDone(w: World, index: number, t: number): void {
  const m = w.members[index];
  while (m.applied < m.applyingTo) {
    const applied = ++m.applied;
    const slot = applied % LOG_RING;
    const client = w.entryClient[slot];
    if (client < 0) {
      m.bufferEntries++;
      m.bufferVersion++;
      growBuffer(m);
      m.pendingCommitEntries++;
      if (index === w.leader) w.writesApplied++;
      // The member that took the put answers its writer once it has applied it.
      if (w.entryOrigin[slot] === index) w.writesAnswered++;
      if (m.pendingCommitEntries >= BATCH_LIMIT) backendCommit(w, m, t);
    } else if (w.entryOrigin[slot] === index) {
      // An Authenticate's token entry, applied on the member that took the call: it can answer.
      w.resume(WAIT_OWN_ENTRY, client, applied, m, t);
    }
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

/**
 * etcd's bucketBuffer (mvcc/backend/tx_buffer.go) starts at 512 slots and grows by half when a
 * write finds it full; a backend commit resets how many are used but keeps the slots, and drops
 * the bucket only when a whole interval passed without a write (txBuffer.reset's "demote").
 */
const BUCKET_INITIAL_SLOTS = 512;
function growBuffer(m: Member): void {
  if (m.bufferSlots === 0) m.bufferSlots = BUCKET_INITIAL_SLOTS;
  while (m.bufferEntries > m.bufferSlots) m.bufferSlots = Math.floor((m.bufferSlots * 3) / 2);
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
  // A commit with nothing pending only resets the read buffer, which then drops its bucket.
  if (m.pendingCommitEntries === 0 && m.bufferSlots > 0) {
    m.bufferSlots = 0;
    m.bufferVersion++;
  }
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
  const released = m.cpu.run(locked, vary(w, w.v.compactionHoldsIndex ? walkUs : c.compactCloneUs));
  bgJob(m.bgBusy, R.cpu, m.cpu, released);
  m.treeIndex.writeRelease(released);
  let done = released;
  if (!w.v.compactionHoldsIndex) {
    done = m.cpu.run(released, vary(w, walkUs));
    bgJob(m.bgBusy, R.cpu, m.cpu, done);
  }
  // The next compaction is due an interval after this one ends: compactions never overlap.
  if (w.completed + w.failed < w.s.total)
    w.engine.schedule(done + w.s.compactionMs, EV_COMPACT, index);
}
