/**
 * What the outside may know about bcrypt: Go's reference time (the default of the scenario's
 * bcrypt10Ms and the cost table's entry), the costs the cost lab measures, and the typed API of
 * the bcrypt worker (real bcryptjs hashing on the learner's CPU, workers/bcrypt.worker.ts).
 */

/**
 * ms of one core per bcrypt compare at cost 10, in Go (golang.org/x/crypto/bcrypt, which etcd
 * uses) on one modern x86 server core: ≈ 50 ms (docs/design/STACK.md "Measured here", docs/design/MODEL.md §2).
 * Each cost step doubles the work.
 */
export const GO_BCRYPT10_MS = 50;

/** bcrypt's allowed cost range (golang.org/x/crypto/bcrypt MinCost..MaxCost). */
export const BCRYPT_COST_RANGE = { min: 4, max: 31 } as const;

/**
 * Costs the cost lab measures on this device. Above HIGH_COST_FROM a compare takes seconds in
 * JavaScript (cost 14 ≈ 1 s on a desktop core), so those run only when the learner asks.
 */
export const LAB_COSTS = { min: 4, max: 14 } as const;
export const HIGH_COST_FROM = 13;

/** ms of one core per compare at `cost`, from the time at cost 10: the work doubles per step. */
export function msAtCost(ms10: number, cost: number): number {
  return ms10 * 2 ** (cost - 10);
}

/** One compare as the worker timed it. */
export interface CompareTiming {
  /** Did the password match the hash (always true for the lab's own hash). */
  ok: boolean;
  /** Wall-clock ms the compare took inside the worker (no messaging in it). */
  ms: number;
}

/**
 * The bcrypt worker's API. The password is handed over once with `hold` and stays in the worker:
 * no method returns it, and `forget` drops it. A hash is not the password (it is what etcd stores).
 */
export interface BcryptWorkerApi {
  /** Keep `password` in this worker for the hashes and compares that follow. */
  hold(password: string): void;
  /** A fresh bcrypt hash of the held password at `cost`, and how long hashing took. */
  hash(cost: number): { hash: string; ms: number };
  /** Compare the held password with `hash`, timed. */
  compare(hash: string): CompareTiming;
  /** Drop the held password. */
  forget(): void;
}
