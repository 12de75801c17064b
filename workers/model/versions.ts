/**
 * What each etcd version changes in the model: lock scopes only (docs/design/MODEL.md §2). The version switch
 * must change exactly these, nothing else.
 */
import type { EtcdVersion } from '../contract/params.ts';

export interface VersionTraits {
  /** ≤ 3.4.8: Authenticate's bcrypt compare runs holding the backend BatchTx lock (fixed by PR 11735). */
  bcryptUnderBatchTx: boolean;
  /** ≤ 3.4.19 and 3.5.0–3.5.4: the RBAC permission check takes the BatchTx lock; later the readTx read lock. */
  rbacTakesBatchTx: boolean;
  /** 3.4.x ≤ 3.4.23: every read transaction deep-copies the uncommitted-writes buffer; from
   *  3.4.24 / 3.5.0 readers share one copy until the next write. */
  copyBufferPerRead: boolean;
  /** Before 3.4: compaction holds the treeIndex write lock for the whole pass (3.4+ clones first). */
  compactionHoldsIndex: boolean;
}

export const VERSION_TRAITS: Record<EtcdVersion, VersionTraits> = {
  '3.3.27': {
    bcryptUnderBatchTx: true,
    rbacTakesBatchTx: true,
    copyBufferPerRead: true,
    compactionHoldsIndex: true,
  },
  '3.4.8': {
    bcryptUnderBatchTx: true,
    rbacTakesBatchTx: true,
    copyBufferPerRead: true,
    compactionHoldsIndex: false,
  },
  '3.4.9': {
    bcryptUnderBatchTx: false,
    rbacTakesBatchTx: true,
    copyBufferPerRead: true,
    compactionHoldsIndex: false,
  },
  // The loopback calibration's version: past the RBAC fix (3.4.20), still copying the buffer.
  '3.4.23': {
    bcryptUnderBatchTx: false,
    rbacTakesBatchTx: false,
    copyBufferPerRead: true,
    compactionHoldsIndex: false,
  },
  '3.4.27': {
    bcryptUnderBatchTx: false,
    rbacTakesBatchTx: false,
    copyBufferPerRead: false,
    compactionHoldsIndex: false,
  },
  '3.5.0': {
    bcryptUnderBatchTx: false,
    rbacTakesBatchTx: true,
    copyBufferPerRead: false,
    compactionHoldsIndex: false,
  },
  '3.5.17': {
    bcryptUnderBatchTx: false,
    rbacTakesBatchTx: false,
    copyBufferPerRead: false,
    compactionHoldsIndex: false,
  },
};
