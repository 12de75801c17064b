/**
 * The one cost table: CPU, byte and lock costs of every operation on the read path.
 * Every simulated stage draws its service time from here; nothing else holds a cost.
 * Units are in the names (Us = microseconds of one core, Ms = milliseconds).
 * Each entry says where it came from: a measurement, an etcd document, or a fit.
 */
export interface CostTable {
  /** ms of one core per bcrypt compare at cost 10 (Go's x/crypto/bcrypt on a modern x86 core). */
  bcrypt10Ms: number;
}

export const COSTS: CostTable = {
  // STACK.md "Measured here": Go's bcrypt at cost 10 ≈ 50 ms per compare on one core;
  // etcd issue 11826 (16 cores → ~200 Authenticate/s) agrees: 16 / 200 = 80 ms per call in all.
  bcrypt10Ms: 50,
};

/** bcrypt's work doubles with each cost step: ms of one core per compare. */
export function bcryptMs(costs: CostTable, cost: number): number {
  return costs.bcrypt10Ms * 2 ** (cost - 10);
}
