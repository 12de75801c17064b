import { describe, expect, test } from 'vitest';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import { sameFiguresNotes } from '../../../../src/lib/compare/sameFigures.ts';
import { translate } from '../../../../src/lib/i18n/i18n.svelte.ts';
import { fixtureResult } from '../fixtureResult.ts';

// fixtureResult's figures depend only on the read mode and the total, so B's equal A's here
// whatever else B changes: the note's condition is the figures, its reason the change.
const shared = scenarioOnProfile('loopback-2vcpu', { readMode: 'serializable' });

describe('when B comes out exactly like A', () => {
  test('the comparison says B ran, and why on a shared host with serializable reads', () => {
    const a = fixtureResult(shared);
    for (const change of [{ members: 5 }, { endpoints: 1 }, { members: 5, endpoints: 5 }]) {
      expect(sameFiguresNotes(a, fixtureResult({ ...shared, ...change }))).toEqual([
        'compare.sameFigures',
        'compare.sameFigures.sharedHost',
      ]);
    }
  });

  test('the shared-host reason only for that reason', () => {
    const a = fixtureResult(shared);
    // Equal figures from another change: B ran, but the shared machine is not why.
    expect(sameFiguresNotes(a, fixtureResult({ ...shared, seed: 2 }))).toEqual([
      'compare.sameFigures',
    ]);
    const separate = { ...shared, sharedHost: false };
    expect(
      sameFiguresNotes(fixtureResult(separate), fixtureResult({ ...separate, members: 5 })),
    ).toEqual(['compare.sameFigures']);
  });

  test('nothing when any figure differs, when none is a number, or when B is a copy of A', () => {
    const a = fixtureResult(shared);
    const faster = fixtureResult({ ...shared, members: 5 });
    faster.summary = { ...faster.summary, rps: faster.summary.rps + 1 };
    expect(sameFiguresNotes(a, faster)).toEqual([]);
    const slower = fixtureResult({ ...shared, members: 5 });
    slower.summary = { ...slower.summary, slowestSec: slower.summary.slowestSec * 1.001 };
    expect(sameFiguresNotes(a, slower)).toEqual([]);
    const none = (r: typeof a): typeof a => ({ ...r, summary: { ...r.summary, succeeded: 0 } });
    expect(sameFiguresNotes(none(a), none(fixtureResult({ ...shared, members: 5 })))).toEqual([]);
    expect(sameFiguresNotes(a, fixtureResult(shared))).toEqual([]);
  });

  test('both languages say it', () => {
    expect(translate('en', 'compare.sameFigures')).toContain('B ran too');
    expect(translate('zh', 'compare.sameFigures')).toContain('B 也运行了');
    expect(translate('zh', 'compare.sameFigures.sharedHost')).toContain('串行读');
  });
});
