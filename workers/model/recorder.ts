/**
 * Records what happened to each finished request: latency, the time in every stage and how it
 * split into lock, queue, flight and service (timeKinds.ts), a bounded sample of journeys for the
 * animation, how many requests sat in each stage, by kind, over a window of time (occupancy), and
 * the run's pace (how many had finished by the end of each tenth).
 * Memory is constant in the number of requests; nothing is allocated per request but sampled
 * journeys.
 */
import { Histogram } from '../engine/histogram.ts';
import type { Journey, Occupancy, PacePart } from '../contract/result.ts';
import { STAGE_COUNT } from '../contract/stages.ts';
import { TIME_KINDS } from '../contract/timeKinds.ts';
import { MAX_SPANS } from './spans.ts';
import { flightOf, journeyOf, type RequestLog } from './requestLog.ts';

const OCC_BUCKETS = 200;
/** Parts the run's pace is cut into (contract Pace). */
const PACE_PARTS = 10;
const KINDS = TIME_KINDS.length;

export class Recorder {
  readonly latency = new Histogram(1.001);
  /**
   * Per stage: the time a request spent in it (all finished requests, failed ones too). Fine
   * buckets (±0.05 %) like the latency's: a stage where every request takes about as long (16 s
   * logins) must not show a p99 below its exact mean.
   */
  readonly stage = Array.from(
    { length: STAGE_COUNT },
    () => new Histogram(1.001, { spread: false }),
  );
  /** [stage × kind]: total ms of each kind (TIME_KINDS order), over all finished requests. */
  readonly kindSum = new Float64Array(STAGE_COUNT * KINDS);
  /** Finished requests (succeeded or failed): what the stage sums are per. */
  finished = 0;
  readonly errors = new Map<string, number>();
  firstIssue = Infinity;
  lastDone = 0;
  over100 = 0;
  over300 = 0;
  // staleness of serializable reads
  staleReads = 0;
  staleMeasured = 0;
  staleRevSum = 0;
  staleRevMax = 0;
  staleMsSum = 0;
  staleMsMax = 0;
  // journeys and occupancy: a window opened once part of the run is done
  readonly journeys: Journey[] = [];
  #windowOpen = false;
  #stride = 1;
  #clients = 0;
  #fromSeq = 0;
  /** Issue numbers from here on are past every one wantsSpans can sample (set with the window). */
  #spanSeqEnd = Infinity;
  #occFrom = 0;
  /** Where the occupancy window ends (closed until it opens). */
  #occTo = -Infinity;
  #occBucket = 1;
  /** [kind][stage] occupancy rows, TIME_KINDS order; flight's row holds each stage's whole
   *  time until occupancy() takes the other three out of it. */
  readonly #occ = TIME_KINDS.map(() =>
    Array.from({ length: STAGE_COUNT }, () => new Float64Array(OCC_BUCKETS)),
  );

  /** The parts of the run finished so far (contract Pace), in order. */
  readonly pace: PacePart[] = [];
  readonly #paceParts: number;
  /** Finished requests at which the next part ends. */
  #paceNext: number;

  constructor(
    private readonly maxJourneys: number,
    private readonly total: number,
  ) {
    this.#paceParts = Math.max(1, Math.min(PACE_PARTS, total));
    this.#paceNext = this.#paceEnd(1);
  }

  /** Requests finished when part k (1-based) ends: parts as nearly equal as can be. */
  #paceEnd(k: number): number {
    return Math.ceil((k * this.total) / this.#paceParts);
  }

  /**
   * Opens the sampling window at time `now`, once a share of the run is done: journeys are every
   * `stride`-th request issued from here (about 40 sampled in flight), and occupancy buckets are
   * a twentieth of the mean latency so far, 200 of them (about ten latencies).
   */
  maybeOpenWindow(w: RequestLog, now: number): void {
    if (this.#windowOpen) return;
    const done = w.completed + w.failed;
    const small = this.total <= this.maxJourneys;
    if (!small && done < Math.floor(this.total * 0.3)) return;
    this.#windowOpen = true;
    const meanMs = this.latency.count > 0 ? this.latency.mean : 1;
    this.#occBucket = Math.max(meanMs / 20, 1e-4);
    this.#occFrom = now;
    this.#occTo = now + OCC_BUCKETS * this.#occBucket;
    this.#fromSeq = w.issued;
    this.#stride = small ? 1 : Math.max(1, Math.round(w.s.clients / 40));
    this.#clients = w.s.clients;
    // k / stride < maxJourneys + clients for integers k ≥ 0 is k < stride × (maxJourneys + clients):
    // exact in doubles at these sizes, so wantsSpans may test this first.
    this.#spanSeqEnd = this.#fromSeq + this.#stride * (this.maxJourneys + this.#clients);
  }

  /**
   * Whether a request issued at `issued` with issue number `seq` needs its spans kept: before the
   * window opens any request may reach into it; after, only those issued before it ends, and
   * those that may be sampled as journeys. The rest — most of a long run — keep only their
   * totals, which keeps recording cheap.
   */
  wantsSpans(issued: number, seq: number): boolean {
    if (!this.#windowOpen || issued < this.#occTo) return true;
    if (seq < this.#fromSeq) return false;
    // Requests finish out of order, but at most `clients` are in flight: a sampled request
    // issued later than this can still take a journey slot only within that margin.
    // Past the last sampled issue number nothing is sampled: a compare instead of the modulo and
    // the division below (doubles: a call to fmod), for nearly every request of a long run.
    if (seq >= this.#spanSeqEnd) return false;
    const k = seq - this.#fromSeq;
    return k % this.#stride === 0 && k / this.#stride < this.maxJourneys + this.#clients;
  }

  /** Called with the request's stage times filled in; `seq` is its issue number. */
  finish(w: RequestLog, client: number, seq: number, done: number, error: string | null): void {
    const issued = w.issuedAt[client];
    if (issued < this.firstIssue) this.firstIssue = issued;
    if (done > this.lastDone) this.lastDone = done;
    if (error !== null) {
      this.errors.set(error, (this.errors.get(error) ?? 0) + 1);
    } else {
      const ms = done - issued;
      this.latency.record(ms);
      if (ms > 100) this.over100++;
      if (ms > 300) this.over300++;
    }
    this.finished++;
    // A part ends when the last request finished so far did: the latest `done` yet, not this
    // one's. Calls come as responses reach the client, and the unmarshal that sets `done` is booked
    // ahead on the client's cores, so a later call can carry an earlier `done`.
    if (this.finished === this.#paceNext) {
      const part = { endMs: this.lastDone, finished: this.finished, succeeded: this.latency.count };
      this.pace.push(part);
      this.#paceNext = this.#paceEnd(this.pace.length + 1);
    }
    const base = client * STAGE_COUNT;
    const mask = w.visited[client];
    const sums = this.kindSum;
    const occ = this.#occ;
    const stage = this.stage;
    // Read once: the histograms' writes in the loop could otherwise be taken to change them.
    const stEnter = w.stEnter;
    const stEnd = w.stEnd;
    const stLock = w.stLock;
    const stQueue = w.stQueue;
    const stService = w.stService;
    // Only a request issued before the window's end can be in it (its stages all come after its
    // issue): for the rest — most of a long run — nothing is spread.
    const inWindow = issued < this.#occTo;
    // The visited stages only, lowest first: each set bit of the mask, then clear it.
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const s = 31 - Math.clz32(rest & -rest);
      const i = base + s;
      const e = stEnter[i];
      const en = stEnd[i];
      const lock = stLock[i];
      const queue = stQueue[i];
      const service = stService[i];
      const flight = flightOf(e, en, lock, queue, service);
      stage[s].record(en - e);
      const k = s * KINDS;
      sums[k] += lock;
      sums[k + 1] += queue;
      sums[k + 2] += flight;
      sums[k + 3] += service;
      if (inWindow) this.#spread(occ[2][s], e, en);
    }
    if (inWindow) {
      // Lock, queue and service where they happened (the spans); flight is what is left.
      const n = w.spanCount[client];
      const at = client * MAX_SPANS;
      for (let i = at; i < at + n; i++)
        this.#spread(occ[w.spanKind[i]][w.spanStage[i]], w.spanFrom[i], w.spanTo[i]);
    }
    // The cheap tests first: once the journeys are all taken, no modulo (of doubles: fmod).
    if (
      this.journeys.length < this.maxJourneys &&
      this.#windowOpen &&
      seq >= this.#fromSeq &&
      (seq - this.#fromSeq) % this.#stride === 0
    ) {
      this.journeys.push(journeyOf(w, client, seq, done, error));
    }
  }

  /** Adds the overlap of [from, to) with each occupancy bucket, as a fraction of the bucket. */
  #spread(row: Float64Array, from: number, to: number): void {
    if (to <= from) return;
    const b = this.#occBucket;
    const start = (from - this.#occFrom) / b;
    const end = (to - this.#occFrom) / b;
    if (end <= 0 || start >= OCC_BUCKETS) return;
    let i = Math.max(0, Math.floor(start));
    const last = Math.min(OCC_BUCKETS - 1, Math.floor(end));
    for (; i <= last; i++) {
      const lo = Math.max(start, i);
      const hi = Math.min(end, i + 1);
      if (hi > lo) row[i] += hi - lo;
    }
  }

  occupancy(): Occupancy {
    const rows = (k: number): number[][] => this.#occ[k].map((r) => Array.from(r));
    // Flight: each stage's whole time less what the spans placed (never below 0 from rounding).
    const flight = this.#occ[2].map((total, s) =>
      Array.from(total, (v, b) =>
        Math.max(0, v - this.#occ[0][s][b] - this.#occ[1][s][b] - this.#occ[3][s][b]),
      ),
    );
    return {
      fromMs: this.#occFrom,
      bucketMs: this.#occBucket,
      lock: rows(0),
      queued: rows(1),
      flight,
      serving: rows(3),
    };
  }

  recordStaleness(revisions: number, ms: number): void {
    this.staleMeasured++;
    if (revisions <= 0) return;
    this.staleReads++;
    this.staleRevSum += revisions;
    this.staleMsSum += ms;
    if (revisions > this.staleRevMax) this.staleRevMax = revisions;
    if (ms > this.staleMsMax) this.staleMsMax = ms;
  }
}
