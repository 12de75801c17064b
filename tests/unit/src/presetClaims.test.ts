/**
 * What each preset's description claims holds in the model's result for that preset (issue 9:
 * "a preset that contradicts itself"). One test per claim-carrying preset; the descriptions are
 * in src/lib/i18n/{en,zh}/controls.ts.
 */
import { describe, expect, test } from 'vitest';
import { PRESETS, type PresetId } from '../../../src/lib/presets.ts';
import { simulate } from '../../../workers/model/simulate.ts';
import type { SimResult, StageStat } from '../../../workers/contract/result.ts';

async function runPreset(id: PresetId): Promise<SimResult> {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return simulate(preset.scenario, { journeys: 50 });
}

function stage(r: SimResult, id: StageStat['id']): StageStat {
  const s = r.stages.find((x) => x.id === id);
  if (!s) throw new Error(`no stage ${id}`);
  return s;
}

describe('each preset does what its description says', () => {
  test('Authenticate before 3.4.9: password checks queue one at a time, for the BatchTx lock', async () => {
    const r = await runPreset('authenticate-3.4.8');
    const l = r.bottleneck.limiter;
    expect(l.kind === 'resource' && l.resource.name).toBe('lock.batchTx');
    expect(r.bottleneck.dominant).toMatchObject({ stage: 'authenticate', kind: 'lock' });
    // one at a time: the lock's requests' utilisation is all of it
    expect(l.kind === 'resource' && l.readUtilisation).toBeGreaterThan(0.99);
  }, 30_000);

  test('Authenticate from 3.4.9: password checks use every core, and wait for cores, not the lock', async () => {
    const r = await runPreset('authenticate-3.4.9');
    const l = r.bottleneck.limiter;
    expect(l.kind === 'resource' && l.resource.kind).toBe('cpu');
    expect(l.kind === 'resource' && l.servers).toBe(r.scenario.serverCores);
    expect(r.bottleneck.dominant).toMatchObject({ stage: 'authenticate', kind: 'queue' });
    const auth = stage(r, 'authenticate');
    expect(auth.lockMeanMs).toBeLessThan(0.01 * auth.meanMs);
  }, 30_000);

  test('A 1 MB value: the network, not etcd, sets the pace', async () => {
    const r = await runPreset('large-value-1mb');
    const l = r.bottleneck.limiter;
    expect(l.kind === 'resource' && l.resource.kind).toBe('nic');
  }, 30_000);

  test('Password without token reuse: bcrypt dominates the chain', async () => {
    const r = await runPreset('password-per-request');
    expect(r.bottleneck.dominant?.stage).toBe('authenticate');
    expect(stage(r, 'authenticate').meanMs).toBeGreaterThan(0.5 * r.bottleneck.latencyMs);
  }, 30_000);

  test('Cross-region members: each ReadIndex round pays the round trip between regions', async () => {
    const r = await runPreset('cross-region');
    expect(r.bottleneck.limiter.kind).toBe('clients');
    expect(r.bottleneck.dominant).toMatchObject({ stage: 'readIndex', kind: 'flight' });
    expect(stage(r, 'readIndex').flightMeanMs).toBeGreaterThanOrEqual(r.scenario.peerRttMs);
  }, 30_000);

  test('Heavy writes: backend commits hold readTx, reads wait in boltdb, the tail grows; ReadIndex rounds wait for the raft loops’ WAL fsyncs, which take most; the read loop waits for apply briefly', async () => {
    const r = await runPreset('heavy-writes');
    // reads that meet a backend commit wait for readTx in boltdb…
    expect(stage(r, 'boltdb').lockMeanMs).toBeGreaterThan(0);
    // …and the tail grows: the slowest 1 % take about twice the mean, against under 1.5 times it
    // in the same run without the writes
    const tail = (x: SimResult): number =>
      (x.summary.percentiles.find((q) => q.p === 99)?.sec ?? 0) / x.summary.averageSec;
    const calm = await simulate({ ...r.scenario, writeQps: 0 }, { journeys: 0 });
    expect(tail(calm)).toBeLessThan(1.5);
    expect(tail(r)).toBeGreaterThan(1.75);
    expect(tail(r)).toBeLessThan(2.5);
    // the read loop waits for apply after its rounds, only briefly (apply keeps up)
    const applyWait = Math.max(...r.readIndex.map((x) => x.meanApplyWaitMs));
    expect(applyWait).toBeGreaterThan(0);
    expect(applyWait).toBeLessThan(0.1 * r.bottleneck.latencyMs);
    // a ReadIndex round waits for the raft loops, busy saving the puts to their WALs (each loop
    // fsyncs a batch before it steps the next message): that queue takes most of a read's time
    expect(r.bottleneck.dominant).toMatchObject({ stage: 'readIndex', kind: 'queue' });
    expect(stage(r, 'readIndex').queueMeanMs).toBeGreaterThan(0.5 * r.bottleneck.latencyMs);
    for (const x of r.resources.filter((x) => x.id.name === 'raftLoop'))
      expect(x.backgroundUtilisation).toBeGreaterThan(0.5);
    // and the disk the writes saturate is not the reads' bottleneck
    const l = r.bottleneck.limiter;
    expect(l.kind === 'resource' ? l.resource.kind : 'none').not.toBe('disk');
  }, 30_000);
});
