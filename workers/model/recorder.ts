/**
 * Records what happened to each finished request: latency, time queued and served in every stage,
 * a bounded sample of journeys for the animation, and how many requests sat in each stage over a
 * window of time (occupancy). Memory is constant in the number of requests.
 */
import { Histogram } from '../engine/histogram.ts';
import type { Journey, Occupancy } from '../contract/result.ts';
import { STAGE_COUNT, STAGES } from '../contract/stages.ts';

/**
 * What the recorder reads of the world: the run's progress and the finished request's times.
 * Declared here, not taken from world.ts, because the world holds the recorder: importing World
 * here would make the two files import each other. World satisfies it as it is.
 */
export interface RequestLog {
  readonly s: { readonly clients: number };
  readonly completed: number;
  readonly failed: number;
  readonly issued: number;
  readonly issuedAt: Float64Array;
  readonly target: Int32Array;
  readonly visited: Int32Array;
  readonly stEnter: Float64Array;
  readonly stStart: Float64Array;
  readonly stEnd: Float64Array;
}

const OCC_BUCKETS = 200;

export class Recorder {
  readonly latency = new Histogram(1.001);
  readonly queue = Array.from({ length: STAGE_COUNT }, () => new Histogram());
  readonly service = Array.from({ length: STAGE_COUNT }, () => new Histogram());
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
  #fromSeq = 0;
  #occFrom = 0;
  #occBucket = 1;
  readonly #queued = Array.from({ length: STAGE_COUNT }, () => new Float64Array(OCC_BUCKETS));
  readonly #serving = Array.from({ length: STAGE_COUNT }, () => new Float64Array(OCC_BUCKETS));

  constructor(
    private readonly maxJourneys: number,
    private readonly total: number,
  ) {}

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
    this.#fromSeq = w.issued;
    this.#stride = small ? 1 : Math.max(1, Math.round(w.s.clients / 40));
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
    const base = client * STAGE_COUNT;
    const mask = w.visited[client];
    for (let s = 0; s < STAGE_COUNT; s++) {
      if ((mask & (1 << s)) === 0) continue;
      const e = w.stEnter[base + s];
      const st = w.stStart[base + s];
      const en = w.stEnd[base + s];
      this.queue[s].record(st - e);
      this.service[s].record(en - st);
      if (this.#windowOpen) {
        this.#spread(this.#queued[s], e, st);
        this.#spread(this.#serving[s], st, en);
      }
    }
    if (
      this.#windowOpen &&
      seq >= this.#fromSeq &&
      (seq - this.#fromSeq) % this.#stride === 0 &&
      this.journeys.length < this.maxJourneys
    ) {
      this.journeys.push(this.#journey(w, client, seq, done, error));
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

  #journey(
    w: RequestLog,
    client: number,
    seq: number,
    done: number,
    error: string | null,
  ): Journey {
    const base = client * STAGE_COUNT;
    const mask = w.visited[client];
    const issued = w.issuedAt[client];
    let cursor = issued;
    const stages = STAGES.map((stage, s) => {
      if ((mask & (1 << s)) === 0)
        return { id: stage.id, enterMs: cursor, startMs: cursor, endMs: cursor };
      cursor = w.stEnd[base + s];
      return {
        id: stage.id,
        enterMs: w.stEnter[base + s],
        startMs: w.stStart[base + s],
        endMs: w.stEnd[base + s],
      };
    });
    const j: Journey = {
      id: seq,
      client,
      member: w.target[client],
      issuedMs: issued,
      doneMs: done,
      stages,
    };
    if (error !== null) j.error = error;
    return j;
  }

  occupancy(): Occupancy {
    return {
      fromMs: this.#occFrom,
      bucketMs: this.#occBucket,
      queued: this.#queued.map((r) => Array.from(r)),
      serving: this.#serving.map((r) => Array.from(r)),
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
