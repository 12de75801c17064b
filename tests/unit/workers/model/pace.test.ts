/**
 * The run's pace (result.pace): tenths by finished requests that add up to the summary, and the
 * sentence about them (contract/pace.ts) held against what the model does — including the claim
 * that later requests cost the leader's CPU less when requests share connections.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createRun, finished, simulate } from '../../../../workers/model/simulate.ts';
import { partRps, paceChange, paceKind } from '../../../../workers/contract/pace.ts';
import type { Pace } from '../../../../workers/contract/result.ts';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import { ARTICLE_FIGURES } from '../../../../workers/contract/calibration.ts';
import { formatBottleneck } from '../../../../report/bottleneck.ts';
import { scenario } from './helpers.ts';

const FIGURE = ARTICLE_FIGURES.find((f) => f.id === 'linearizable-1000c')!;

/** The lecture's linearizable 1,000 clients over 100 connections (the lab's default). */
function lecture(total: number, patch: Record<string, unknown> = {}) {
  return scenarioOnProfile(FIGURE.profile, { ...FIGURE.scenario, total, ...patch });
}

describe('the pace of a run', () => {
  test('parts add up to the summary: min(10, total) of them, in time order, the last at the end of the run', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Small runs of every read path, with and without writes, logins and failing requests.
        fc.record({
          total: fc.integer({ min: 1, max: 400 }),
          clients: fc.integer({ min: 1, max: 40 }),
          conns: fc.integer({ min: 1, max: 40 }),
          readMode: fc.constantFrom('linearizable', 'serializable'),
          auth: fc.constantFrom('none', 'password-token-reused', 'jwt', 'client-cert'),
          writeQps: fc.constantFrom(0, 2000),
          learner: fc.boolean(),
          seed: fc.integer({ min: 1, max: 1000 }),
        }),
        async (s) => {
          const r = await simulate(
            scenario({ ...s, conns: Math.min(s.conns, s.clients), endpoints: s.learner ? 4 : 3 }),
          );
          const parts = r.pace.parts;
          expect(parts).toHaveLength(Math.min(10, s.total));
          let before = { endMs: r.pace.fromMs, finished: 0, succeeded: 0 };
          const share = s.total / parts.length;
          for (const p of parts) {
            // Parts as nearly equal as can be: each ⌊total ÷ parts⌋ or ⌈total ÷ parts⌉ requests.
            expect(p.finished - before.finished).toBeGreaterThanOrEqual(Math.floor(share));
            expect(p.finished - before.finished).toBeLessThanOrEqual(Math.ceil(share));
            expect(p.endMs).toBeGreaterThanOrEqual(before.endMs);
            expect(p.finished).toBeGreaterThan(before.finished);
            expect(p.succeeded).toBeGreaterThanOrEqual(before.succeeded);
            expect(p.succeeded - before.succeeded).toBeLessThanOrEqual(
              p.finished - before.finished,
            );
            before = p;
          }
          const last = parts[parts.length - 1];
          expect(last.finished).toBe(r.summary.succeeded + r.summary.failed);
          expect(last.succeeded).toBe(r.summary.succeeded);
          expect(last.endMs).toBe(r.simulatedMs);
          expect((last.endMs - r.pace.fromMs) / 1000).toBeCloseTo(r.summary.totalSec, 9);
        },
      ),
      { numRuns: 15, seed: 3 },
    );
  });
});

/** A pace of ten equal parts of `size` requests, part i taking `ms[i]` ms, all succeeded. */
function paceOf(size: number, ms: number[]): Pace {
  let end = 0;
  return {
    fromMs: 0,
    parts: ms.map((m, i) => {
      end += m;
      return { endMs: end, finished: size * (i + 1), succeeded: size * (i + 1) };
    }),
  };
}

describe('what is said of the pace', () => {
  test('the first tenth against the ninth, never the tenth: the drain at the end is left out', () => {
    // 1,000 requests a part: 1,000/s at first, 2,000/s in the ninth, a fast drain in the tenth.
    const p = paceChange(paceOf(1000, [1000, 600, 600, 600, 600, 600, 600, 600, 500, 100]), 10);
    expect(p).not.toBeNull();
    expect(p?.firstRps).toBe(1000);
    expect(p?.laterRps).toBe(2000);
    expect(p?.change).toBe(1);
  });

  test('nothing is said below a tenth of change, of parts under 1,000 requests or under one per client', () => {
    const even = Array.from({ length: 10 }, () => 100);
    expect(paceChange(paceOf(1000, even), 10)).toBeNull();
    const rising = [120, 100, 100, 100, 100, 100, 100, 100, 100, 100];
    expect(paceChange(paceOf(1000, rising), 10)?.change).toBeCloseTo(0.2, 12);
    expect(paceChange(paceOf(999, rising), 10)).toBeNull();
    // Parts of 2,000 requests and 2,001 clients: the drain could reach into the ninth part.
    expect(paceChange(paceOf(2000, rising), 2001)).toBeNull();
    expect(paceChange(paceOf(2000, rising), 2000)).not.toBeNull();
  });

  test('a part that took no time has no rate', () => {
    expect(partRps(paceOf(100, [0, 5]), 0)).toBeNull();
    expect(partRps(paceOf(100, [0, 5]), 1)).toBe(20_000);
  });

  test('rising with shared connections, rising without, falling', () => {
    const up = { firstRps: 1, laterRps: 2, change: 1 };
    expect(paceKind(up, { clients: 1000, conns: 100 })).toBe('risingShared');
    expect(paceKind(up, { clients: 100, conns: 100 })).toBe('rising');
    expect(paceKind({ ...up, laterRps: 0.5, change: -0.5 }, { clients: 1, conns: 1 })).toBe(
      'falling',
    );
  });
});

describe('the warm-up of the lecture’s run, as the sentence says it', () => {
  /** The leader's CPU ms per finished request over each tenth of a run (busy includes background). */
  function leaderCpuPerTenth(total: number, patch: Record<string, unknown> = {}): number[] {
    const w = createRun(lecture(total, patch), { journeys: 0 });
    const cpu = w.members[w.leader].cpu;
    const out: number[] = [];
    let mark = total / 10;
    let busyBefore = 0;
    while (!finished(w) && w.engine.step()) {
      if (w.completed + w.failed >= mark) {
        out.push((cpu.busy - busyBefore) / (total / 10));
        busyBefore = cpu.busy;
        mark += total / 10;
      }
    }
    return out;
  }

  test('on 100 connections the ninth tenth runs faster than the first and above the whole-run bound, each read costing the leader less CPU', async () => {
    const r = await simulate(lecture(100_000));
    const p = paceChange(r.pace, 1000);
    expect(p).not.toBeNull();
    expect(paceKind(p!, r.scenario)).toBe('risingShared');
    // Measured: 163,661/s in the first tenth, 201,462/s in the ninth; the run’s 192,599/s and
    // its leader-CPU bound of 194,799/s are averages over both.
    expect(p!.firstRps).toBeGreaterThan(150_000);
    expect(p!.firstRps).toBeLessThan(175_000);
    expect(p!.laterRps).toBeGreaterThan(r.bottleneck.tightestBoundRps);
    expect(p!.laterRps).toBeGreaterThan(r.summary.rps);
    const cpu = leaderCpuPerTenth(100_000);
    expect(cpu[8]).toBeLessThan(cpu[0] * 0.9);
  });

  test('more requests of the same experiment average more of the later rate', async () => {
    const short = await simulate(lecture(100_000));
    const long = await simulate(lecture(300_000));
    const later = paceChange(short.pace, 1000)!.laterRps;
    expect(long.summary.rps).toBeGreaterThan(short.summary.rps);
    expect(Math.abs(long.summary.rps - later)).toBeLessThan(Math.abs(short.summary.rps - later));
  });

  test('with a connection per client nothing is shared and the run hardly warms up: nothing is said', async () => {
    const r = await simulate(lecture(100_000, { conns: 1000 }));
    expect(paceChange(r.pace, 1000)).toBeNull();
    // Measured: the first tenth within a tenth of the ninth.
    const first = partRps(r.pace, 0)!;
    const ninth = partRps(r.pace, 8)!;
    expect(Math.abs(ninth / first - 1)).toBeLessThan(0.1);
  });

  test('the command line says it after the bounds, and nothing of a run as even as one client’s', async () => {
    const r = await simulate(lecture(100_000));
    expect(formatBottleneck(r)).toMatch(
      /measured X = 192,599 req\/s\.\nThroughput rose during the run: 163,661 req\/s over the first tenth of the requests, 201,462 req\/s over the ninth .*share a connection share more of its reads and writes.*\n$/,
    );
    const one = await simulate(lecture(20_000, { clients: 1, conns: 1 }));
    // Measured: its first and ninth tenth within a tenth of each other, so nothing is said.
    expect(paceChange(one.pace, 1)).toBeNull();
    expect(partRps(one.pace, 0)).toBeGreaterThan(0);
    expect(formatBottleneck(one)).not.toContain('Throughput');
  });
});
