/**
 * The simulated world: the client host, the members (member.ts: their resources, loops and
 * locks), the raft log, and per-client request state in typed arrays. Mechanism files (client.ts, readPath.ts,
 * response.ts, readIndex.ts, raft.ts, apply.ts, authenticate.ts) act on it; simulate.ts wires them
 * to events, and to the apply loop's waiters (resume). Who leads is a field, asked via leaderOf.
 */
import { Engine, type Handler } from '../engine/engine.ts';
import { Rng } from '../engine/rng.ts';
import { Server } from '../engine/server.ts';
import { Cpu } from '../engine/cpu.ts';
import { COSTS, type CostTable } from './costs.ts';
import { costsOnCores } from './rawCompute.ts';
import type { Scenario } from '../contract/scenario.ts';
import { FIRST_LEADER } from '../contract/leader.ts';
import {
  clientResource,
  machineResource,
  resourceKey,
  type ClientResourceName,
} from '../contract/resourceId.ts';
import { STAGE_COUNT } from '../contract/stages.ts';
import { VERSION_TRAITS, type VersionTraits } from './versions.ts';
import type { Recorder } from './recorder.ts';
import type { WaitKind } from './waiters.ts';
import { bgTime, R } from './ledger.ts';
import { connSlots } from './connections.ts';
import { createHost, createMember, type Host, type Member } from './member.ts';
import { MAX_SPANS } from './spans.ts';
import { rangeCostsFor, type RangeCosts } from './rangeCosts.ts';
import { requestTraitsFor, type RequestTraits } from './requestTraits.ts';
import { JobTimes, vary } from './variability.ts';

/**
 * Continues a waiter the apply loop released: `kind` says what waited (waiters.ts), `who` is the
 * client or member the kind names, `index` the applied index it waited for, `m` the member that
 * applied it, at `t`. Supplied at world creation so the apply loop imports none of its callers.
 */
export type { Host, Member } from './member.ts';

export type Resume = (kind: WaitKind, who: number, index: number, m: Member, t: number) => void;

/** Size of the ring of raft entries kept (lag is bounded by the 5,000-entry apply gap). */
export const LOG_RING = 1 << 16;

export interface World {
  s: Scenario;
  c: CostTable;
  v: VersionTraits;
  /** What a range costs on its member, fixed for the run (rangeCosts.ts). */
  range: RangeCosts;
  /** What the scenario's auth, read mode, balancing and request kind decide per request. */
  req: RequestTraits;
  engine: Engine;
  rng: Rng;
  /** Each CPU job's time factor (variability.ts), drawn from `rng`. */
  jobTimes: JobTimes;
  client: Host;
  /** The shared machine's cores when the client and members share one host, else null. */
  machine: Cpu | null;
  /** Serialises the benchmark's own per-request bookkeeping (see costs.benchLoopUs). */
  benchLoop: Server;
  members: Member[];
  /** Index of the member that leads (FIRST_LEADER; no elections yet). Ask here, never assume 0. */
  leader: number;
  /** Voting members (learner excluded): indices 0 … voters − 1. */
  voters: number;
  quorum: number;
  oneWayClient: number;
  oneWayPeer: number;
  // requests
  issued: number;
  completed: number;
  failed: number;
  nextToken: number;
  /** Per client: member of the current request. */
  target: Int32Array;
  /** Per connection: member it is pinned to; and a per-connection round-robin counter. */
  connMember: Int32Array;
  connCounter: Int32Array;
  /** Per connection: when its TLS handshake is done and it can carry requests. */
  connReady: Float64Array;
  /** Per connection, member and side: when its next read or flush is due, ms (connections.ts). */
  connDue: Float64Array;
  phase: Uint8Array;
  seq: Float64Array;
  issuedAt: Float64Array;
  readIndex: Float64Array;
  commitAtIssue: Float64Array;
  tokenIndex: Float64Array;
  /** Payload bytes of the response on its way to the client. */
  respBytes: Float64Array;
  /** KeyValues in that response. */
  respKeys: Float64Array;
  /** Per client × stage: entered, left, and ms waiting for a lock, for a server, and served
   *  (stageMarks.ts writes them; the rest of the stage's time is flight). */
  stEnter: Float64Array;
  stEnd: Float64Array;
  stLock: Float64Array;
  stQueue: Float64Array;
  stService: Float64Array;
  visited: Int32Array;
  /** Per client: up to MAX_SPANS intervals of lock, queue and service, by stage (stageMarks.ts),
   *  kept only when the recorder wants them for this request (keepSpans, Recorder.wantsSpans). */
  keepSpans: Uint8Array;
  spanCount: Uint8Array;
  spanStage: Uint8Array;
  spanKind: Uint8Array;
  spanFrom: Float64Array;
  spanTo: Float64Array;
  /** Per client: an apply wait's start and the apply clock's lock and queue totals then
   *  (applyWaits.ts); for a read loop wait, the read clock's totals at joining (readIndex.ts). */
  waitFrom: Float64Array;
  waitLock0: Float64Array;
  waitQueue0: Float64Array;
  // the leader's log; matchIndex is per member (the leader's own entry unused)
  lastIndex: number;
  matchIndex: Float64Array;
  entryClient: Int32Array;
  entryOrigin: Int32Array;
  entryProposed: Float64Array;
  entryCommitted: Float64Array;
  // background writes, counted where each thing happens (result.ts WriteStats)
  writesSent: number;
  writesRefused: number;
  writesProposed: number;
  writesCommitted: number;
  writesApplied: number;
  writesAnswered: number;
  /** Puts that found the model's log ring full (raft.ts logRoom): the write path fell behind. */
  writesDropped: number;
  /** Puts accepted by a member and not yet proposed by the leader (they will take log slots). */
  putsInFlight: number;
  writeCommitMsSum: number;
  recorder: Recorder;
  /** Where waiters on an apply loop continue (see Resume). */
  resume: Resume;
  /** Round-robin counter spreading background puts over the voters. */
  nextWriter: number;
  /** Linearizable reads that saw an applied index below the commit index at issue (must stay 0). */
  staleLinearizable: number;
}

export function createWorld(
  s: Scenario,
  handler: Handler,
  resume: Resume,
  recorder: Recorder,
  table: CostTable = COSTS,
): World {
  // Raw compute at its own speed (rawCompute.ts RAW_COMPUTE_COSTS): every booking below uses this.
  const costs = costsOnCores(table, s);
  const members: Member[] = [];
  const count = s.members + (s.learner ? 1 : 0);
  // Every resource reads the present from the engine's clock (idleIntervals.ts: which idle
  // intervals are past).
  const engine = new Engine(handler);
  // A shared host: one pool of the machine's cores; each process books its work on it.
  const machine = s.sharedHost
    ? new Cpu(resourceKey(machineResource('cpu')), s.serverCores, s.cpuSpeed, engine)
    : null;
  for (let i = 0; i < count; i++)
    members.push(createMember(s, costs, i, i >= s.members, machine, engine));
  const clients = s.clients;
  const rng = new Rng(s.seed);
  return {
    s,
    c: costs,
    v: VERSION_TRAITS[s.etcdVersion],
    range: rangeCostsFor(s, costs),
    req: requestTraitsFor(s, costs),
    engine,
    rng,
    jobTimes: new JobTimes(rng, costs),
    machine,
    client: createHost(
      s,
      s.clientCores,
      clientKey('cpu'),
      clientKey('nic.tx'),
      clientKey('nic.rx'),
      machine,
      engine,
    ),
    benchLoop: new Server(clientKey('benchLoop'), 1, engine),
    members,
    leader: FIRST_LEADER,
    voters: s.members,
    quorum: Math.floor(s.members / 2) + 1,
    oneWayClient: s.clientRttMs / 2,
    oneWayPeer: s.peerRttMs / 2,
    issued: 0,
    completed: 0,
    failed: 0,
    nextToken: 0,
    target: new Int32Array(clients),
    connMember: new Int32Array(s.conns),
    connCounter: new Int32Array(s.conns),
    connReady: new Float64Array(s.conns),
    connDue: new Float64Array(connSlots(s.conns, count)).fill(-Infinity),
    phase: new Uint8Array(clients),
    seq: new Float64Array(clients),
    issuedAt: new Float64Array(clients),
    readIndex: new Float64Array(clients),
    commitAtIssue: new Float64Array(clients),
    tokenIndex: new Float64Array(clients),
    respBytes: new Float64Array(clients),
    respKeys: new Float64Array(clients),
    stEnter: new Float64Array(clients * STAGE_COUNT),
    stEnd: new Float64Array(clients * STAGE_COUNT),
    stLock: new Float64Array(clients * STAGE_COUNT),
    stQueue: new Float64Array(clients * STAGE_COUNT),
    stService: new Float64Array(clients * STAGE_COUNT),
    visited: new Int32Array(clients),
    keepSpans: new Uint8Array(clients),
    spanCount: new Uint8Array(clients),
    spanStage: new Uint8Array(clients * MAX_SPANS),
    spanKind: new Uint8Array(clients * MAX_SPANS),
    spanFrom: new Float64Array(clients * MAX_SPANS),
    spanTo: new Float64Array(clients * MAX_SPANS),
    waitFrom: new Float64Array(clients),
    waitLock0: new Float64Array(clients),
    waitQueue0: new Float64Array(clients),
    lastIndex: 0,
    matchIndex: new Float64Array(count),
    entryClient: new Int32Array(LOG_RING),
    entryOrigin: new Int32Array(LOG_RING),
    entryProposed: new Float64Array(LOG_RING),
    entryCommitted: new Float64Array(LOG_RING),
    writesSent: 0,
    writesRefused: 0,
    writesProposed: 0,
    writesCommitted: 0,
    writesApplied: 0,
    writesAnswered: 0,
    writesDropped: 0,
    putsInFlight: 0,
    writeCommitMsSum: 0,
    recorder,
    resume,
    nextWriter: 0,
    staleLinearizable: 0,
  };
}

/** The engine names its resources (in its error messages) by the contract's key. */
function clientKey(name: ClientResourceName): string {
  return resourceKey(clientResource(name));
}

/** The member that leads now. */
export function leaderOf(w: World): Member {
  return w.members[w.leader];
}

/**
 * Work of `us` µs of the reference core on a member's raft node goroutine. The goroutine does one
 * thing at a time (the loop: a one-server resource, so the work takes its turn there) and runs on
 * one of the member's cores (its CPU, shared with every request the member serves), where it may
 * wait for a core. Returns when the work is done. (The loop is booked for the work's own length
 * from its turn; time it then spends waiting for a core is not counted as the loop's.)
 * `handOff`: a goroutine of this member passed the work over a channel and blocked (the read
 * loop calling ReadIndex), so it runs at once (Cpu.runUrgent's hand-off); a message from the
 * network waits for a core like any woken goroutine.
 */
export function raftWork(w: World, m: Member, ready: number, us: number, handOff = false): number {
  const ms = us / 1000 / w.s.cpuSpeed;
  m.raftLoop.reserve(ready, ms);
  m.raftBooked = ms;
  // The loop's goroutine is woken by a message or a channel: it runs ahead of the run queue.
  return m.cpu.runUrgent(m.raftLoop.lastStart, vary(w, us), handOff ? 0 : undefined);
}

/**
 * The raft work `raftWork` just booked on `m` (done at `end`) was, for `share` of it, background
 * work (ledger.ts): its turn on the loop and its core time.
 */
export function raftBackground(m: Member, end: number, share: number): void {
  bgTime(m.bgBusy, R.raftLoop, m.raftBooked * share);
  bgTime(m.bgBusy, R.cpu, (end - m.cpu.lastStart) * share);
}

/** Wire bytes of a message carrying `payload` bytes. */
export function wireBytes(c: CostTable, payload: number): number {
  return c.wireBytesPerMessage + payload * c.wireOverhead;
}
