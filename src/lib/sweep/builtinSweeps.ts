/**
 * Sweeps that answer the lecture (docs/design/ARTICLE.md), each on the article's hardware and its
 * 1,000-client benchmark, for both read modes: the lost table of read QPS against write load
 * (§5), value size from 256 B to etcd's 1.5 MiB limit (§3), clients from 1 to 2,000 (ReadIndex
 * batching narrows the gap between the modes), the cluster size, and the members' round trip (§4).
 * Runs are 100,000 requests (20,000 for large values, where each request moves up to 1.5 MiB and
 * the article itself ran 10,000).
 */
import { ARTICLE_FIGURES } from '../../../workers/contract/calibration.ts';
import { MAX_REQUEST_BYTES } from '../../../workers/contract/params.ts';
import { scenarioOnProfile, type Scenario } from '../../../workers/contract/scenario.ts';
import type { SweepSpec } from '../../../workers/contract/sweep.ts';

export const BUILTIN_SWEEP_IDS = [
  'writeLoad',
  'valueSize',
  'clients',
  'members',
  'peerRtt',
] as const;
export type BuiltinSweepId = (typeof BUILTIN_SWEEP_IDS)[number];

export interface BuiltinSweep {
  id: BuiltinSweepId;
  /** The experiment swept; loaded as the main experiment when the sweep starts. */
  base: Scenario;
  spec: SweepSpec;
}

/** The article's linearizable 1,000-client run (ARTICLE_FIGURES), cut to `total` requests. */
function articleRun(total: number): Scenario {
  const figure = ARTICLE_FIGURES.find((f) => f.id === 'linearizable-1000c');
  if (figure === undefined) throw new Error('calibration.ts has no linearizable-1000c figure');
  return scenarioOnProfile(figure.profile, { ...figure.scenario, total });
}

const RUN = 100_000;

export const BUILTIN_SWEEPS: readonly BuiltinSweep[] = [
  {
    id: 'writeLoad',
    base: articleRun(RUN),
    spec: {
      param: 'writeQps',
      from: 0,
      to: 20_000,
      points: 9,
      spacing: 'linear',
      series: 'readModes',
    },
  },
  {
    id: 'valueSize',
    base: articleRun(20_000),
    spec: {
      param: 'valueBytes',
      from: 256,
      to: MAX_REQUEST_BYTES,
      points: 10,
      spacing: 'log',
      series: 'readModes',
    },
  },
  {
    id: 'clients',
    base: articleRun(RUN),
    spec: { param: 'clients', from: 1, to: 2_000, points: 12, spacing: 'log', series: 'readModes' },
  },
  {
    id: 'members',
    base: articleRun(RUN),
    spec: { param: 'members', from: 1, to: 7, points: 4, spacing: 'linear', series: 'readModes' },
  },
  {
    id: 'peerRtt',
    base: articleRun(RUN),
    spec: {
      param: 'peerRttMs',
      from: 0.1,
      to: 50,
      points: 10,
      spacing: 'log',
      series: 'readModes',
    },
  },
];
