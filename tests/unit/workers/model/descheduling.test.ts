/**
 * Threads held off a shared host's cores (descheduling.ts, issue 11: tails): on a shared host at
 * concurrency a share of requests waits to be scheduled, which widens the tail while the cores
 * stay busy; a machine of its own, and one client that never finds the cores busy, are untouched.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../../../workers/model/simulate.ts';
import { COSTS } from '../../../../workers/model/costs.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import type { SimResult } from '../../../../workers/contract/result.ts';
import { p } from './helpers.ts';

/** The cost table without the mechanism: every thread runs as soon as a core is free for it. */
const NEVER_HELD = { ...COSTS, deschedShare: 0 };

const tail = (r: SimResult): number => p(r, 99) / (r.summary.averageSec * 1000);

/** What a run's printed report depends on: the summary, the stages and the resources. */
const printed = (r: SimResult) => ({ s: r.summary, st: r.stages, res: r.resources });

describe('threads held off a shared host’s cores', () => {
  test('a machine of its own never holds a thread back: same run with or without (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          clients: fc.integer({ min: 1, max: 300 }),
          readMode: fc.constantFrom('linearizable' as const, 'serializable' as const),
          writeQps: fc.constantFrom(0, 2000),
          seed: fc.integer({ min: 0, max: 1000 }),
        }),
        async (o) => {
          const s = scenarioOnProfile('article-3x8c', { ...o, conns: 50, total: 1500 });
          const a = await simulate(s, { journeys: 0 });
          const b = await simulate(s, { journeys: 0, costs: NEVER_HELD });
          expect(printed(a)).toEqual(printed(b));
        },
      ),
      { numRuns: 12, seed: 5 },
    );
  }, 60_000);

  test('one client on the shared host never finds the cores busy with others’ work: same run', async () => {
    for (const readMode of ['serializable', 'linearizable'] as const) {
      const s = scenarioOnProfile('loopback-2vcpu', {
        clients: 1,
        conns: 1,
        endpoints: 1,
        readMode,
        total: 3000,
      });
      const a = await simulate(s, { journeys: 0 });
      const b = await simulate(s, { journeys: 0, costs: NEVER_HELD });
      expect(printed(a)).toEqual(printed(b));
    }
  });

  test('at 100 clients the tail widens as the loopback cluster’s does, and the cores stay busy', async () => {
    const s: Scenario = scenarioOnProfile('loopback-2vcpu', {
      clients: 100,
      conns: 100,
      endpoints: 1,
      readMode: 'serializable',
      // Long enough that the last requests' drain is a small part: held ÷ first come, first
      // served was 0.947 at 20,000 requests, 0.961 at 40,000, 0.965 at 80,000.
      total: 40_000,
    });
    const held = await simulate(s, { journeys: 0 });
    const fifo = await simulate(s, { journeys: 0, costs: NEVER_HELD });
    // First come, first served on the shared cores: every request waits for about the same work.
    expect(tail(fifo)).toBeLessThan(1.3);
    // Measured on the real cluster: 4.06 (table A); the calibration row holds it within 1.5×.
    expect(tail(held)).toBeGreaterThan(2.7);
    // The wait holds no core: throughput within 5 % (the run's last requests drain slower).
    expect(held.summary.rps / fifo.summary.rps).toBeGreaterThan(0.95);
    expect(held.summary.rps / fifo.summary.rps).toBeLessThanOrEqual(1);
  }, 60_000);
});
