/**
 * One sentence naming the run's bottleneck and the two operational-law bounds on throughput:
 * X ≤ servers / D_max from the busiest resource, and X ≤ N / (D_total + Z) from the clients.
 */
import type { ResourceHost, ResourceKind, SimResult } from '../workers/contract/result.ts';
import { resourceKey, sameResource } from '../workers/contract/resourceId.ts';
import { grouped, short } from './numbers.ts';

const KIND_NAMES: Record<ResourceKind, string> = {
  cpu: 'CPU',
  nic: 'NIC',
  disk: 'disk',
  lock: 'lock',
  // the raft loop or the benchmark's own loop: one goroutine doing one thing at a time
  loop: 'single-goroutine loop',
};

function owner(host: ResourceHost, leader: number): string {
  if (host === 'client') return "the client's";
  if (host === 'machine') return "the shared machine's (client and members)";
  return host === leader ? `member ${host}'s (the leader's)` : `member ${host}'s`;
}

function rate(x: number): string {
  return Number.isFinite(x) ? `${grouped(x)} req/s` : 'no limit';
}

/**
 * For example: "Bottleneck: member 0's (the leader's) CPU (member0.cpu), 97.3% busy; the operational
 * law bounds throughput at X ≤ 8 / 0.0410 ms = 195,122 req/s, and the 1,000 clients at
 * X ≤ N / (D_total + Z) = 204,000 req/s." Ends in "\n". When the result names a resource the
 * resource list lacks, the sentence still gives the id and both bounds.
 */
export function formatBottleneck(result: SimResult): string {
  const b = result.bottleneck;
  const clients = `the ${grouped(result.scenario.clients)} clients at X ≤ N / (D_total + Z) = ${rate(b.populationBoundRps)}`;
  const named = b.resource;
  if (named === null) return `No resource was busy enough to name a bottleneck; ${clients}.\n`;
  const key = resourceKey(named);
  const r = result.resources.find((res) => sameResource(res.id, named));
  const busy = `${(b.utilisation * 100).toFixed(1)}% busy`;
  if (r === undefined)
    return `Bottleneck: ${key}, ${busy}; the operational law bounds throughput at X ≤ ${rate(b.boundRps)}, and ${clients}.\n`;
  const law = `X ≤ ${r.servers} / ${short(r.demandMs)} ms = ${rate(b.boundRps)}`;
  const what = `${owner(r.id.host, result.leader)} ${KIND_NAMES[r.id.kind]}`;
  return `Bottleneck: ${what} (${key}), ${busy}; the operational law bounds throughput at ${law}, and ${clients}.\n`;
}
