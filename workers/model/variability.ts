/**
 * Service-time variability: the same job does not take the same time twice. A Go goroutine can
 * lose its core part-way through a job — its thread descheduled by the OS or the hypervisor (a
 * shared host, shared vCPUs), a GC mark assist charged to the goroutine that allocates, a wake-up
 * that finds its P running something else — so a few jobs take several times their cost while
 * most take a little less. Modelled as a calibrated distribution of a job's time with mean 1 (the
 * cost table's stretchShare and stretchMean): a share of jobs is stretched by an exponentially
 * distributed factor, the rest shortened so that the mean job costs what the table says, and the
 * throughput fitted to it stays where it was. Drawn from the world's seeded Rng, so the seed
 * changes a run (and the same seed repeats it).
 *
 * Applied to per-message work (gRPC, raft, the read path, apply), not to a bcrypt compare: a
 * long CPU-bound loop whose time varies by a few percent (the bcrypt lab's spread), not by a
 * factor.
 */
import type { Rng } from '../engine/rng.ts';
import type { CostTable } from './costs.ts';

/** Factors drawn at a time: one tight loop per block instead of a generator call per job. */
const BLOCK = 1024;

/** The factors of the jobs to come, drawn in order from the world's Rng a block at a time. */
export class JobTimes {
  private readonly factors = new Float64Array(BLOCK);
  private at = BLOCK;
  private readonly share: number;
  private readonly mean: number;
  /** Factor of a job that is not stretched: (1 − share × mean) ÷ (1 − share). */
  private readonly rest: number;

  constructor(
    private readonly rng: Rng,
    c: Pick<CostTable, 'stretchShare' | 'stretchMean'>,
  ) {
    this.share = c.stretchShare;
    this.mean = c.stretchMean;
    this.rest = (1 - this.share * this.mean) / (1 - this.share);
    if (!(this.share >= 0 && this.share < 1 && this.rest >= 0))
      throw new RangeError(
        `stretchShare ${c.stretchShare} × stretchMean ${c.stretchMean} must stay below 1`,
      );
  }

  /** The next job's factor (mean 1). */
  next(): number {
    if (this.at === BLOCK) this.refill();
    return this.factors[this.at++];
  }

  private refill(): void {
    const f = this.factors;
    const rng = this.rng;
    // In locals: the generator's writes to its state between draws would otherwise make the
    // compiler reload the three fields each time (issue 16).
    const share = this.share;
    const mean = this.mean;
    const rest = this.rest;
    if (share === 0) f.fill(1);
    else
      for (let i = 0; i < BLOCK; i++)
        f[i] = rng.next() < share ? mean * -Math.log(1 - rng.next()) : rest;
    this.at = 0;
  }
}

/**
 * `us` µs of reference-core work as this job takes it: the table's cost times a drawn factor.
 * (`w` is the World; typed by the one field read, so that world.ts can import this file.)
 */
export function vary(w: { jobTimes: JobTimes }, us: number): number {
  return us * w.jobTimes.next();
}
