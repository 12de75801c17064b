/**
 * Every valid input finishes within its budget or is refused with a message that says what to
 * change; cancellation gets in within a bounded number of events; an overloaded write path is a
 * result (refusals, drops), not a run that never ends.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PARAMS, type ParamName } from '../../../../workers/contract/params.ts';
import { PROFILE_NAMES } from '../../../../workers/contract/profiles.ts';
import { clampScenario } from '../../../../workers/contract/validate.ts';
import type { Scenario } from '../../../../workers/contract/scenario.ts';
import { BudgetError, estimateBudget } from '../../../../workers/model/budget.ts';
import { COSTS } from '../../../../workers/model/costs.ts';
import { EV_BACKEND_TICK } from '../../../../workers/model/events.ts';
import { CancelledError, EVENTS_PER_SLICE, simulate } from '../../../../workers/model/simulate.ts';
import { scenario } from './helpers.ts';

/** Any value a parameter allows, log-uniform over ranges that span orders of magnitude. */
function anyValue(name: ParamName): fc.Arbitrary<unknown> {
  const spec = PARAMS[name];
  switch (spec.kind) {
    case 'choice':
      return fc.constantFrom(...(spec.choices as readonly unknown[]));
    case 'bool':
      return fc.boolean();
    case 'int':
    case 'number': {
      const lo = spec.min;
      const hi = spec.max;
      const spread =
        lo > 0 && hi / lo > 100
          ? fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(Math.exp)
          : lo === 0 && hi > 100
            ? fc.oneof(
                fc.constant(0),
                fc.double({ min: 0, max: Math.log(hi), noNaN: true }).map(Math.exp),
              )
            : fc.double({ min: lo, max: hi, noNaN: true });
      return spread.map((v) => Math.min(hi, Math.max(lo, spec.kind === 'int' ? Math.round(v) : v)));
    }
  }
}

/** Scenarios from the whole valid space (extremes included), with a small total. */
const anyScenario: fc.Arbitrary<Scenario> = fc
  .record({
    ...Object.fromEntries((Object.keys(PARAMS) as ParamName[]).map((n) => [n, anyValue(n)])),
    profile: fc.constantFrom(...PROFILE_NAMES),
  })
  .map(
    (input: Record<string, unknown>) =>
      clampScenario({ ...input, total: 1 + (Number(input.total) % 200) }).scenario,
  );

function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) for (const v of value) numbers(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) numbers(v, out);
  return out;
}

describe('the run budget', () => {
  test('any valid scenario finishes within its budget with no NaN, or is refused saying what to change', async () => {
    const maxEvents = 2_000_000;
    await fc.assert(
      fc.asyncProperty(anyScenario, async (s) => {
        try {
          const r = await simulate(s, { maxEvents, journeys: 5 });
          expect(r.events).toBeLessThanOrEqual(maxEvents + EVENTS_PER_SLICE);
          for (const v of numbers(r)) expect(Number.isNaN(v)).toBe(false);
          // The estimate is a lower bound on the simulated time the run really took.
          expect(estimateBudget(s, COSTS).simulatedMs).toBeLessThanOrEqual(
            r.simulatedMs * 1.000001 + 1e-9,
          );
        } catch (e) {
          expect(e).toBeInstanceOf(BudgetError);
          expect((e as Error).message).toMatch(/^run too large: .*(Lower|raise) --/);
        }
      }),
      { numRuns: 30, seed: 42 },
    );
  }, 180_000);

  test('the lecture-sized runs fit the budget; the reported giants are refused before they start', () => {
    const fits = estimateBudget(scenario({ total: 5_000_000 }), COSTS);
    expect(fits.over).toBeNull();
    const giant = estimateBudget(
      scenario({
        clients: 10_000,
        conns: 1000,
        total: 5_000_000,
        valueBytes: 1_572_864,
        totalKeys: 10_000_000,
        keysPerRange: 1_000_000,
        writeQps: 50_000,
        writeValueBytes: 1_572_864,
        members: 7,
      }),
      COSTS,
    );
    expect(giant.over).toBe('writes');
    expect(estimateBudget(scenario({ rate: 1, writeQps: 50_000 }), COSTS)).toMatchObject({
      over: 'writes',
      timeLimitedBy: 'rate',
    });
  });
});

describe('cancellation', () => {
  test('a cancel gets in within one slice of events, whether or not requests finish', async () => {
    await fc.assert(
      fc.asyncProperty(anyScenario, async (input) => {
        // The largest total, and no budget: only the cancel can end these runs early.
        const s = { ...input, total: 5_000_000 };
        let events = 0;
        let asked = 0;
        await expect(
          simulate(s, {
            isCancelled: () => ++asked > 0,
            trace: () => void events++,
            journeys: 0,
            maxEvents: Infinity,
          }),
        ).rejects.toBeInstanceOf(CancelledError);
        expect(asked).toBe(1);
        expect(events).toBeLessThanOrEqual(EVENTS_PER_SLICE);
      }),
      { numRuns: 10, seed: 9 },
    );
  }, 120_000);
});

describe('an overloaded write path', () => {
  test('backend commits follow one another: the timer restarts after each commit, as etcd does', async () => {
    const ticks: number[] = [];
    const r = await simulate(
      scenario({ writeQps: 1000, fsyncMs: 150, rate: 1000, total: 5000, members: 1, endpoints: 1 }),
      { trace: (t, kind) => void (kind === EV_BACKEND_TICK && ticks.push(t)) },
    );
    // Each tick comes at least an interval after the previous one: never two commits at once.
    for (let i = 1; i < ticks.length; i++)
      expect(ticks[i] - ticks[i - 1]).toBeGreaterThanOrEqual(100);
    // With a 150 ms db fsync every tick that commits is 250 ms after the one before.
    expect(ticks.some((t, i) => i > 0 && t - ticks[i - 1] >= 250)).toBe(true);
    // Reads wait for commits, but not for hours (the piled-up timer gave 1,052 s on average).
    expect(r.summary.averageSec).toBeLessThan(1);
  });

  test('puts beyond what the disk can take are refused or dropped, and the reads still finish', async () => {
    // Serializable reads do not wait for apply, so they finish while the write path drowns:
    // 5,000 puts/s of 1.5 MiB are 7.5 GB/s, beyond the disk and the NIC. The reads are paced
    // (1,000/s for 10 s) so the puts have time to pile up and the first ones to get through: the
    // raft loop's WAL fsyncs soon carry gigabytes (entries that arrive during one wait for the
    // next), and a member applies only what its own WAL holds.
    const r = await simulate(
      scenario({
        writeQps: 5000,
        writeValueBytes: 1_572_864,
        fsyncMs: 50,
        total: 10_000,
        rate: 1000,
        readMode: 'serializable',
      }),
      { journeys: 0 },
    );
    expect(r.summary.succeeded + r.summary.failed).toBe(10_000);
    expect(r.writes.refused + r.writes.dropped).toBeGreaterThan(0);
    expect(r.writes.committed).toBeGreaterThan(0);
    // A wrapped log ring showed itself as a negative commit time (−5,504 ms) before puts in flight
    // were counted against the ring.
    expect(r.writes.meanCommitMs).toBeGreaterThanOrEqual(0);
  }, 60_000);
});
