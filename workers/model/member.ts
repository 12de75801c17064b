/**
 * A member of the simulated cluster: its host (cores or a share of the machine's, NICs, disk),
 * its raft node goroutine and locks, its linearizableReadLoop, the raft log as it sees it, its
 * apply loop and backend buffer — and how one is built for a scenario. world.ts holds the
 * members with the client and the per-client request state.
 */
import { type Clock, Server } from '../engine/server.ts';
import { Cpu } from '../engine/cpu.ts';
import { Disk } from '../engine/disk.ts';
import { Nic } from '../engine/nic.ts';
import { CpuShare, type HostCpu } from '../engine/cpuShare.ts';
import { Mutex, RwLock } from '../engine/locks.ts';
import type { CostTable } from './costs.ts';
import type { Scenario } from '../contract/scenario.ts';
import {
  MEMBER_RESOURCES,
  memberResource,
  resourceKey,
  type MemberResourceName,
} from '../contract/resourceId.ts';
import { WaitQueue } from './waitQueue.ts';
import { newApplyClock, newReadClock, type ApplyClock, type ReadClock } from './clocks.ts';
import { LOCK_COUNT } from './ledger.ts';

export interface Host {
  /** Its own cores, or its share of the shared machine's (sharedHost). */
  cpu: HostCpu;
  nicTx: Nic;
  nicRx: Nic;
}

export interface Member extends Host {
  index: number;
  learner: boolean;
  disk: Disk;
  /** The raft node goroutine: one at a time (ReadIndex, heartbeats, proposals). */
  raftLoop: Server;
  batchTx: Mutex;
  readTx: RwLock;
  treeIndex: RwLock;
  tokenMu: Mutex;
  // linearizableReadLoop
  riActive: boolean;
  riPending: number[];
  riBatch: number[];
  riRoundStart: number;
  riReadIndex: number;
  riRounds: number;
  riBatched: number;
  riRoundMs: number;
  // raft log as this member sees it
  received: number;
  durable: number;
  commit: number;
  applied: number;
  walActive: boolean;
  walBatchEnd: number;
  /** Share of the WAL batch in flight that is puts (background work), 0..1. */
  walBatchPuts: number;
  applyActive: boolean;
  /** The last entry of the batch the apply loop is applying now. */
  applyingTo: number;
  /** Loop time (ms) of the raft work last booked by raftWork. */
  raftBooked: number;
  applyWaiters: WaitQueue;
  /** What the apply loop has done with its time (clocks.ts): for splitting others' waits. */
  applyClock: ApplyClock;
  /** What the read loop has done with its time (clocks.ts). */
  readClock: ReadClock;
  /** Raft-loop queueing on the critical path of the round in progress, ms. */
  riRoundQueue: number;
  /** Total time the read loop waited for apply after its rounds, ms. */
  riApplyWaitMs: number;
  /** Busy time of background work (the put stream, backend commits, compaction), per resource
   *  in MEMBER_RESOURCES order; the rest of each resource's busy time is the requests'. */
  bgBusy: Float64Array;
  /** Time the requests waited for each lock of this member (LOCK_* order in ledger.ts), ms. */
  lockWaits: Float64Array;
  /** Highest commit index the leader has told this member. */
  commitSeen: number;
  // backend
  bufferEntries: number;
  /** Slots of the read buffer's key bucket (etcd's bucketBuffer: 512, then ×1.5 when full; kept
   *  across backend commits while writes continue). A read's copy copies every slot. */
  bufferSlots: number;
  bufferVersion: number;
  copiedVersion: number;
  pendingCommitEntries: number;
}

/**
 * A host's cores and NICs: `cores` of its own, or its share of the shared machine's pool when
 * there is one (sharedHost). Resources are named by the contract's keys.
 */
export function createHost(
  s: Scenario,
  cores: number,
  cpuKey: string,
  txKey: string,
  rxKey: string,
  machine: Cpu | null,
  clock: Clock,
): Host {
  return {
    cpu:
      machine === null ? new Cpu(cpuKey, cores, s.cpuSpeed, clock) : new CpuShare(cpuKey, machine),
    nicTx: new Nic(txKey, s.nicGbps),
    nicRx: new Nic(rxKey, s.nicGbps),
  };
}

/** Member `i` of the scenario's cluster (a learner when `learner`), its resources named by the contract's keys. */
export function createMember(
  s: Scenario,
  c: CostTable,
  i: number,
  learner: boolean,
  machine: Cpu | null,
  clock: Clock,
): Member {
  const key = (name: MemberResourceName): string => resourceKey(memberResource(i, name));
  return {
    index: i,
    learner,
    ...createHost(s, s.serverCores, key('cpu'), key('nic.tx'), key('nic.rx'), machine, clock),
    disk: new Disk(key('disk'), s.fsyncMs, c.diskMBps, clock),
    raftLoop: new Server(key('raftLoop'), 1, clock),
    batchTx: new Mutex(key('lock.batchTx')),
    readTx: new RwLock(key('lock.readTx')),
    treeIndex: new RwLock(key('lock.treeIndex')),
    tokenMu: new Mutex(key('lock.token')),
    riActive: false,
    riPending: [],
    riBatch: [],
    riRoundStart: 0,
    riReadIndex: 0,
    riRounds: 0,
    riBatched: 0,
    riRoundMs: 0,
    received: 0,
    durable: 0,
    commit: 0,
    applied: 0,
    walActive: false,
    walBatchEnd: 0,
    walBatchPuts: 0,
    applyActive: false,
    applyingTo: 0,
    raftBooked: 0,
    applyWaiters: new WaitQueue(),
    applyClock: newApplyClock(),
    readClock: newReadClock(),
    riRoundQueue: 0,
    riApplyWaitMs: 0,
    bgBusy: new Float64Array(MEMBER_RESOURCES.length),
    lockWaits: new Float64Array(LOCK_COUNT),
    commitSeen: 0,
    bufferEntries: 0,
    bufferSlots: 0,
    bufferVersion: 0,
    copiedVersion: -1,
    pendingCommitEntries: 0,
  };
}
