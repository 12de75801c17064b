/**
 * A ReadIndex round's hops (the read loop's, the raft messages') wake no parked thread on a member
 * whose process already has work on its cores (wakeUps.ts): they cost 1 − parkedWakeShare of
 * their price there. At one client every hop finds its member idle and pays in full.
 */
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../../workers/model/simulate.ts';
import { hopUs } from '../../../../workers/model/wakeUps.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import type { ProfileName } from '../../../../workers/contract/profiles.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import type { Member, World } from '../../../../workers/model/world.ts';
import { STEADY_COSTS } from './helpers.ts';

/** All members' busy core time per finished read, µs of their own cores. */
function memberCpuUs(r: SimResult): number {
  const cpus = r.resources.filter((x) => typeof x.id.host === 'number' && x.id.kind === 'cpu');
  return cpus.reduce((n, x) => n + x.demandMs, 0) * 1000;
}

async function run(
  o: Partial<Scenario>,
  share: number,
  profile: ProfileName = 'loopback-2vcpu',
): Promise<SimResult> {
  return simulate(scenarioOnProfile(profile, { total: 3000, ...o }), {
    journeys: 0,
    costs: { ...STEADY_COSTS, parkedWakeShare: share },
  });
}

describe('a hop’s wake-up', () => {
  test('is paid when the member has nothing of its own booked past the hop, not otherwise', () => {
    const w = { c: { parkedWakeShare: 0.7 } } as unknown as World;
    const at = (lastEnd: number) => ({ cpu: { lastEnd } }) as unknown as Member;
    expect(hopUs(w, at(1), 1, 20)).toBe(20); // its work ended as the hop became ready: idle
    expect(hopUs(w, at(0.5), 1, 20)).toBe(20);
    expect(hopUs(w, at(1.01), 1, 20)).toBeCloseTo(6, 12);
  });

  test('one client on the leader: every hop finds its member idle, so the share changes nothing', async () => {
    const o = { clients: 1, conns: 1, endpoints: 1, readMode: 'linearizable' } as const;
    const [cold, warm] = [await run(o, 0), await run(o, 0.7)];
    expect(memberCpuUs(warm)).toBeCloseTo(memberCpuUs(cold), 9);
    expect(warm.summary.rps).toBe(cold.summary.rps);
  });

  test('ten clients spread on the shared host: a larger share, less member CPU per linearizable read', async () => {
    const o = { clients: 10, conns: 10, endpoints: 3, lb: 'per-conn' } as const;
    const l = { ...o, readMode: 'linearizable' } as const;
    const cpu = await Promise.all([0, 0.35, 0.7].map(async (x) => memberCpuUs(await run(l, x))));
    expect(cpu[1]).toBeLessThan(cpu[0]);
    expect(cpu[2]).toBeLessThan(cpu[1]);
    // Without the share the round costs ≈ 320 µs per read beyond a serializable one (issue:
    // loopback.s-l.c10-spread); with 0.7 at least a quarter of the whole read goes.
    expect(cpu[2]).toBeLessThan(cpu[0] * 0.75);
    // A serializable read has no round: nothing changes.
    const s = { ...o, readMode: 'serializable' } as const;
    const [s0, s7] = [await run(s, 0), await run(s, 0.7)];
    expect(s7.summary.rps).toBe(s0.summary.rps);
    expect(memberCpuUs(s7)).toBe(memberCpuUs(s0));
  });
});
