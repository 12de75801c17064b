/**
 * The one cost table: the work of every operation on the read path, on one reference core
 * (a modern x86 server core running Go; a profile's cpuSpeed scales it). Every simulated stage
 * draws its service time from here; no other file holds a cost, and nothing branches on which
 * scenario is running. (One exception in form only: Go's bcrypt time sits in contract/bcrypt.ts,
 * so that the scenario's bcrypt10Ms can default to it; this table names it.)
 *
 * Units are in the names: Us = µs of one reference core, PerKB = per 1024 bytes.
 * Sources: [go] Go / etcd micro-benchmarks and profiles, order of magnitude; [etcd] etcd's code or
 * docs; [fit] chosen so the model reproduces the article's measurements (docs/calibration.md) —
 * a fit is one shared constant, used by every scenario alike.
 */
import { GO_BCRYPT10_MS, msAtCost } from '../contract/bcrypt.ts';
import type { Scenario } from '../contract/scenario.ts';

export interface CostTable {
  // ── client host (the benchmark's Go client) ──
  /** Build and marshal one request and queue it for the connection's writer (gRPC client path);
   *  the write itself is clientSendSyscallUs. [fit] see grpcRecvUs. */
  clientSendUs: number;
  /** Unmarshal one response and hand it to its caller, fixed part; the read syscall that brought
   *  it is clientRecvSyscallUs. [fit] see grpcRecvUs. */
  clientRecvUs: number;
  /** Unmarshal (copy) per KB of response. [fit] with marshalUsPerKB and socketUsPerKB: a
   *  response's per-KB costs (marshal 0.485, the socket's copy on each side 0.78 + 0.78, this
   *  0.97) and boltdb's copy (0.1) make 3.1 µs of the reference core per KB, ≈ 3.2 µs of the
   *  loopback cluster's cores, as its 100 KiB and 1 MiB reads at 100 clients ask (see
   *  socketUsPerKB). All four were fitted at that cluster's speed when it was taken as 0.51 and
   *  scaled by 0.99 ÷ 0.51 with it (connections.ts; profiles.ts loopback-2vcpu). Its
   *  10,000-key ranges ask less per value byte: 256 B values add 0.6 µs of its cores per key
   *  (full vs keys-only), where these give 0.8 — the keys-only row sits at +17 %. */
  clientRecvUsPerKB: number;
  /** Unmarshal one KeyValue of a response on the client: allocate it and its key (and value)
   *  slices, fill the fields. [fit] with boltPerKeyUs to the loopback cluster's ranges over
   *  10,000 keys: keys-only it measured 1.12 µs of its cores per key, client and member
   *  together, of which the member's read and marshal are the larger part; with the per-KB
   *  costs above the model gives 0.95 µs of the reference core (0.96 of its cores), which puts
   *  the full 10,000-key range at −17 % and keys-only at +17 %: the two pull apart. */
  clientRecvUsPerKey: number;
  /** The benchmark's own per-request bookkeeping outside the timed call: take the next op from
   *  the producer channel, hand the result to the report goroutine, tick the bar. [fit] */
  benchLoopUs: number;
  /** The client connection's write: the syscall, the kernel's TCP segment (on loopback the
   *  receiver's side of it too) and the writer goroutine's wake-up; paid once by the requests
   *  one flush carries (connections.ts). [fit] see grpcRecvUs. */
  clientSendSyscallUs: number;
  /** The client connection's read: the syscall and the reader's return from the network poller;
   *  paid once by the responses one read takes (connections.ts). [fit] see grpcRecvUs. */
  clientRecvSyscallUs: number;
  /** A member connection's read of requests, as clientRecvSyscallUs. [fit] see grpcRecvUs. */
  grpcRecvSyscallUs: number;
  /** A member connection's write of responses, as clientSendSyscallUs. [fit] see grpcRecvUs. */
  grpcSendSyscallUs: number;

  // ── gRPC on a member ──
  /** Decode and dispatch one unary request (HTTP/2 frame, protobuf, interceptors, the handler's
   *  goroutine); the read syscall that brought it is grpcRecvSyscallUs. [fit] with the other
   *  seven per-message and per-syscall costs of the request path, two numbers in all: one scale
   *  for the per-message costs and one for the per-syscall ones (their ratio inside each group
   *  kept from the first split: 1 : 1 : 10 : 4 and 5 : 5 : 22 : 20). With the loopback cluster's
   *  speed fitted to its single-client serializable QPS (5,543/s) and etcd.io's to its
   *  1,000-client one, the two scales are chosen so that the loopback cluster's speed comes out
   *  at its measured raw-compute speed (0.99; bcrypt, profiles.ts) and the lecture's serializable
   *  QPS at 1,000 clients, ten per connection, stays where its average can hold too (+9 %: the
   *  two sit apart by Little's law, calibrationGaps.ts SOURCE_CONFLICTS). They give the loopback
   *  cluster 1.60× the serializable reads at 500 clients on 100 connections as at 100 (measured
   *  1.742×). Alone on its connection, a serializable read costs its member 118 µs of the
   *  reference core besides the range (24 + 44 + 9.6 + 40) and the client 25 (2.4 + 10 + 2.4 +
   *  10). */
  grpcRecvUs: number;
  /** Marshal one response and queue it for the connection's writer, fixed part; the write is
   *  grpcSendSyscallUs. [fit] see grpcRecvUs. */
  grpcSendUs: number;
  /** Marshal (copy) per KB of response. [fit] see clientRecvUsPerKB. */
  marshalUsPerKB: number;
  /** The kernel's copy of one KB of a response through the socket, paid once by the member's
   *  write and once by the client's read. A response of several HTTP/2 frames streams: the
   *  client reads each frame while the member writes the next (response.ts), so at one client
   *  part of this work overlaps and its latency hides it; on busy cores every µs of it counts.
   *  [fit] with marshalUsPerKB and clientRecvUsPerKB to the loopback cluster's 100 KiB and 1 MiB
   *  rows at 1 and 100 clients: per KB, 2.8 and 2.5 µs of its cores of latency at one client,
   *  3.8 and 3.3 µs of CPU at 100 (table C). */
  socketUsPerKB: number;
  /** TLS: encrypt or decrypt per KB (AES-GCM, ~2 GB/s per core). [go] */
  tlsUsPerKB: number;
  /** TLS handshake per connection, both ends (ECDHE + certificate verify). [go] */
  tlsHandshakeUs: number;
  /** Extra hop through an L4 load balancer (IPVS-like), each direction, ms. [inference] */
  lbHopMs: number;

  // ── authentication ──
  /** One bcrypt compare at cost 10, ms of one core. [go] docs/design/STACK.md: ≈ 50 ms in Go. This is the
   *  default of the scenario's bcrypt10Ms (contract/bcrypt.ts holds the number so the contract can
   *  default to it); the model reads the scenario's value, which the bcrypt lab may replace with
   *  the time measured on the learner's own CPU. */
  bcrypt10Ms: number;
  /** Read the user record from the backend for Authenticate. [go] */
  getUserUs: number;
  /** Validate a simple token: a map lookup under the token mutex. [etcd] µs */
  tokenCheckUs: number;
  /** Verify a JWT signature (RS256, 2048-bit key) on every request. [go] */
  jwtVerifyUs: number;
  /** RBAC: fixed cost of a permission check. [go] */
  rbacBaseUs: number;
  /** RBAC: per level of the user's interval tree (log2 of the permission count). [go] */
  rbacPerLevelUs: number;

  // ── linearizable reads ──
  /** CPU one linearizable read spends on its member beyond a serializable one, whatever its
   *  batch: joining the loop's notifier, waiting on its channel and being woken with the batch.
   *  [fit] to the lecture's 190k reads/s at 1,000 clients (with the round costs below; 44 before
   *  the read loop's hand-offs ran at once, readIndex.ts, which shortened the rounds; 45 before
   *  requests shared a connection's syscalls, connections.ts, which made serializable reads at
   *  1,000 clients cheaper and took the linearizable ones along). */
  linearizableReadUs: number;
  /** CPU of the linearizableReadLoop per round on the member serving the batch: wake up, call
   *  ReadIndex into raft, take the answer, wake the batch's notifier. [fit] with peerMessageUs to
   *  the loopback cluster's single-client member CPU (450 vs 140 µs per read), at its speed 0.51
   *  then (30 and 10) and scaled by 0.99 ÷ 0.51 with it (see clientRecvUsPerKB). */
  readIndexLoopUs: number;
  /** Raft step on the leader per ReadIndex round (register the request, build the heartbeat
   *  context, count acks). [go] */
  readIndexRoundUs: number;
  /** Raft step on a member for one heartbeat or append it receives. [go] */
  heartbeatUs: number;
  /** CPU to send or to receive one raft message between members: marshal or unmarshal, the
   *  peer transport's stream write or read (a syscall), the goroutine wake-up. A ReadIndex round
   *  on three members is 8 of them (a heartbeat out and an ack back per follower, each sent and
   *  received), 12 when a follower forwards it. [fit] see readIndexLoopUs. */
  peerMessageUs: number;
  /** Share of readIndexLoopUs and peerMessageUs that is waking a parked thread — a futex wake for
   *  the Go runtime's spare P (wakep), an epoll_wait return for a message — paid only when the
   *  member's process has no other work on its cores (wakeUps.ts). Both costs are fitted at one
   *  client, where every hop finds its member idle. [fit] to table A's linearizable QPS at ten
   *  clients on the leader: 7,116/s measured, 7,090/s at 0.7 (the denominator of the
   *  spread-leader.l-c10 row). The rows are not sensitive to it: every share from 0.5 to 0.8
   *  keeps the same 43 of 49 (0.9 drops spread-leader.l-c10, 0 the two rows it gained). */
  parkedWakeShare: number;

  // ── mvcc range ──
  /** The mvcc range call itself, fixed part (revision checks, result assembly). [go] */
  rangeBaseUs: number;
  /** treeIndex: per level of the B-tree seek (log2 of total keys). [go] */
  treeSeekUsPerLevel: number;
  /** treeIndex: per key visited by the range (a B-tree step and a revision appended). [fit] to
   *  the loopback cluster's count-only range, 21× faster than the full one over 10,000 keys: the
   *  walk is ≈ 0.065 µs of its cores per key; 0.035 was fitted at its speed taken as 0.51 and
   *  scaled by 0.99 ÷ 0.51 with it (see clientRecvUsPerKB). */
  treePerKeyUs: number;
  /** boltdb: open a read transaction view. [go] */
  boltTxUs: number;
  /** boltdb: per key read — a cursor seek for its revision, the stored KeyValue unmarshalled,
   *  and marshalled again into the response. [fit] see clientRecvUsPerKey. */
  boltPerKeyUs: number;
  /** boltdb: copy a value, per KB. [go] */
  boltCopyUsPerKB: number;
  /** Copy of one slot of the uncommitted-writes read buffer when a read transaction starts:
   *  bucketBuffer.Copy makes a slice as long as the buffer (every slot, used or not) and copies
   *  it; a slot is a key and a value slice header, 48 B, so ≈ 0.012 µs of memmove and zeroing at
   *  ≈ 8 GB/s. (GC is not charged here, as nowhere else in the table.) [go] */
  bufferCopyUsPerSlot: number;

  // ── writes through raft ──
  /** Raft loop work per proposed entry on the leader (append, send). [go] */
  proposeUs: number;
  /** Apply one put: mvcc put, treeIndex insert, bolt buffer write (CPU), plus per KB. [go] */
  applyPutUs: number;
  applyUsPerKB: number;
  /** Apply an Authenticate entry: read the user, install the token. [go] */
  applyAuthUs: number;
  /** treeIndex write lock held per applied put. [go] */
  treeWriteUs: number;
  /** Disk bandwidth for WAL and db writes, MB/s (fsync time comes from the profile). [inference] */
  diskMBps: number;
  /** Bytes written to the db file per committed entry (page writes amortised). [inference] */
  dbBytesPerEntry: number;

  // ── compaction ──
  /** Clone the treeIndex: google/btree's Clone is lazy copy-on-write, O(1) (3.4+ compaction
   *  holds the lock only for this). [go] */
  compactCloneUs: number;
  /** Walk and compact per key (older versions hold the lock for this whole pass). [go] */
  compactWalkUsPerKey: number;

  // ── wire ──
  /** Fixed bytes per message on the wire: TCP/IP, HTTP/2 and gRPC framing. [inference] */
  wireBytesPerMessage: number;
  /** Wire bytes per payload byte: TCP/IP headers on 1448-byte segments (+3.7 %). [inference] */
  wireOverhead: number;
  /** Request bytes besides the key (a range request is small). [inference] */
  requestBytes: number;

  // ── service-time variability (variability.ts) ──
  /** Share of CPU jobs that are stretched: their goroutine loses its core part-way (the thread
   *  descheduled by the OS or the hypervisor on a shared machine, a GC mark assist charged to it,
   *  a wake-up that finds its P busy). [fit] with stretchMean to the loopback cluster's
   *  single-client tails (P99 ÷ average 3.3 serializable, 2.27 linearizable); 0 turns it off. */
  stretchShare: number;
  /** Mean factor of a stretched job's time, exponentially distributed; every other job takes
   *  (1 − share × mean) ÷ (1 − share) of its cost, so the mean job keeps the table's cost and
   *  the throughput its fits give. [fit] see stretchShare. */
  stretchMean: number;
  /** Share of the messages reaching a process on a shared host whose thread other processes keep
   *  off the cores first, when the cores have work queued (descheduling.ts). [fit] with the two
   *  below to the loopback cluster's P99 ÷ average at 10 and 100 clients (table A). */
  deschedShare: number;
  /** Mean wait of such a thread with no backlog, ms: about one of Linux's scheduling slices on two
   *  CPUs (a few ms at most). [fit] see deschedShare. */
  deschedBaseMs: number;
  /** How much the mean wait grows per ms of work queued on the shared cores: more runnable threads,
   *  a longer turn (ms per ms). [fit] see deschedShare. */
  deschedPerBacklog: number;
}

export const COSTS: CostTable = {
  clientSendUs: 2.4,
  clientRecvUs: 2.4,
  clientRecvUsPerKB: 0.97,
  clientRecvUsPerKey: 0.25,
  benchLoopUs: 2,
  clientSendSyscallUs: 10,
  clientRecvSyscallUs: 10,
  grpcRecvSyscallUs: 44,
  grpcSendSyscallUs: 40,

  grpcRecvUs: 24,
  grpcSendUs: 9.6,
  marshalUsPerKB: 0.485,
  socketUsPerKB: 0.78,
  tlsUsPerKB: 0.5,
  tlsHandshakeUs: 2000,
  lbHopMs: 0.03,

  bcrypt10Ms: GO_BCRYPT10_MS,
  getUserUs: 5,
  tokenCheckUs: 0.5,
  jwtVerifyUs: 40,
  rbacBaseUs: 1,
  rbacPerLevelUs: 0.15,

  linearizableReadUs: 40,
  readIndexLoopUs: 58,
  readIndexRoundUs: 8,
  heartbeatUs: 4,
  peerMessageUs: 19.4,
  parkedWakeShare: 0.7,

  rangeBaseUs: 10,
  treeSeekUsPerLevel: 0.05,
  treePerKeyUs: 0.068,
  boltTxUs: 2,
  boltPerKeyUs: 0.58,
  boltCopyUsPerKB: 0.1,
  bufferCopyUsPerSlot: 0.012,

  proposeUs: 10,
  applyPutUs: 20,
  applyUsPerKB: 0.5,
  applyAuthUs: 15,
  treeWriteUs: 1,
  diskMBps: 500,
  dbBytesPerEntry: 4096,

  compactCloneUs: 5,
  compactWalkUsPerKey: 0.2,

  wireBytesPerMessage: 150,
  wireOverhead: 1.037,
  requestBytes: 64,

  stretchShare: 0.03,
  stretchMean: 4,
  deschedShare: 0.05,
  deschedBaseMs: 1,
  deschedPerBacklog: 3,
};

/**
 * ms of one reference core per bcrypt compare at the scenario's cost, from the scenario's time at
 * cost 10 (the cost table's bcrypt10Ms unless the learner measured their own): the work doubles
 * with each cost step.
 */
export function bcryptMs(s: Pick<Scenario, 'bcrypt10Ms' | 'bcryptCost'>): number {
  return msAtCost(s.bcrypt10Ms, s.bcryptCost);
}
