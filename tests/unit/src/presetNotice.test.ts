/**
 * Each preset's "what to notice" sentence must agree with the model: the stage it outlines is on
 * the path (or, for serializable reads, visibly empty), the stage it says dominates does, and the
 * numbers it names are the model's within a stated margin.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PRESETS, type PresetId } from '../../../src/lib/presets.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { runInProcess, type SimResult } from '../../../workers/api.ts';

const results = new Map<PresetId, SimResult>();
beforeAll(async () => {
  // The lecture's presets run at their own length, as the lab runs them: at 1,000 clients on 100
  // connections the requests sharing a connection take ≈ 0.4 s of simulated time to fall into
  // step (connections.ts), so a 20,000-request run would show mostly that warm-up (serializable
  // ≈ 273,000/s against 349,000/s at the preset's 500,000).
  for (const p of PRESETS)
    results.set(
      p.id,
      await runInProcess({
        ...p.scenario,
        total: p.kind === 'article' ? p.scenario.total : Math.min(p.scenario.total, 20_000),
      }),
    );
}, 120_000);

const r = (id: PresetId): SimResult => results.get(id)!;
const stageMs = (id: PresetId, stage: string): number => {
  const s = r(id).stages.find((x) => x.id === stage)!;
  return s.meanMs;
};
/** The stage with the most time per request that passed through it. */
const longest = (id: PresetId): string =>
  [...r(id).stages].filter((s) => s.count > 0).sort((a, b) => b.meanMs - a.meanMs)[0].id;

describe('what each preset says to notice', () => {
  test('every preset has a sentence in both languages naming its outlined stage', () => {
    for (const p of PRESETS) {
      for (const lang of ['en', 'zh'] as const) {
        const text = translate(lang, `controls.preset.${p.id}.notice`);
        expect(text.length, `${p.id} ${lang}`).toBeGreaterThan(10);
      }
    }
  });

  test('the outlined stage is on the path, except the one the serializable preset shows empty', () => {
    for (const p of PRESETS) {
      const count = r(p.id).stages.find((s) => s.id === p.notice)?.count ?? 0;
      if (p.id === 'serializable-1000c') expect(count).toBe(0);
      else expect(count, p.id).toBeGreaterThan(0);
    }
  });

  test('the stages said to dominate do dominate', () => {
    for (const id of [
      'large-value-1mb',
      'authenticate-3.4.8',
      'authenticate-3.4.9',
      'healthy',
      'password-per-request',
      'cross-region',
      'list-all-pods',
    ] as const)
      expect(longest(id), id).toBe(PRESETS.find((p) => p.id === id)!.notice);
    // "almost all of each read's time"
    expect(
      stageMs('large-value-1mb', 'response') / (r('large-value-1mb').summary.averageSec * 1000),
    ).toBeGreaterThan(0.9);
    // "still under a millisecond"
    expect(stageMs('healthy', 'readIndex')).toBeLessThan(1);
  });

  test('the numbers the sentences name are the model’s', () => {
    const ratio = (a: PresetId, b: PresetId) => r(a).summary.rps / r(b).summary.rps;
    expect(ratio('serializable-1000c', 'linearizable-1000c')).toBeGreaterThan(1.6);
    expect(ratio('serializable-1000c', 'linearizable-1000c')).toBeLessThan(2.0);
    expect(r('linearizable-1000c').summary.rps).toBeGreaterThan(170_000);
    expect(r('linearizable-1000c').summary.rps).toBeLessThan(210_000);
    // "about 1.7×" and "about 204,000/s" are what the card beside says (Model), to the digits
    // written: 350,048 ÷ 207,159 read "about 1.8×" and 207,159 "about 190,000/s" (the lecture's).
    for (const lang of ['en', 'zh'] as const) {
      const ser = translate(lang, 'controls.preset.serializable-1000c.notice');
      const factor = Number(/(\d\.\d) ?(?:×|倍)/.exec(ser)?.[1]);
      expect(factor, lang).toBe(
        Math.round(ratio('serializable-1000c', 'linearizable-1000c') * 10) / 10,
      );
      const lin = translate(lang, 'controls.preset.linearizable-1000c.notice');
      const rps = Number(/(\d{3},\d{3})\/s/.exec(lin)?.[1].replace(',', ''));
      expect(Math.abs(rps / r('linearizable-1000c').summary.rps - 1), lang).toBeLessThan(0.01);
      const cross = translate(lang, 'controls.preset.cross-region.notice');
      expect(cross, lang).toMatch(/more than 100 ms|超过 100 ms/);
      expect(cross, lang).toMatch(/twice as long as on the leader|约为领导者上的两倍/);
      expect(cross, lang).toMatch(/a third of the reads|三分之一的读/);
      expect(cross, lang).toMatch(/average sits below the median|平均值因此低于中位数/);
    }
    // "reads on a follower take about twice as long as on the leader … a third of the reads on
    // the leader, the average sits below the median": the sampled journeys, by member. (A learner
    // walk found the average, 133 ms, below the p50, 160 ms, with nothing on screen saying why.)
    const x = r('cross-region');
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const onLeader = x.journeys.filter((j) => j.member === x.leader);
    const onFollower = x.journeys.filter((j) => j.member !== x.leader);
    const latency = (js: typeof onLeader) => mean(js.map((j) => j.doneMs - j.issuedMs));
    expect(latency(onFollower) / latency(onLeader)).toBeGreaterThan(1.8);
    expect(latency(onFollower) / latency(onLeader)).toBeLessThan(2.2);
    expect(onLeader.length / x.journeys.length).toBeGreaterThan(0.28);
    expect(onLeader.length / x.journeys.length).toBeLessThan(0.39);
    const p50 = x.summary.percentiles.find((p) => p.p === 50)!.sec;
    expect(x.summary.averageSec).toBeLessThan(0.9 * p50);
    expect(r('authenticate-3.4.8').summary.rps).toBeGreaterThan(10);
    expect(r('authenticate-3.4.8').summary.rps).toBeLessThan(14);
    expect(ratio('authenticate-3.4.9', 'authenticate-3.4.8')).toBeGreaterThan(13);
    expect(ratio('authenticate-3.4.9', 'authenticate-3.4.8')).toBeLessThan(19);
    expect(stageMs('cross-region', 'readIndex')).toBeGreaterThan(100);
    // …and no more than the loop allows: a read waits for the round in flight, then its own, so
    // at most two rounds of its member (40 ms on the leader, 80 on a follower), weighed by the
    // reads each member served. (A fixed 130 ms stood here; the closed loop's 100 clients fall
    // into step at 132.6 ms since a busy member's hops skip their wake-up, wakeUps.ts.)
    const ri = r('cross-region').readIndex;
    const reads = ri.reduce((n, x) => n + x.rounds * x.meanBatch, 0);
    const twoRounds = ri.reduce((n, x) => n + x.rounds * x.meanBatch * 2 * x.meanRoundMs, 0);
    expect(stageMs('cross-region', 'readIndex')).toBeLessThanOrEqual(twoRounds / reads);
  });
});
