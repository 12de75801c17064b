/**
 * Small but varied scenarios for property tests of the model: every mode and version, a few
 * members, light totals so a run takes milliseconds; machines, links, disks, write load and the
 * --rate cap drawn from wide ranges so saturation can land on any resource.
 */
import fc from 'fast-check';
import { maybeScenario } from '../../../../workers/contract/validate.ts';
import {
  AUTH_MODES,
  ETCD_VERSIONS,
  LB_POLICIES,
  RANGE_RESULTS,
  READ_MODES,
} from '../../../../workers/contract/params.ts';
import { PROFILE_NAMES } from '../../../../workers/contract/profiles.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';

export function smallScenarios(maxTotal = 150): fc.Arbitrary<Scenario> {
  return fc
    .record({
      profile: fc.constantFrom(...PROFILE_NAMES),
      clients: fc.integer({ min: 1, max: 40 }),
      conns: fc.integer({ min: 1, max: 10 }),
      members: fc.constantFrom(1, 3, 5),
      learner: fc.boolean(),
      lb: fc.constantFrom(...LB_POLICIES),
      auth: fc.constantFrom(...AUTH_MODES),
      etcdVersion: fc.constantFrom(...ETCD_VERSIONS),
      readMode: fc.constantFrom(...READ_MODES),
      rangeResult: fc.constantFrom(...RANGE_RESULTS),
      sharedHost: fc.boolean(),
      request: fc.constantFrom('range' as const, 'range' as const, 'authenticate' as const),
      bcryptCost: fc.integer({ min: 4, max: 6 }),
      valueBytes: fc.integer({ min: 1, max: 20_000 }),
      totalKeys: fc.integer({ min: 1, max: 100_000 }),
      writeQps: fc.constantFrom(0, 0, 500, 3000),
      compactionMs: fc.constantFrom(0, 0, 20),
      peerRttMs: fc.double({ min: 0.05, max: 20, noNaN: true }),
      fsyncMs: fc.double({ min: 0.1, max: 15, noNaN: true }),
      serverCores: fc.constantFrom(1, 2, 8),
      cpuSpeed: fc.constantFrom(0.1, 0.5, 1, 2),
      nicGbps: fc.constantFrom(0.1, 1, 10),
      rate: fc.constantFrom(0, 0, 0, 50, 2000),
      total: fc.integer({ min: 1, max: maxTotal }),
      seed: fc.integer({ min: 0, max: 1000 }),
    })
    .map((r) => {
      const s = scenarioOnProfile(r.profile, { ...r, members: r.members });
      s.endpoints = 1 + (r.seed % (s.members + (s.learner ? 1 : 0)));
      s.keysPerRange = 1 + (r.seed % Math.min(50, s.totalKeys));
      return maybeScenario(s);
    });
}
