/**
 * How many workers a pool starts: one per logical core the browser reports
 * (navigator.hardwareConcurrency), at most MAX_POOL, and one when the browser reports nothing
 * usable. Shared by the sweep's simulation pool and the bcrypt lab's pool (issues 12 and 15).
 */

/** More workers than this add memory and start-up time, not speed, on the machines we target. */
export const MAX_POOL = 8;

export function poolSizeFor(cores: number | undefined): number {
  const n = cores !== undefined && Number.isFinite(cores) ? Math.floor(cores) : 1;
  return Math.min(MAX_POOL, Math.max(1, n));
}
