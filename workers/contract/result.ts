/**
 * What a run returns (docs/design/MODEL.md §4), as plain data: it crosses the worker boundary by structured
 * clone and prints as JSON. Times are milliseconds of simulated time unless a name says otherwise.
 */
import type { ResourceId } from './resourceId.ts';
import type { Scenario } from './scenario.ts';
import type { StageId } from './stages.ts';
import type { ByKind, TimeKind } from './timeKinds.ts';

/** The benchmark tool's report, the numbers `pkg/report` prints. Times in seconds, like it. */
export interface BenchSummary {
  /** Wall time of the run: first request sent to last response received, s. */
  totalSec: number;
  slowestSec: number;
  fastestSec: number;
  averageSec: number;
  /** Population standard deviation, s. */
  stddevSec: number;
  /** Successful requests / totalSec. */
  rps: number;
  succeeded: number;
  failed: number;
  /** 11 rows: bound (s) and how many latencies fall ≤ it and above the previous bound. */
  histogram: { boundSec: number; count: number }[];
  /** Nearest-rank percentiles at 10, 25, 50, 75, 90, 95, 99, 99.9 %. */
  percentiles: { p: number; sec: number }[];
  errors: { message: string; count: number }[];
}

/**
 * One stage over every request that passed through it (a stage not on a request's path is not
 * counted for it). Its time is split into the four kinds of timeKinds.ts, which add up to meanMs.
 */
export interface StageStat {
  id: StageId;
  step: string;
  /** Requests that passed through the stage. */
  count: number;
  /** Mean and 99th percentile of the time a request spent in the stage. */
  meanMs: number;
  p99Ms: number;
  /** Mean waiting for a lock (taken by the request, or by work it waits for). */
  lockMeanMs: number;
  /** Mean waiting for a server: a CPU core, a NIC, a disk, or a one-at-a-time loop. */
  queueMeanMs: number;
  /** Mean on the wire or waiting for raft (round trips, replication, commit). */
  flightMeanMs: number;
  /** Mean of the request's own work on a core, NIC, disk or loop. */
  serviceMeanMs: number;
}

export type { ResourceHost, ResourceId, ResourceKind, ResourceName } from './resourceId.ts';

export interface ResourceStat {
  /** Whose resource, what kind, which one (resourceId.ts builds it and its string key). */
  id: ResourceId;
  /** Busy fraction over the run, 0..1, all work counted (for multi-server resources, averaged
   *  over servers; for a read-write lock, the time a writer held it). */
  utilisation: number;
  /** Busy fraction spent on background work — the put stream, backend commits, compaction —
   *  over the measured window, 0..1. What is left is what the requests can use. */
  backgroundUtilisation: number;
  /** The requests' busy time ÷ the capacity the background work left them, 0..1: how close
   *  the requests are to saturating it (≈ measured throughput ÷ boundRps). */
  readUtilisation: number;
  /** The requests' service demand per finished request, ms of one server (background work not
   *  counted). 0 when the requests never use it, or share it (a read lock held by many). */
  demandMs: number;
  servers: number;
  /** The utilisation law on what is left: X ≤ servers × (1 − backgroundUtilisation) ÷ demand,
   *  req/s; 0 when the requests make no exclusive demand on it (no bound). */
  boundRps: number;
  /** The stages whose work or waiting this resource is part of (the read path's, in order). */
  stages: StageId[];
}

/**
 * A lock that kept requests waiting, and who held it: `requests` (the benchmark's own requests,
 * Authenticate calls among them) or `background` (the put stream's applies, backend commits,
 * compaction). Named on the member where it was held most.
 */
export interface LockNote {
  resource: ResourceId;
  /** Mean ms per finished request spent waiting for this lock, on all members together. */
  waitMs: number;
  /** Fraction of the window the lock was held, on the member where it was busiest. */
  heldFraction: number;
  heldBy: 'requests' | 'background';
}

/**
 * What limits throughput, as data (the CLI and the app word it, in English and Chinese):
 * - `resource`: a resource the requests saturate (readUtilisation ≥ SATURATED), with its bound;
 * - `rate`: the --rate cap, which the run reaches;
 * - `clients`: nothing is saturated; the N clients each wait for their own request, so
 *   throughput is N ÷ (latency + Z) (Bottleneck.dominant says where that latency goes), and
 *   `lock` names the lock that kept them waiting when that matters;
 * - `none`: no request finished.
 */
export type Limiter =
  | {
      kind: 'resource';
      resource: ResourceId;
      readUtilisation: number;
      backgroundUtilisation: number;
      demandMs: number;
      servers: number;
      boundRps: number;
    }
  | { kind: 'rate'; rate: number; boundRps: number }
  | {
      kind: 'clients';
      /** Clients that issued requests (at most `total`). */
      clients: number;
      /** The lock that kept them waiting, when lock waits are a sizeable part of latency. */
      lock: LockNote | null;
      /** The resource with the tightest bound, for context (null when none bounds the requests). */
      busiest: { resource: ResourceId; readUtilisation: number } | null;
    }
  | { kind: 'none' };

export interface Bottleneck {
  /** The resource that limits throughput; null when the limiter is not a resource. */
  resource: ResourceId | null;
  /** Its readUtilisation (0 when none). */
  utilisation: number;
  /** Its bound, req/s (0 when none). */
  boundRps: number;
  /** The resource with the tightest bound, saturated or not, and that bound in req/s (null and
   *  0 when the requests make no exclusive demand on any resource). */
  tightest: ResourceId | null;
  tightestBoundRps: number;
  /** X ≤ N (T + Z) ÷ (T (D + Z)): N clients, D the mean time of a request not spent waiting for a
   *  lock or a server, Z their time between requests, T the measured window (≈ N ÷ (D + Z)). */
  populationBoundRps: number;
  /** D and Z of that bound, ms. */
  demandMs: number;
  thinkMs: number;
  /** X ≤ rate × n ÷ (n − 1) for n requests issued at most `rate` per second; 0 without --rate. */
  rateBoundRps: number;
  /** Mean ms per finished request, and how it splits into the four kinds over all stages. */
  latencyMs: number;
  time: ByKind;
  /** The stage with the largest share of latencyMs: its mean ms per finished request and the
   *  kind of time that dominates it (null when no request finished). */
  dominant: { stage: StageId; ms: number; kind: TimeKind } | null;
  limiter: Limiter;
}

export interface ReadIndexStat {
  member: number;
  rounds: number;
  meanBatch: number;
  /** From the round's start to the quorum's answer. */
  meanRoundMs: number;
  /** After a round, how long the read loop waited for its member to apply the read index before
   *  it released the batch (linearizableReadLoop's applyWait): no new round starts meanwhile. */
  meanApplyWaitMs: number;
}

export interface Staleness {
  /** Serializable reads measured. */
  reads: number;
  /** Reads whose member had applied less than the leader had committed. */
  staleReads: number;
  /** Of the stale reads: raft entries (puts, Authenticate tokens) the leader had committed that
   *  the member had not applied yet, mean and max. */
  meanEntries: number;
  maxEntries: number;
  meanMs: number;
  maxMs: number;
  /** Linearizable reads whose member had applied less than the leader had committed when the
   *  read was issued. The model guarantees 0; tests check it on the simulated history. */
  linearizableViolations: number;
}

/** An interval of one kind of time; between them, within the stage, the request is in flight. */
export interface Span {
  kind: Exclude<TimeKind, 'flight'>;
  fromMs: number;
  toMs: number;
}

/** One stage of a sampled request: when it entered and left, and its time by kind. */
export interface JourneyStage extends ByKind {
  id: StageId;
  /** False for a stage not on this request's path (its times are then all the same instant). */
  visited: boolean;
  enterMs: number;
  endMs: number;
  /** When it waited for a lock, for a server, and was served, in time order (most requests
   *  keep all of them; a very long path may keep only its first 32). */
  spans: Span[];
}

/** One sampled request: its stages in STAGES order, each with its kinds of time. */
export interface Journey {
  id: number;
  client: number;
  member: number;
  issuedMs: number;
  doneMs: number;
  error?: string;
  stages: JourneyStage[];
}

/**
 * Requests in each stage over a window of simulated time, by kind of time, for drawing queues at
 * true length: lock, queue and service from the intervals the model kept (a request's spans),
 * flight the rest of its time in the stage.
 */
export interface Occupancy {
  fromMs: number;
  bucketMs: number;
  /** [stage][bucket]: mean requests waiting for a lock during the bucket. */
  lock: number[][];
  /** [stage][bucket]: mean requests waiting for a core, NIC, disk or loop. */
  queued: number[][];
  /** [stage][bucket]: mean requests on the wire or waiting for raft. */
  flight: number[][];
  /** [stage][bucket]: mean requests being served. */
  serving: number[][];
}

/**
 * The background put stream, counted where each count happens: sent to a member, refused there
 * (etcd's "too many requests"), dropped (the model's bounded log was full: the write path fell
 * behind), proposed (appended by the leader), committed by the leader, applied by the leader, and
 * answered (applied by the member that took it, which then answers the writer).
 * sent ≥ refused + dropped + proposed (the rest were on their way to the leader when the run
 * ended), and proposed ≥ committed ≥ applied, committed ≥ answered.
 */
export interface WriteStats {
  sent: number;
  refused: number;
  dropped: number;
  proposed: number;
  committed: number;
  applied: number;
  answered: number;
  /** Mean from proposal to the leader's commit, over the committed puts, ms. */
  meanCommitMs: number;
}

/**
 * The run cut into tenths by finished requests (as many parts as requests below ten), each part
 * ending at the latest finish so far, with the counts so far (cumulative). A run starts with
 * every queue empty, so its first part can be slower or faster than the rest; Requests/sec is the
 * average over the whole run, from `fromMs` (the first issue) to the last part's end.
 */
export interface Pace {
  fromMs: number;
  parts: PacePart[];
}

export interface PacePart {
  /** The latest finish of any request by the part's end, ms. */
  endMs: number;
  /** Requests finished (succeeded or failed) by then. */
  finished: number;
  /** Requests succeeded by then. */
  succeeded: number;
}

export interface SimResult {
  scenario: Scenario;
  summary: BenchSummary;
  stages: StageStat[];
  resources: ResourceStat[];
  bottleneck: Bottleneck;
  /** The member that led (FIRST_LEADER: elections are not modelled yet). */
  leader: number;
  readIndex: ReadIndexStat[];
  staleness: Staleness;
  /** Requests slower than 100 ms ("took too long") and 300 ms (3.5's slow-request log). */
  slow: { over100ms: number; over300ms: number };
  /** Log-spaced latency histogram for charts: bucket upper edges (ms) and counts. */
  latencyHistogram: { edgesMs: number[]; counts: number[] };
  journeys: Journey[];
  occupancy: Occupancy;
  pace: Pace;
  writes: WriteStats;
  /** Simulated duration and the events it took. */
  simulatedMs: number;
  events: number;
}

export interface Progress {
  /** 0..1 of the requests to complete. */
  fraction: number;
  completed: number;
}
