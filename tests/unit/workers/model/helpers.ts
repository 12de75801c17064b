/** Small helpers shared by the model tests: build scenarios on the article profile and run them. */
import { resourceKey } from '../../../../workers/contract/resourceId.ts';
import { simulate, type SimOptions } from '../../../../workers/model/simulate.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { COSTS } from '../../../../workers/model/costs.ts';

/**
 * The cost table without service-time variability (stretchShare 0, variability.ts): every job
 * takes exactly its cost, so a test can derive a time or a busy total from the table to the µs.
 */
export const STEADY_COSTS = { ...COSTS, stretchShare: 0 };

export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return scenarioOnProfile('article-3x8c', { total: 2000, clients: 50, conns: 10, ...overrides });
}

export function run(
  overrides: Partial<Scenario> = {},
  options: SimOptions = {},
): Promise<SimResult> {
  return simulate(scenario(overrides), options);
}

/** The resource whose key (`member0.cpu`, `client.nic.rx`) is `key`. */
export function resource(r: SimResult, key: string) {
  const found = r.resources.find((x) => resourceKey(x.id) === key);
  if (!found) throw new Error(`no resource ${key}`);
  return found;
}

export function stage(r: SimResult, id: string) {
  return r.stages.find((x) => x.id === id);
}

export function p(r: SimResult, pct: number): number {
  const found = r.summary.percentiles.find((x) => x.p === pct);
  if (!found) throw new Error(`no p${pct}`);
  return found.sec * 1000;
}

export function avgMs(r: SimResult): number {
  return r.summary.averageSec * 1000;
}

/**
 * The member CPU one serializable read of one key costs with no auth, written out from the cost
 * table (µs of the reference core): decode, range, treeIndex, boltdb, marshal, and the write of
 * the response into the socket (in the marshal's job, or its own when the response streams).
 */
export function serializableReadUs(s: Scenario): number {
  const payload = s.valueBytes + 16;
  // Alone on its connection (clients ≤ conns): it pays its read and write syscalls in full.
  return (
    COSTS.grpcRecvUs +
    COSTS.grpcRecvSyscallUs +
    COSTS.grpcSendSyscallUs +
    COSTS.rangeBaseUs +
    COSTS.treeSeekUsPerLevel * Math.log2(s.totalKeys + 1) +
    COSTS.treePerKeyUs +
    COSTS.boltTxUs +
    COSTS.boltPerKeyUs +
    (COSTS.boltCopyUsPerKB * s.valueBytes) / 1024 +
    COSTS.grpcSendUs +
    ((COSTS.marshalUsPerKB + COSTS.socketUsPerKB) * payload) / 1024
  );
}
