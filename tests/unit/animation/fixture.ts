/**
 * A hand-built SimResult for developing and testing the chain before the model lands: three
 * members and a learner, linearizable reads (so reads sent to the learner fail), no auth.
 * Journeys come from a seeded generator; occupancy is derived from the journeys and scaled by the
 * sampling ratio, the way the model reports it. The numbers are plausible, not calibrated.
 */
import { resourceStat } from '../resourceStat.ts';
import { resourceBottleneck, stageRow } from '../bottleneckFixture.ts';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import type {
  Journey,
  JourneyStage,
  Occupancy,
  SimResult,
  Span,
} from '../../../workers/contract/result.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';
import { STAGES, type StageId } from '../../../workers/contract/stages.ts';

/** Park–Miller LCG: same seed, same fixture. */
function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

type Durations = Partial<
  Record<StageId, [queueMs: number, serviceMs: number, lockMs?: number, flightMs?: number]>
>;

/**
 * A journey from per-stage durations (queue, service, and optionally lock and flight); stages not
 * given are not on its path.
 */
export function journeyFrom(
  id: number,
  issuedMs: number,
  durations: Durations,
  extra: Partial<Pick<Journey, 'client' | 'member' | 'error'>> = {},
): Journey {
  let t = issuedMs;
  const stages = STAGES.map(({ id: stage }): JourneyStage => {
    const given = durations[stage];
    const [queue, service, lock, flight] = given ?? [0, 0, 0, 0];
    const enterMs = t;
    const endMs = enterMs + (lock ?? 0) + queue + (flight ?? 0) + service;
    t = endMs;
    // Spans in the order lock, queue, (flight), service.
    const locked = enterMs + (lock ?? 0);
    const moving = locked + queue;
    const spans: Span[] = [
      { kind: 'lock' as const, fromMs: enterMs, toMs: locked },
      { kind: 'queue' as const, fromMs: locked, toMs: moving },
      { kind: 'service' as const, fromMs: endMs - service, toMs: endMs },
    ].filter((x) => x.toMs > x.fromMs);
    return {
      ...{ id: stage, visited: given !== undefined, enterMs, endMs },
      ...{ lock: lock ?? 0, queue, flight: flight ?? 0, service, spans },
    };
  });
  return {
    id,
    client: extra.client ?? 0,
    member: extra.member ?? 0,
    issuedMs,
    doneMs: t,
    ...extra,
    stages,
  };
}

const SAMPLED_ONE_IN = 25;

function occupancyOf(
  journeys: Journey[],
  fromMs: number,
  toMs: number,
  bucketMs: number,
): Occupancy {
  const buckets = Math.ceil((toMs - fromMs) / bucketMs);
  const zeros = () => STAGES.map(() => new Array<number>(buckets).fill(0));
  const lock = zeros();
  const queued = zeros();
  const flight = zeros();
  const serving = zeros();
  const add = (rows: number[][], s: number, a: number, b: number) => {
    for (let k = Math.max(0, Math.floor((a - fromMs) / bucketMs)); k < buckets; k++) {
      const lo = fromMs + k * bucketMs;
      if (lo >= b) break;
      const overlap = Math.min(b, lo + bucketMs) - Math.max(a, lo);
      if (overlap > 0) rows[s][k] += (overlap / bucketMs) * SAMPLED_ONE_IN;
    }
  };
  for (const j of journeys) {
    j.stages.forEach((st, s) => {
      const a = st.enterMs + st.lock;
      const b = a + st.queue;
      const c = b + st.flight;
      add(lock, s, st.enterMs, a);
      add(queued, s, a, b);
      add(flight, s, b, c);
      add(serving, s, c, st.endMs);
    });
  }
  return { fromMs, bucketMs, lock, queued, flight, serving };
}

export function fixtureResult(count = 240, seed = 7): SimResult {
  const rnd = lcg(seed);
  const scenario = { ...defaultScenario(), learner: true, endpoints: 4 };
  const lanes = scenario.members + 1;
  const journeys: Journey[] = [];
  for (let id = 0; id < count; id++) {
    const client = Math.floor(rnd() * scenario.clients);
    const member = (client % scenario.conns) % lanes;
    const issuedMs = rnd() * 40;
    const follower = member > 0;
    if (member === scenario.members) {
      // Linearizable reads on a learner fail once the member sees them.
      journeys.push(
        journeyFrom(
          id,
          issuedMs,
          { client: [rnd() * 0.8, 0.03], network: [0, 0.075], response: [0, 0.08] },
          { client, member, error: 'etcdserver: rpc not supported for learner' },
        ),
      );
      continue;
    }
    journeys.push(
      journeyFrom(
        id,
        issuedMs,
        {
          client: [rnd() * rnd() * 2.5, 0.03],
          network: [0, 0.075],
          readIndex: [rnd() * 0.6, follower ? 0.45 : 0.25],
          applyWait: [0, rnd() < 0.2 ? rnd() * 0.4 : 0],
          treeIndex: [rnd() * 0.05, 0.004],
          boltdb: [0, 0.012],
          response: [rnd() * rnd() * 3, 0.09],
        },
        { client, member },
      ),
    );
  }
  const doneMs = Math.max(...journeys.map((j) => j.doneMs));
  const latencies = journeys.map((j) => j.doneMs - j.issuedMs).sort((a, b) => a - b);
  const sec = (ms: number) => ms / 1000;
  const mean = latencies.reduce((a, b) => a + b, 0) / latencies.length;
  return {
    scenario,
    summary: {
      totalSec: 0.52,
      slowestSec: sec(latencies[latencies.length - 1]),
      fastestSec: sec(latencies[0]),
      averageSec: sec(mean),
      stddevSec: 0.0011,
      rps: 190_000,
      succeeded: 100_000,
      failed: 0,
      histogram: [],
      percentiles: [],
      errors: [],
    },
    stages: STAGES.map(({ id, step }, s) =>
      stageRow(id, step, journeys.some((j) => j.stages[s].visited) ? 100_000 : 0, {
        queue: 0.1,
        service: 0.05,
      }),
    ),
    resources: [
      resourceStat(memberResource(0, 'cpu'), { utilisation: 0.93, demandMs: 0.039, servers: 8 }),
      resourceStat(clientResource('cpu'), { utilisation: 0.61, demandMs: 0.05, servers: 16 }),
      resourceStat(memberResource(1, 'lock.batchTx'), {
        utilisation: 0.12,
        demandMs: 0.001,
        servers: 1,
      }),
    ],
    bottleneck: resourceBottleneck(memberResource(0, 'cpu'), 0.93, 205_000, 400_000),
    readIndex: [],
    staleness: {
      reads: 0,
      staleReads: 0,
      meanEntries: 0,
      maxEntries: 0,
      meanMs: 0,
      maxMs: 0,
      linearizableViolations: 0,
    },
    slow: { over100ms: 0, over300ms: 0 },
    latencyHistogram: { edgesMs: [], counts: [] },
    journeys,
    occupancy: occupancyOf(journeys, 0, doneMs, 0.5),
    pace: {
      fromMs: 0,
      parts: [{ endMs: doneMs, finished: journeys.length, succeeded: journeys.length }],
    },
    writes: {
      ...{ sent: 0, refused: 0, dropped: 0, proposed: 0, committed: 0, applied: 0, answered: 0 },
      meanCommitMs: 0,
    },
    simulatedMs: doneMs,
    leader: 0,
    events: 1_000_000,
  };
}
