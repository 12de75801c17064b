import { describe, expect, test } from 'vitest';
import {
  bottleneckResource,
  stagesOfResource,
} from '../../../src/lib/animation/bottleneckStages.ts';
import { resourceStat } from '../resourceStat.ts';
import { fixtureResult } from './fixture.ts';

const stat = resourceStat;

describe('marking the bottleneck in the chain', () => {
  test('the bottleneck is the resource the result names', () => {
    expect(bottleneckResource(fixtureResult())?.id).toBe('member0.cpu');
  });

  test('a lock marks the stages the model says take it, a NIC the row its direction serves', () => {
    expect(stagesOfResource(stat('member1.lock.batchTx', 'lock', 1))).toContain('rbac');
    expect(stagesOfResource(stat('member0.lock.treeIndex', 'lock', 0))).toEqual(['treeIndex']);
    expect(stagesOfResource(stat('client.nic.rx', 'nic', 'client'))).toEqual(['response']);
    expect(stagesOfResource(stat('member1.nic.rx', 'nic', 1))).toEqual(['network']);
    expect(stagesOfResource(stat('member2.raftLoop', 'loop', 2))).toEqual(['readIndex']);
    expect(stagesOfResource(stat('client.benchLoop', 'loop', 'client'))).toEqual(['client']);
  });

  test('a member CPU marks only its member, since every stage uses it', () => {
    expect(stagesOfResource(stat('member0.cpu', 'cpu', 0))).toEqual([]);
  });
});
