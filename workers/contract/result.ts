/**
 * What a run returns (docs/design/MODEL.md §4), as plain data: it crosses the worker boundary by structured
 * clone and prints as JSON. Times are milliseconds of simulated time unless a name says otherwise.
 */
import type { ResourceId } from './resourceId.ts';
import type { Scenario } from './scenario.ts';
import type { StageId } from './stages.ts';

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

export interface StageStat {
  id: StageId;
  step: string;
  /** Requests that passed through the stage. */
  count: number;
  queueMeanMs: number;
  queueP99Ms: number;
  serviceMeanMs: number;
  serviceP99Ms: number;
}

export type { ResourceHost, ResourceId, ResourceKind, ResourceName } from './resourceId.ts';

export interface ResourceStat {
  /** Whose resource, what kind, which one (resourceId.ts builds it and its string key). */
  id: ResourceId;
  /** Busy fraction over the run, 0..1 (for multi-server resources, averaged over servers). */
  utilisation: number;
  /** Service demand per successful request, ms of one server of this resource. */
  demandMs: number;
  servers: number;
  /** The stages whose work or waiting this resource is part of (the read path's, in order). */
  stages: StageId[];
}

export interface Bottleneck {
  /** The most utilised resource; null only when no resource was measured. */
  resource: ResourceId | null;
  utilisation: number;
  /** Operational law: X ≤ servers / D_max (per second). */
  boundRps: number;
  /** X ≤ N / (D_total + Z): the bound from the number of clients. */
  populationBoundRps: number;
}

export interface ReadIndexStat {
  member: number;
  rounds: number;
  meanBatch: number;
  meanRoundMs: number;
}

export interface Staleness {
  /** Serializable reads measured. */
  reads: number;
  /** Reads whose member had applied less than the leader had committed. */
  staleReads: number;
  meanRevisions: number;
  maxRevisions: number;
  meanMs: number;
  maxMs: number;
  /** Linearizable reads whose member had applied less than the leader had committed when the
   *  read was issued. The model guarantees 0; tests check it on the simulated history. */
  linearizableViolations: number;
}

/** One sampled request: when it entered each stage, began service there, and left. */
export interface Journey {
  id: number;
  client: number;
  member: number;
  issuedMs: number;
  doneMs: number;
  error?: string;
  /** Per stage in STAGES order; NaN-free: stages a request skipped have enter = start = end. */
  stages: { id: StageId; enterMs: number; startMs: number; endMs: number }[];
}

/** Requests in each stage over a window of simulated time, for drawing queues at true length. */
export interface Occupancy {
  fromMs: number;
  bucketMs: number;
  /** [stage][bucket]: mean requests waiting in the stage's queue during the bucket. */
  queued: number[][];
  /** [stage][bucket]: mean requests being served in the stage during the bucket. */
  serving: number[][];
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
  /** Writes completed by the background load, and their mean commit latency. */
  /**
   * Background puts: answered, refused as etcd refuses them (committed − applied > 5,000: "too
   * many requests"), dropped because the model's bounded log was full (the write path fell behind).
   */
  writes: { completed: number; refused: number; dropped: number; meanCommitMs: number };
  /** Simulated duration and the events it took. */
  simulatedMs: number;
  events: number;
}

export interface Progress {
  /** 0..1 of the requests to complete. */
  fraction: number;
  completed: number;
}
