import { describe, expect, test } from 'vitest';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import type { Limiter, SimResult } from '../../../workers/contract/result.ts';
import { formatBottleneck } from '../../../report/bottleneck.ts';
import { simResultFixture } from '../cli/fixture.ts';

function withLimiter(limiter: Limiter, patch: Partial<SimResult['bottleneck']> = {}): SimResult {
  const r = simResultFixture();
  r.bottleneck = { ...r.bottleneck, limiter, ...patch };
  return r;
}

describe('the bottleneck analysis in words', () => {
  test('a saturated resource: its owner, utilisation, the utilisation law and every bound', () => {
    expect(formatBottleneck(simResultFixture())).toBe(
      "Bottleneck: member 0's (the leader's) CPU (member0.cpu), 97.3% busy with the requests; " +
        'the utilisation law bounds throughput at X ≤ 8 / 0.0410 ms = 195,122 req/s.\n' +
        'A request takes 2.00 ms on average, 1.25 ms of it in the response stage, mostly ' +
        'waiting for a NIC or a CPU core. In all: 0.00100 ms waiting for locks, 1.73 ms for ' +
        'cores, NICs, disks or loops, 0.183 ms on the wire or in raft, 0.0851 ms in service.\n' +
        "Bounds: member 0's (the leader's) CPU (member0.cpu) X ≤ 195,122 req/s; the 1,000 " +
        'clients X ≤ N / (D + Z) = 1,000 / (1.20 ms + 0.00200 ms) = 204,000 req/s (D: a ' +
        "request's time not spent waiting for a lock or a server; Z: the client's time between " +
        'requests); measured X = 800 req/s.\n',
    );
  });

  test('a resource shared with background work is judged on what the background leaves', () => {
    const r = withLimiter({
      kind: 'resource',
      resource: memberResource(1, 'lock.batchTx'),
      readUtilisation: 0.9,
      backgroundUtilisation: 0.25,
      demandMs: 1.5,
      servers: 1,
      boundRps: 500,
    });
    expect(formatBottleneck(r)).toContain(
      "Bottleneck: member 1's BatchTx lock (member1.lock.batchTx), 90.0% busy with the requests " +
        'of what the background work (puts, backend commits, compaction: 25.0%) leaves; the ' +
        'utilisation law bounds throughput at X ≤ 1 × (1 − 0.250) / 1.50 ms = 500 req/s.',
    );
  });

  test("names the client's resources, and small rates with three digits", () => {
    const r = withLimiter({
      kind: 'resource',
      resource: clientResource('nic.rx'),
      readUtilisation: 0.999,
      backgroundUtilisation: 0,
      demandMs: 80,
      servers: 1,
      boundRps: 12.5,
    });
    expect(formatBottleneck(r)).toContain(
      "Bottleneck: the client's NIC (client.nic.rx), 99.9% busy with the requests; the " +
        'utilisation law bounds throughput at X ≤ 1 / 80.0 ms = 12.5 req/s.',
    );
  });

  test('nothing saturated: the clients, where their time goes, what kind, and the lock', () => {
    const r = withLimiter(
      {
        kind: 'clients',
        clients: 100,
        lock: {
          resource: memberResource(2, 'lock.readTx'),
          waitMs: 6,
          heldFraction: 0.099,
          heldBy: 'background',
        },
        busiest: { resource: memberResource(1, 'cpu'), readUtilisation: 0.005 },
      },
      {
        resource: null,
        utilisation: 0,
        boundRps: 0,
        latencyMs: 107,
        time: { lock: 6, queue: 34, flight: 67, service: 0.14 },
        dominant: { stage: 'readIndex', ms: 106, kind: 'flight' },
      },
    );
    const [limiter, where] = formatBottleneck(r).split('\n');
    expect(limiter).toBe(
      "Bottleneck: no resource is saturated (the busiest for the requests, member 1's CPU " +
        '(member1.cpu), is 0.5% busy). The 100 clients each wait for their own request. The ' +
        'lock requests wait for longest is the readTx lock: 6.00 ms per request, on all ' +
        "members together; on member 2's readTx lock (member2.lock.readTx) it was held 9.9% of " +
        'the time, mostly by background work.',
    );
    expect(where).toBe(
      'A request takes 107 ms on average, 106 ms of it in the readIndex stage, mostly in the ' +
        'ReadIndex round trip between members. In all: 6.00 ms waiting for locks, 34.0 ms for ' +
        'cores, NICs, disks or loops, 67.0 ms on the wire or in raft, 0.140 ms in service.',
    );
  });

  test('the --rate cap, and its bound', () => {
    const r = withLimiter({ kind: 'rate', rate: 1000, boundRps: 1010.1 }, { rateBoundRps: 1010.1 });
    const text = formatBottleneck(r);
    expect(text).toContain(
      'Bottleneck: the --rate cap of 1,000 req/s; the run reached 800 req/s, and no resource ' +
        'is saturated before it.',
    );
    expect(text).toContain('; --rate X ≤ 1,010 req/s; measured X = 800 req/s.');
  });

  test('no request finished: nothing to name, no bound printed', () => {
    const r = withLimiter(
      { kind: 'none' },
      {
        ...{ tightest: null, tightestBoundRps: 0, populationBoundRps: 0, rateBoundRps: 0 },
        dominant: null,
      },
    );
    expect(formatBottleneck(r)).toBe(
      'No request finished: nothing limits what did not run.\nmeasured X = 800 req/s.\n',
    );
  });
});
