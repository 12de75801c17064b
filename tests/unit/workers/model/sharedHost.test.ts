/**
 * A shared host (sharedHost): the client and every member book their CPU work on one pool of the
 * machine's cores. The pool obeys the utilisation law as the sum of its processes, and the
 * experiments that add machines elsewhere — more members, reads spread over followers — add no
 * capacity here (the laptop cluster), while on separate machines they do.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../../workers/model/simulate.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import { machineResource, resourceKey } from '../../../../workers/contract/resourceId.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';

/** A CPU-bound read run on the loopback machine (2 shared cores), or on separate machines. */
function onMachine(overrides: Partial<Scenario>): Scenario {
  return scenarioOnProfile('loopback-2vcpu', {
    clients: 60,
    conns: 30,
    endpoints: 1,
    total: 3000,
    ...overrides,
  });
}

const cpus = (r: SimResult) => r.resources.filter((x) => x.id.kind === 'cpu');

describe('a shared host', () => {
  test('the machine’s cores are one resource, busy exactly as long as its processes together', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          clients: fc.integer({ min: 1, max: 80 }),
          readMode: fc.constantFrom('linearizable' as const, 'serializable' as const),
          endpoints: fc.constantFrom(1, 2, 3),
          seed: fc.integer({ min: 0, max: 100 }),
        }),
        async (o) => {
          const r = await simulate(onMachine({ ...o, conns: o.clients, total: 400 }));
          const machine = cpus(r).find((x) => x.id.host === 'machine');
          expect(machine?.servers).toBe(2);
          const shares = cpus(r).filter((x) => x.id.host !== 'machine');
          // Every process's share counts against the same 2 cores.
          for (const x of shares) expect(x.servers).toBe(2);
          const sum = shares.reduce((n, x) => n + x.demandMs, 0);
          expect(machine?.demandMs ?? NaN).toBeCloseTo(sum, 9);
          const usum = shares.reduce((n, x) => n + x.utilisation, 0);
          expect(machine?.utilisation ?? NaN).toBeCloseTo(usum, 9);
        },
      ),
      { numRuns: 20, seed: 11 },
    );
  }, 60_000);

  test('a CPU-bound run on it is bounded by the machine’s cores, named as the bottleneck', async () => {
    // Long enough that the run's end — its last requests draining, the slowest of them held off
    // the cores for tens of ms (descheduling.ts) — is a small part of it: at 3,000 requests the
    // cores were 81 % busy over the run, at 40,000 95.0 %, at 80,000 95.3 % (160,000: 95.8 %).
    const r = await simulate(
      onMachine({ readMode: 'serializable', clients: 100, conns: 100, total: 80_000 }),
    );
    expect(r.bottleneck.resource).toEqual(machineResource('cpu'));
    expect(r.bottleneck.utilisation).toBeGreaterThan(0.95);
    expect(r.summary.rps).toBeLessThanOrEqual(r.bottleneck.boundRps * 1.01);
    expect(resourceKey(machineResource('cpu'))).toBe('machine.cpu');
  });

  test('spreading reads over the followers adds no capacity there, and does on separate machines', async () => {
    for (const readMode of ['serializable', 'linearizable'] as const) {
      const leader = await simulate(onMachine({ readMode, clients: 100, conns: 100 }));
      const spread = await simulate(
        onMachine({ readMode, clients: 100, conns: 100, endpoints: 3 }),
      );
      expect(spread.summary.rps, readMode).toBeLessThanOrEqual(leader.summary.rps * 1.02);
    }
    // Serializable reads scale out over members that each have cores of their own (every
    // linearizable round still passes through the leader).
    const own = { sharedHost: false, serverCores: 1, clientCores: 2 } as const;
    const s = { ...own, readMode: 'serializable', clients: 100, conns: 100 } as const;
    const leaderOwn = await simulate(onMachine(s));
    const spreadOwn = await simulate(onMachine({ ...s, endpoints: 3 }));
    expect(spreadOwn.summary.rps).toBeGreaterThan(leaderOwn.summary.rps * 1.5);
  });

  test('spreading linearizable reads costs there: every follower’s round is forwarded', async () => {
    const leader = await simulate(onMachine({ clients: 10, conns: 10 }));
    const spread = await simulate(onMachine({ clients: 10, conns: 10, endpoints: 3 }));
    expect(spread.summary.rps).toBeLessThan(leader.summary.rps * 0.9);
  });

  test('more members add no capacity there', async () => {
    const three = await simulate(onMachine({ clients: 100, conns: 100, endpoints: 3 }));
    const five = await simulate(onMachine({ clients: 100, conns: 100, endpoints: 5, members: 5 }));
    expect(five.summary.rps).toBeLessThanOrEqual(three.summary.rps * 1.02);
  });

  test('one client is no faster on a shared host than with a machine per process', async () => {
    const shared = await simulate(onMachine({ clients: 1, conns: 1 }));
    const own = await simulate(onMachine({ clients: 1, conns: 1, sharedHost: false }));
    expect(shared.summary.rps).toBeLessThanOrEqual(own.summary.rps * 1.000001);
  });
});
