/**
 * A tour step's link: `#tour/<n>` (1-based) in the address. Apart from the tour's state
 * (tourState.svelte.ts) because the page reads a tour link before the tour is loaded: the state
 * comes with the tour's chunk, this with the first load.
 */

const HASH = /^#tour(?:\/(\d+))?$/;

/**
 * The step a hash opens (0-based): `#tour` → the first, `#tour/3` → the third, a number past the
 * end → the last. null when the hash is not a tour link.
 */
export function stepFromHash(hash: string, count: number): number | null {
  const m = HASH.exec(hash);
  if (!m || count === 0) return null;
  const n = m[1] === undefined ? 1 : Number(m[1]);
  return Math.min(count, Math.max(1, n)) - 1;
}

/** Whether `hash` is a tour link (`#tour` or `#tour/<n>`), told before the tour is loaded. */
export function isTourHash(hash: string): boolean {
  return HASH.test(hash);
}

export function hashOfStep(index: number | null): string {
  return index === null ? '' : `#tour/${index + 1}`;
}
