import { describe, expect, test } from 'vitest';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { hostName, resourceLabel, resourceName } from '../../../src/lib/resourceName.ts';
import { clientResource, memberResource } from '../../../workers/contract/resourceId.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';
import { resourceStat as stat } from '../resourceStat.ts';

const t = (key: MessageKey, params?: Record<string, string | number>): string =>
  translate('en', key, params);

/** Three voting members led by member 0, and a learner (member 3). */
const cluster = { scenario: { ...defaultScenario(), members: 3, learner: true }, leader: 0 };

describe('naming a resource for people', () => {
  test('a resource is its host and its kind', () => {
    expect(resourceName(t, stat(memberResource(0, 'cpu')), cluster)).toBe('Member 0 (leader) CPU');
    expect(resourceName(t, stat(memberResource(3, 'disk')), cluster)).toBe('Learner disk');
  });

  test('the label names which lock, loop or NIC direction it is', () => {
    expect(resourceLabel(t, stat(memberResource(1, 'lock.batchTx')), cluster)).toBe(
      'Member 1 BatchTx lock',
    );
    expect(resourceLabel(t, stat(clientResource('nic.tx')), cluster)).toBe('Client NIC (sending)');
    expect(resourceLabel(t, stat(memberResource(0, 'cpu')), cluster)).toBe('Member 0 (leader) CPU');
    expect(resourceLabel(t, stat(clientResource('benchLoop')), cluster)).toBe(
      'Client benchmark loop',
    );
    expect(translate('zh', 'results.rname.lock.batchTx')).toBe('BatchTx 锁');
  });

  test('in Chinese a resource is its host’s (的), spaced before a Latin name', () => {
    const zh = (key: MessageKey, params?: Record<string, string | number>): string =>
      translate('zh', key, params);
    // It read "成员 0（领导者） CPU": a space after the bracket and no 的.
    expect(resourceName(zh, stat(memberResource(0, 'cpu')), cluster)).toBe(
      '成员 0（领导者）的 CPU',
    );
    expect(resourceLabel(zh, stat(memberResource(1, 'lock.batchTx')), cluster)).toBe(
      '成员 1 的 BatchTx 锁',
    );
  });

  test('the leader is whichever member the result says led, not member 0', () => {
    const led2 = { ...cluster, leader: 2 };
    expect(hostName(t, 2, led2)).toBe('Member 2 (leader)');
    expect(hostName(t, 0, led2)).toBe('Member 0');
    expect(hostName(t, 'client', led2)).toBe('Client');
  });
});
