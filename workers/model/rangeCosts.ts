/**
 * The CPU a range costs on its member that does not change during a run (the scenario fixes the
 * keys per range, the value size, the key count and the RBAC rules), computed once per run
 * rather than per read: two logarithms and a dozen products per request were ≈ 3 % of a run
 * (issue 16). Each expression is the one readPath.ts used per read, so results are identical.
 */
import type { Scenario } from '../contract/scenario.ts';
import type { CostTable } from './costs.ts';
import { readsBackend, responseKeys, responsePayload } from './rangeResult.ts';

const KB = 1024;

export interface RangeCosts {
  /** The RBAC check, µs of the reference core (0 without auth). */
  rbacUs: number;
  /** The treeIndex seek and walk, µs. */
  treeUs: number;
  /** boltdb's per-key reads and value copies, µs (0 for count-only). */
  boltKeysUs: number;
  /** Whether the range reads boltdb (not count-only). */
  backend: boolean;
  /** The response's payload bytes and KeyValues (rangeResult.ts). */
  payload: number;
  keys: number;
}

export function rangeCostsFor(s: Scenario, c: CostTable): RangeCosts {
  const k = s.keysPerRange;
  return {
    rbacUs: s.auth !== 'none' ? c.rbacBaseUs + c.rbacPerLevelUs * Math.log2(s.rbacRules + 1) : 0,
    treeUs: c.rangeBaseUs + c.treeSeekUsPerLevel * Math.log2(s.totalKeys + 1) + c.treePerKeyUs * k,
    boltKeysUs: k * (c.boltPerKeyUs + (c.boltCopyUsPerKB * s.valueBytes) / KB),
    backend: readsBackend(s),
    payload: responsePayload(s),
    keys: responseKeys(s),
  };
}
