/**
 * The line etcd's `benchmark` prints before its progress bar, naming what it runs: "bench with
 * linearizable range", "bench with serializable range", "bench with authenticate". Shared by
 * the command line and the UI's report block. Pure: no DOM, no Node.
 */
import type { Scenario } from '../workers/contract/scenario.ts';

export function benchHeader(scenario: Pick<Scenario, 'request' | 'readMode'>): string {
  if (scenario.request === 'authenticate') return 'bench with authenticate';
  return `bench with ${scenario.readMode} range`;
}
