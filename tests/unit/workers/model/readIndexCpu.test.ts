/**
 * A ReadIndex round costs CPU on the members that do it — the serving member's read loop, the
 * leader's raft step and its messages, each follower's heartbeat and ack — shared by every read
 * in the round's batch; only `linearizableReadUs` is paid per read. So the read-mode gap is wide
 * at one client (a round per read) and narrows as clients grow (rounds carry batches).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../../workers/model/simulate.ts';
import { COSTS } from '../../../../workers/model/costs.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import type { ProfileName } from '../../../../workers/contract/profiles.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { STEADY_COSTS } from './helpers.ts';

/** All members' CPU per successful read, µs of reference core. */
function memberCpuUs(r: SimResult): number {
  const ms = r.resources
    .filter((x) => typeof x.id.host === 'number' && x.id.kind === 'cpu')
    .reduce((n, x) => n + x.demandMs, 0);
  return ms * 1000 * r.scenario.cpuSpeed;
}

const c = COSTS;
/** One round served on the leader of three members, as the cost table prices it (µs). */
const LEADER_ROUND =
  c.readIndexLoopUs +
  c.readIndexRoundUs +
  2 * (2 * c.peerMessageUs) + // the leader: a heartbeat out and an ack in, per follower
  2 * (2 * c.peerMessageUs + c.heartbeatUs); // each follower: receive, step, send the ack
/** A follower's round adds the forward and its answer: a message out and in at both ends. */
const FORWARD = 4 * c.peerMessageUs;

async function pair(
  o: Partial<Scenario>,
  profile: ProfileName = 'article-3x8c',
  costs = STEADY_COSTS,
) {
  const run = (readMode: Scenario['readMode']) =>
    simulate(scenarioOnProfile(profile, { total: 2000, ...o, readMode }), { journeys: 0, costs });
  return { s: await run('serializable'), l: await run('linearizable') };
}

describe('the ReadIndex round’s CPU', () => {
  test('one client on the leader: a linearizable read costs one round plus its own part', async () => {
    const { s, l } = await pair({ clients: 1, conns: 1, endpoints: 1 });
    expect(l.readIndex[0].meanBatch).toBe(1);
    const extra = memberCpuUs(l) - memberCpuUs(s);
    expect(extra).toBeCloseTo(c.linearizableReadUs + LEADER_ROUND, 6);
  });

  // rawCompute.ts RAW_COMPUTE_COSTS: the runtime's hand-offs and raft's steps run at the raw-compute
  // speed (bcryptSpeed), the messages and the rest of the read at the core speed (cpuSpeed).
  test('raw compute runs at its own speed: on slower cores only the message work slows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0.3, max: 2, noNaN: true }),
        fc.double({ min: 0.3, max: 2, noNaN: true }),
        async (cpuSpeed, bcryptSpeed) => {
          const { s, l } = await pair({
            clients: 1,
            conns: 1,
            endpoints: 1,
            cpuSpeed,
            bcryptSpeed,
          });
          // Busy core time of the members, µs of their own cores.
          const own = (r: SimResult): number => memberCpuUs(r) / cpuSpeed;
          const raw = c.linearizableReadUs + c.readIndexRoundUs + 2 * c.heartbeatUs;
          const rest = LEADER_ROUND - c.readIndexRoundUs - 2 * c.heartbeatUs;
          const extra = own(l) - own(s);
          expect(extra).toBeCloseTo(raw / bcryptSpeed + rest / cpuSpeed, 5);
        },
      ),
      { numRuns: 6, seed: 11 },
    );
  }, 60_000);

  test('a follower’s round adds the forwarded request and its answer', async () => {
    // Two clients, each with its connection: one pinned to the leader, one to a follower. The
    // full price of every hop: with two clients a hop can find its member busy with the other's
    // read and skip its wake-up (wakeUps.test.ts), so that is turned off here.
    const cold = { ...STEADY_COSTS, parkedWakeShare: 0 };
    const { s, l } = await pair({ clients: 2, conns: 2, endpoints: 2 }, 'article-3x8c', cold);
    expect(l.readIndex.map((x) => x.meanBatch)).toEqual([1, 1, 0]);
    // The follower's reads are slower (two more hops), so fewer: weigh by the rounds each served.
    const [onLeader, onFollower] = l.readIndex.map((x) => x.rounds);
    const forwarded = onFollower / (onLeader + onFollower);
    const extra = memberCpuUs(l) - memberCpuUs(s);
    expect(extra).toBeCloseTo(c.linearizableReadUs + LEADER_ROUND + FORWARD * forwarded, 6);
  });

  test('on one-core members batches form as clients grow, and share the round', async () => {
    const l = await simulate(
      scenarioOnProfile('article-3x8c', {
        serverCores: 1,
        clients: 100,
        conns: 100,
        endpoints: 3,
        total: 5000,
      }),
      { journeys: 0 },
    );
    for (const x of l.readIndex) expect(x.meanBatch).toBeGreaterThan(2);
  });

  // "Many" is where the sources measured it, enough clients to keep the cores busy: 100 on the
  // shared 2-vCPU host and the laptop, 1,000 on the clusters of 3 × 8 cores.
  test('the read-mode gap narrows as clients grow, on every calibrated machine', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<ProfileName>(
          'article-3x8c',
          'etcd-io-gce',
          'loopback-2vcpu',
          'laptop-cluster',
        ),
        fc.integer({ min: 0, max: 1000 }),
        async (profile, seed) => {
          const ratio = async (clients: number) => {
            const conns = Math.min(clients, 100);
            const { s, l } = await pair(
              { clients, conns, endpoints: 3, seed, total: Math.max(1500, clients * 10) },
              profile,
            );
            return s.summary.rps / l.summary.rps;
          };
          const one = await ratio(1);
          const shared = scenarioOnProfile(profile).sharedHost;
          const many = await ratio(shared ? 100 : 1000);
          expect(one, profile).toBeGreaterThan(many * 1.15);
        },
      ),
      { numRuns: 8, seed: 5 },
    );
  }, 120_000);
});
