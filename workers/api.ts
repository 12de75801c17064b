/**
 * The facade the UI calls through Comlink, and the plain-data types it exchanges.
 * Everything crossing the worker boundary is structured-clone-safe plain data.
 */
import { COSTS, bcryptMs } from './model/costs.ts';

/** bcrypt's allowed cost range (golang.org/x/crypto/bcrypt MinCost..MaxCost). */
export const BCRYPT_COST_RANGE = { min: 4, max: 31 } as const;

export interface BcryptEstimate {
  cost: number;
  /** ms of one core per compare */
  msPerCompare: number;
  /** compares per second one core can do */
  perCorePerSecond: number;
}

export const api = {
  /** What one bcrypt compare costs at `cost`, from the shared cost table. */
  estimateBcrypt(cost: number): BcryptEstimate {
    if (!Number.isInteger(cost) || cost < BCRYPT_COST_RANGE.min || cost > BCRYPT_COST_RANGE.max) {
      throw new RangeError(
        `invalid bcryptCost: ${cost} (allowed: integers ${BCRYPT_COST_RANGE.min}..${BCRYPT_COST_RANGE.max})`,
      );
    }
    const ms = bcryptMs(COSTS, cost);
    return { cost, msPerCompare: ms, perCorePerSecond: 1000 / ms };
  },
};

export type SimApi = typeof api;
