import { describe, expect, test } from 'vitest';
import {
  badgeShare,
  bottleneckResource,
  stagesOfResource,
} from '../../../src/lib/animation/bottleneckStages.ts';
import { limiterNote } from '../../../src/lib/limiterNote.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { percent } from '../../../src/lib/format.ts';
import { resourceStat } from '../resourceStat.ts';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import { fixtureResult } from './fixture.ts';

const stat = resourceStat;

describe('marking the bottleneck in the chain', () => {
  test('the bottleneck is the resource the result names', () => {
    expect(bottleneckResource(fixtureResult())?.id).toEqual(memberResource(0, 'cpu'));
  });

  test('no resource named, or one the list lacks, marks nothing', () => {
    const none = fixtureResult();
    none.bottleneck = { ...none.bottleneck, resource: null };
    expect(bottleneckResource(none)).toBeNull();
    const missing = fixtureResult();
    missing.bottleneck = { ...missing.bottleneck, resource: memberResource(5, 'disk') };
    expect(bottleneckResource(missing)).toBeNull();
  });

  test('a lock marks the stages the model says take it, a NIC the row its direction serves', () => {
    expect(stagesOfResource(stat(memberResource(1, 'lock.batchTx')))).toContain('rbac');
    expect(stagesOfResource(stat(memberResource(0, 'lock.treeIndex')))).toEqual(['treeIndex']);
    expect(stagesOfResource(stat(clientResource('nic.rx')))).toEqual(['response']);
    expect(stagesOfResource(stat(memberResource(1, 'nic.rx')))).toEqual(['network']);
    expect(stagesOfResource(stat(memberResource(2, 'raftLoop')))).toEqual(['readIndex']);
    expect(stagesOfResource(stat(clientResource('benchLoop')))).toEqual(['client']);
  });

  test('a member CPU marks only its member, since every stage uses it', () => {
    expect(stagesOfResource(stat(memberResource(0, 'cpu')))).toEqual([]);
  });
});

describe('the bottleneck badge', () => {
  test('prints the share the note under the chain gives, not the total with background work', () => {
    // A run with writes: the requests keep the leader's CPU busy 79.1 % of what the writes leave;
    // all work counted it is busy 80.5 %.
    const r = fixtureResult();
    const cpu = memberResource(0, 'cpu');
    r.resources = r.resources.map((s) =>
      s.id.host === cpu.host && s.id.kind === 'cpu' && s.id.name === cpu.name
        ? { ...s, utilisation: 0.805, backgroundUtilisation: 0.018, readUtilisation: 0.791 }
        : s,
    );
    r.bottleneck = {
      ...r.bottleneck,
      utilisation: 0.791,
      limiter: { ...r.bottleneck.limiter, readUtilisation: 0.791 } as typeof r.bottleneck.limiter,
    };
    for (const lang of ['en', 'zh'] as const) {
      const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
        translate(lang, k, p);
      const stat = bottleneckResource(r);
      if (stat === null) throw new Error('the fixture names no bottleneck resource');
      const shown = percent(badgeShare(stat), lang);
      expect(limiterNote(t, lang, r)).toContain(shown);
    }
  });
});
