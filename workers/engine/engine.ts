/**
 * The discrete-event core: a virtual clock and an event queue.
 *
 * Invariant: `now` never decreases; an event runs at exactly its scheduled time; events scheduled
 * for the same time run in the order they were scheduled. Nothing here reads a wall clock: the
 * engine runs as fast as it can, and animation maps wall time onto this virtual time elsewhere.
 *
 * Times are milliseconds of simulated time (float64: sub-nanosecond resolution for runs of days).
 */
import { EventQueue } from './eventQueue.ts';

/** Called for each event with its kind and two integer arguments. */
export type Handler = (kind: number, a: number, b: number) => void;

export class Engine {
  readonly queue = new EventQueue();
  now = 0;
  /** Events run so far. */
  steps = 0;

  constructor(private readonly handler: Handler) {}

  /** Schedules an event at absolute time `at` (never before now). */
  schedule(at: number, kind: number, a = 0, b = 0): void {
    if (!(at >= this.now)) throw new RangeError(`cannot schedule at ${at}, before now ${this.now}`);
    this.queue.push(at, kind, a, b);
  }

  /** Time of the next event, or Infinity. */
  peek(): number {
    return this.queue.peekTime();
  }

  /** Runs one event. Returns false when there is none. */
  step(): boolean {
    const q = this.queue;
    if (!q.pop()) return false;
    this.now = q.time;
    this.steps++;
    this.handler(q.kind, q.a, q.b);
    return true;
  }

  /** Runs every event up to and including time `until`; the clock then reads `until`. */
  runUntil(until: number): void {
    while (this.queue.peekTime() <= until) this.step();
    if (until > this.now) this.now = until;
  }

  /** Runs until `done()` holds or no event is left; returns the number of events run. */
  runWhile(more: () => boolean, maxSteps = Infinity): number {
    let n = 0;
    while (n < maxSteps && more() && this.step()) n++;
    return n;
  }
}
