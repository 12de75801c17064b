/**
 * The bcrypt worker's API: real bcryptjs, synchronous (the worker has nothing else to do, and the
 * sync API is bcryptjs's fastest path). The password arrives once with `hold` and never leaves:
 * no method returns it, and `forget` drops it. The clock is passed in, so the only wall-clock
 * read in workers/ stays in bcrypt.worker.ts, and tests can run this in Node with a fake clock.
 */
import { compareSync, hashSync } from 'bcryptjs';
import { BCRYPT_COST_RANGE, type BcryptWorkerApi } from '../contract/bcrypt.ts';

/** A clock in ms, for timing one hash or compare. */
export type Clock = () => number;

function checkCost(cost: number): void {
  if (!Number.isInteger(cost) || cost < BCRYPT_COST_RANGE.min || cost > BCRYPT_COST_RANGE.max)
    throw new RangeError(
      `invalid bcrypt cost: ${cost} (allowed: integers ${BCRYPT_COST_RANGE.min}..${BCRYPT_COST_RANGE.max})`,
    );
}

export function createBcryptApi(now: Clock): BcryptWorkerApi {
  let password: string | null = null;
  const held = (): string => {
    if (password === null) throw new Error('no password held: call hold(password) first');
    return password;
  };
  return {
    hold(p: string): void {
      if (typeof p !== 'string') throw new TypeError('invalid password: a string is required');
      password = p;
    },
    hash(cost: number): { hash: string; ms: number } {
      checkCost(cost);
      const p = held();
      const start = now();
      const hash = hashSync(p, cost);
      return { hash, ms: now() - start };
    },
    compare(hash: string): { ok: boolean; ms: number } {
      const p = held();
      const start = now();
      const ok = compareSync(p, hash);
      return { ok, ms: now() - start };
    },
    forget(): void {
      password = null;
    },
  };
}
