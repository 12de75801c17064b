/**
 * Presets: the article's five measurements (scenarios from calibration.ts, on their profiles)
 * and teaching starting points. Teaching presets keep `total` modest so they answer in a second
 * or two; each one isolates one lesson of the article.
 */
import { ARTICLE_FIGURES, type ArticleFigure } from '../../workers/contract/calibration.ts';
import { sameScenario, scenarioOnProfile, type Scenario } from '../../workers/contract/scenario.ts';
import type { StageId } from '../../workers/contract/stages.ts';

export const ARTICLE_PRESET_IDS = [
  'serializable-1000c',
  'linearizable-1000c',
  'large-value-1mb',
  'authenticate-3.4.8',
  'authenticate-3.4.9',
] as const;
export const TEACHING_PRESET_IDS = [
  'healthy',
  'password-per-request',
  'cross-region',
  'heavy-writes',
  'list-all-pods',
] as const;

export type PresetId = (typeof ARTICLE_PRESET_IDS)[number] | (typeof TEACHING_PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  kind: 'article' | 'teaching';
  scenario: Scenario;
  /**
   * The stage the preset's "what to notice" sentence is about (controls.preset.<id>.notice):
   * the chain outlines it once the preset is loaded.
   */
  notice: StageId;
  /** What the article measured, for article presets. */
  article?: ArticleFigure['expect'];
  /** How close calibration holds the model to it (presetGaps.ts says so when it is not). */
  tolerance?: ArticleFigure['tolerance'];
}

/** Where each preset's lesson is in the chain (tests/unit/src/presetNotice.test.ts checks it). */
const NOTICE: Record<PresetId, StageId> = {
  'serializable-1000c': 'readIndex',
  'linearizable-1000c': 'readIndex',
  'large-value-1mb': 'response',
  'authenticate-3.4.8': 'authenticate',
  'authenticate-3.4.9': 'authenticate',
  healthy: 'readIndex',
  'password-per-request': 'authenticate',
  'cross-region': 'readIndex',
  'heavy-writes': 'readIndex',
  'list-all-pods': 'response',
};

function articlePreset(id: (typeof ARTICLE_PRESET_IDS)[number]): Preset {
  const figure = ARTICLE_FIGURES.find((f) => f.id === id);
  if (!figure) throw new Error(`no article figure named ${id} in calibration.ts`);
  return {
    id,
    kind: 'article',
    scenario: scenarioOnProfile(figure.profile, figure.scenario),
    article: figure.expect,
    tolerance: figure.tolerance,
    notice: NOTICE[id],
  };
}

const TEACHING: Record<(typeof TEACHING_PRESET_IDS)[number], Scenario> = {
  // Same zone, token reused, the 3.4+ client's round-robin, a trickle of writes.
  healthy: scenarioOnProfile('article-3x8c', {
    etcdVersion: '3.5.17',
    clients: 100,
    conns: 10,
    lb: 'round-robin',
    auth: 'password-token-reused',
    writeQps: 200,
    totalKeys: 10_000,
    total: 50_000,
  }),
  // The anti-pattern of docs/design/ARTICLE.md §2: every request authenticates with bcrypt cost 10.
  'password-per-request': scenarioOnProfile('article-3x8c', {
    etcdVersion: '3.5.17',
    clients: 100,
    conns: 100,
    lb: 'round-robin',
    auth: 'password-per-request',
    total: 3_000,
  }),
  // docs/design/ARTICLE.md §4: ReadIndex pays the members' round trip; 40 ms between regions.
  'cross-region': scenarioOnProfile('cross-region', {
    clients: 100,
    conns: 10,
    lb: 'round-robin',
    total: 20_000,
  }),
  // docs/design/ARTICLE.md §5: apply wait grows with write QPS and disk latency.
  'heavy-writes': scenarioOnProfile('cloud-network-disk', {
    clients: 100,
    conns: 10,
    lb: 'round-robin',
    writeQps: 5_000,
    writeValueBytes: 1_024,
    total: 50_000,
  }),
  // docs/design/ARTICLE.md §7: an unpaginated list of every pod walks thousands of keys per request.
  'list-all-pods': scenarioOnProfile('article-3x8c', {
    etcdVersion: '3.5.17',
    clients: 10,
    conns: 10,
    keysPerRange: 5_000,
    totalKeys: 50_000,
    valueBytes: 2_048,
    total: 1_000,
  }),
};

export const PRESETS: Preset[] = [
  ...ARTICLE_PRESET_IDS.map(articlePreset),
  ...TEACHING_PRESET_IDS.map((id) => ({
    id,
    kind: 'teaching' as const,
    scenario: TEACHING[id],
    notice: NOTICE[id],
  })),
];

export function presetOf(s: Scenario): Preset | undefined {
  return PRESETS.find((p) => sameScenario(p.scenario, s));
}
