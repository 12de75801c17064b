/**
 * The leader is a field (World.leader): move it before a run starts and every mechanism follows
 * it — the ReadIndex hop, the leader's own work, raft commits and the write count. Elections are
 * not modelled yet, so this is the only way a test can put another member in charge.
 */
import { describe, expect, test } from 'vitest';
import { createRun, finished } from '../../../../workers/model/simulate.ts';
import { collect } from '../../../../workers/model/collect.ts';
import { COSTS } from '../../../../workers/model/costs.ts';
import type { World } from '../../../../workers/model/world.ts';
import type { Scenario } from '../../../../workers/contract/scenario.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { avgMs, resource, scenario, STEADY_COSTS } from './helpers.ts';

/** Runs with `leader` in charge from the start; `each` sees the world after every event. */
function worldLedBy(
  leader: number,
  overrides: Partial<Scenario>,
  each: (w: World) => void = () => {},
): World {
  const w = createRun(scenario(overrides), { costs: STEADY_COSTS });
  w.leader = leader;
  while (!finished(w) && w.engine.step()) each(w);
  return w;
}

function runLedBy(leader: number, overrides: Partial<Scenario>): SimResult {
  return collect(worldLedBy(leader, overrides));
}

describe('the leader is whichever member the world says', () => {
  test('a read on member 0 pays the hop to another leader: four messages and a peer round trip', () => {
    // One client on endpoint 1 (member 0), so nothing queues and the difference is exact.
    const s = { clients: 1, conns: 1, endpoints: 1, total: 50 };
    const own = runLedBy(0, s);
    const other = runLedBy(2, s);
    // The forwarded request and its answer, each sent by one member and received by the other.
    const hop = (4 * COSTS.peerMessageUs) / 1000 + scenario(s).peerRttMs;
    expect(avgMs(other) - avgMs(own)).toBeCloseTo(hop, 9);
    expect(own.leader).toBe(0);
    expect(other.leader).toBe(2);
  });

  test('the busiest raft loop is the leader’s, which registers every ReadIndex round', () => {
    for (const leader of [0, 2]) {
      const r = runLedBy(leader, { total: 2000 });
      const loops = [0, 1, 2].map((m) => resource(r, `member${m}.raftLoop`).demandMs);
      expect(loops.indexOf(Math.max(...loops))).toBe(leader);
    }
  });

  test('writes commit and count on the leader, and linearizable reads stay fresh', () => {
    // Every entry is a put (no auth), so at every moment the count is what the leader has applied,
    // which runs ahead of the followers while entries are in flight.
    let leaderAhead = 0;
    const w = worldLedBy(1, { total: 3000, writeQps: 2000, endpoints: 3 }, (w) => {
      expect(w.writesApplied).toBe(w.members[1].applied);
      if (w.members[1].applied > w.members[0].applied) leaderAhead++;
    });
    const r = collect(w);
    expect(leaderAhead).toBeGreaterThan(0);
    expect(r.leader).toBe(1);
    expect(r.writes.applied).toBeGreaterThan(0);
    expect(r.writes.committed).toBeGreaterThanOrEqual(r.writes.applied);
    expect(r.writes.meanCommitMs).toBeGreaterThan(0);
    expect(r.staleness.linearizableViolations).toBe(0);
  });
});
