/**
 * Bookings as the model makes them, for the engine's property tests: the present moves forward,
 * and each job is ready now, just after the earliest server frees up (leaving a sliver of idle
 * time before it), or well ahead (leaving a long idle interval) — so that the idle intervals fill
 * a resource's slots.
 */
import fc from 'fast-check';

export type BookingKind = 'now' | 'sliver' | 'ahead';

/** When a booking is made: how far the present moves first, and where the job's ready time lies. */
export interface Timing {
  kind: BookingKind;
  /** ms the present moves before the booking. */
  advance: number;
  /** ms of idle time after the earliest free server (kind 'sliver'). */
  sliver: number;
  /** ms ahead of the present (kind 'ahead'). */
  ahead: number;
}

/** Timings whose kinds are drawn from `kinds` (repeat one to weight it). */
export function timing(kinds: readonly BookingKind[], maxAhead = 60): fc.Arbitrary<Timing> {
  return fc.record({
    kind: fc.constantFrom(...kinds),
    advance: fc.double({ min: 0, max: 1, noNaN: true }),
    sliver: fc.double({ min: 0.001, max: 0.49, noNaN: true }),
    ahead: fc.double({ min: 2, max: maxAhead, noNaN: true }),
  });
}

/** The job's ready time, with the present at `now` and the servers free at `freeAt`. */
export function readyOf(j: Timing, now: number, freeAt: ArrayLike<number>): number {
  if (j.kind === 'sliver') return Math.max(now, Math.min(...Array.from(freeAt))) + j.sliver;
  if (j.kind === 'ahead') return now + j.ahead;
  return now;
}
