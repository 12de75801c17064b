/** The structured resource id and its one string form. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  CLIENT_RESOURCES,
  clientResource,
  MEMBER_RESOURCES,
  memberResource,
  resourceKey,
  sameResource,
} from '../../../../workers/contract/resourceId.ts';

describe('resource ids', () => {
  test('the key is the host, then the name on it', () => {
    expect(resourceKey(memberResource(0, 'cpu'))).toBe('member0.cpu');
    expect(resourceKey(memberResource(12, 'lock.batchTx'))).toBe('member12.lock.batchTx');
    expect(resourceKey(clientResource('nic.rx'))).toBe('client.nic.rx');
  });

  test('the kind follows from the name', () => {
    expect(memberResource(1, 'lock.readTx').kind).toBe('lock');
    expect(memberResource(1, 'raftLoop').kind).toBe('loop');
    expect(clientResource('benchLoop').kind).toBe('loop');
    expect(clientResource('nic.tx').kind).toBe('nic');
    expect(memberResource(2, 'disk').kind).toBe('disk');
  });

  test('the same name on two hosts is two resources', () => {
    expect(sameResource(memberResource(1, 'cpu'), memberResource(1, 'cpu'))).toBe(true);
    expect(sameResource(memberResource(1, 'cpu'), memberResource(2, 'cpu'))).toBe(false);
    expect(sameResource(clientResource('cpu'), memberResource(0, 'cpu'))).toBe(false);
    expect(sameResource(memberResource(0, 'nic.tx'), memberResource(0, 'nic.rx'))).toBe(false);
  });

  test('every resource of a cluster has its own key, and equal keys mean the same resource', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16 }), (members) => {
        const ids = [
          ...CLIENT_RESOURCES.map((n) => clientResource(n)),
          ...Array.from({ length: members }, (_, m) =>
            MEMBER_RESOURCES.map((n) => memberResource(m, n)),
          ).flat(),
        ];
        const keys = ids.map(resourceKey);
        expect(new Set(keys).size).toBe(ids.length);
        // Pairwise, counted rather than asserted one by one (thousands of pairs per run).
        let disagree = 0;
        for (let i = 0; i < ids.length; i++)
          for (let j = 0; j < ids.length; j++)
            if ((keys[i] === keys[j]) !== sameResource(ids[i], ids[j])) disagree++;
        expect(disagree).toBe(0);
      }),
      { numRuns: 20 },
    );
  });
});
