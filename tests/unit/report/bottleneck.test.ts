import { describe, expect, test } from 'vitest';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import { formatBottleneck } from '../../../report/bottleneck.ts';
import { simResultFixture } from '../cli/fixture.ts';

describe('the bottleneck sentence', () => {
  test('names the resource, its utilisation, the operational-law bound and the population bound', () => {
    expect(formatBottleneck(simResultFixture())).toBe(
      "Bottleneck: member 0's (the leader's) CPU (member0.cpu), 97.3% busy; the operational law bounds " +
        'throughput at X ≤ 8 / 0.0410 ms = 195,122 req/s, and the 1,000 clients at ' +
        'X ≤ N / (D_total + Z) = 204,000 req/s.\n',
    );
  });

  test("names the client's and a follower's resources by their host", () => {
    const r = simResultFixture();
    r.bottleneck = { ...r.bottleneck, resource: clientResource('cpu'), utilisation: 0.4 };
    expect(formatBottleneck(r)).toContain("Bottleneck: the client's CPU (client.cpu), 40.0% busy;");
    // The model's bound is always servers / demand of the resource it names: 1 / 0.001 ms.
    r.bottleneck = {
      ...r.bottleneck,
      resource: memberResource(1, 'nic.tx'),
      utilisation: 0.1,
      boundRps: 1e6,
    };
    expect(formatBottleneck(r)).toContain(
      "Bottleneck: member 1's NIC (member1.nic.tx), 10.0% busy;",
    );
    expect(formatBottleneck(r)).toContain('X ≤ 1 / 0.00100 ms = 1,000,000 req/s');
  });

  test('still gives the id and both bounds when the resource is not in the list', () => {
    const r = simResultFixture();
    r.bottleneck = { ...r.bottleneck, resource: memberResource(2, 'lock.token') };
    expect(formatBottleneck(r)).toBe(
      'Bottleneck: member2.lock.token, 97.3% busy; the operational law bounds throughput at ' +
        'X ≤ 195,122 req/s, and the 1,000 clients at X ≤ N / (D_total + Z) = 204,000 req/s.\n',
    );
  });

  test('says so when no resource was named, and an unbounded rate reads as no limit', () => {
    const r = simResultFixture();
    r.bottleneck = {
      resource: null,
      utilisation: 0,
      boundRps: Infinity,
      populationBoundRps: Infinity,
    };
    expect(formatBottleneck(r)).toBe(
      'No resource was busy enough to name a bottleneck; the 1,000 clients at ' +
        'X ≤ N / (D_total + Z) = no limit.\n',
    );
  });
});
