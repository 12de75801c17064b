import { describe, expect, test } from 'vitest';
import {
  bottleneckResource,
  stagesOfResource,
} from '../../../src/lib/animation/bottleneckStages.ts';
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
