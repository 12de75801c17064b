import { describe, expect, test } from 'vitest';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { resourceLabel, resourceName } from '../../../src/lib/resourceName.ts';
import { resourceStat } from '../resourceStat.ts';

const t = (key: MessageKey, params?: Record<string, string | number>): string =>
  translate('en', key, params);

const stat = resourceStat;

describe('naming a resource for people', () => {
  test('a resource is its host and its kind', () => {
    expect(resourceName(t, stat('member0.cpu', 'cpu', 0), 3)).toBe('Member 0 (leader) CPU');
    expect(resourceName(t, stat('member3.disk', 'disk', 3), 3)).toBe('Learner disk');
  });

  test('the label adds which lock or loop, and nothing when the kind says it all', () => {
    expect(resourceLabel(t, stat('member1.lock.batchTx', 'lock', 1), 3)).toBe(
      'Member 1 lock (lock.batchTx)',
    );
    expect(resourceLabel(t, stat('client.nic.tx', 'nic', 'client'), 3)).toBe('Client NIC (nic.tx)');
    expect(resourceLabel(t, stat('member0.cpu', 'cpu', 0), 3)).toBe('Member 0 (leader) CPU');
  });
});
