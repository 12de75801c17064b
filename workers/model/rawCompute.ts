/**
 * Which costs of the table (costs.ts) run at the raw-compute speed, and the table a run books
 * with once they do (issue 11).
 */
import type { Scenario } from '../contract/scenario.ts';
import type { CostTable } from './costs.ts';

/**
 * Costs of raw compute: in-process work that copies no message — the Go runtime handing a read
 * from goroutine to goroutine over channels (linearizableReadUs) and raft's state machine stepping
 * a ReadIndex, a heartbeat or a follower's append (readIndexRoundUs, heartbeatUs). They run at the
 * profile's raw-compute speed (bcryptSpeed, measured with bcrypt where measured), every other cost
 * at its core speed (cpuSpeed, fitted to the per-request path: syscalls, the loopback or network
 * stack, marshalling). The two differ on one profile: etcd.io's, whose raw-compute speed is
 * borrowed from the loopback VM (0.99, an inference, profiles.ts) while its core speed is fitted
 * to its own serializable row (0.593).
 *
 * Which costs count as raw compute is an inference, chosen with the calibration rows in view:
 * a hand-off that wakes a parked thread does enter the kernel (a futex), which profiles.ts counts
 * as per-message work, and readIndexLoopUs is the same kind of hand-off but stays at the core
 * speed because it is fitted at that speed (to the loopback cluster's single-client CPU).
 *
 * Why (issue 11): the sources' extras per linearizable read at high concurrency — lecture ≈ 51 µs
 * of its cores, etcd.io ≈ 40, loopback ≈ 33 — ask ≈ 51, 40 and 32 reference-core µs at these
 * speeds, against 51, 24 and 32 with etcd.io's at its core speed (report/fitNotes.ts works the
 * figures out); with etcd.io's raw compute at its core speed its linearizable 1,000-client row
 * misses by −19 % and its s/l ratio there by +23 % (tried with this table). Until requests
 * shared a connection's syscalls (connections.ts) the loopback VM's core speed was fitted at 0.51
 * and the split held there too; with them it fits at its bcrypt speed. The range path's work
 * (treeIndex, boltdb) is in-process too; on the loopback VM the two speeds are now one, so where
 * it counts makes no difference there.
 */
export const RAW_COMPUTE_COSTS = [
  'linearizableReadUs',
  'readIndexRoundUs',
  'heartbeatUs',
] as const satisfies readonly (keyof CostTable)[];

/**
 * The table a run books with, in µs that its cores (at cpuSpeed) turn into time: the raw-compute
 * costs scaled by cpuSpeed ÷ bcryptSpeed, so that they take cost ÷ bcryptSpeed. The table itself
 * when the two speeds are equal (every profile but loopback-2vcpu and etcd-io-gce).
 */
export function costsOnCores(
  c: CostTable,
  s: Pick<Scenario, 'cpuSpeed' | 'bcryptSpeed'>,
): CostTable {
  if (s.cpuSpeed === s.bcryptSpeed) return c;
  const out = { ...c };
  for (const k of RAW_COMPUTE_COSTS) out[k] = (c[k] * s.cpuSpeed) / s.bcryptSpeed;
  return out;
}
