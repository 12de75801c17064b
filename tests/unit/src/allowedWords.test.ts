import { describe, expect, test } from 'vitest';
import { allowedWords } from '../../../src/lib/paramText.ts';
import { translate, type Lang } from '../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';
import { readQuery } from '../../../src/lib/urlState.ts';

const tr =
  (lang: Lang) =>
  (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(lang, key, params);

describe('what a link may say, in a notice about a value it could not use', () => {
  test('word choices are the words a link takes, each of which reads back without a notice', () => {
    const s = defaultScenario();
    const auth = allowedWords(tr('en'), 'en', 'auth', s);
    // Not the labels: "password, token reused" holds a comma, so "password" read as allowed.
    expect(auth).toBe('none, password-token-reused, password-per-request, jwt, client-cert');
    expect(allowedWords(tr('zh'), 'zh', 'readMode', s)).toBe('linearizable, serializable');
    expect(allowedWords(tr('en'), 'en', 'learner', s)).toBe('true, false');
    for (const word of auth.split(', '))
      expect(readQuery(`?auth=${word}`).notices, word).toEqual([]);
    expect(readQuery('?learner=true').notices).toEqual([]);
  });

  test('numbers keep their range in the reader’s words', () => {
    expect(allowedWords(tr('en'), 'en', 'clients', defaultScenario())).toBe(
      'whole numbers, 1 – 10,000 clients',
    );
    expect(allowedWords(tr('en'), 'en', 'fsyncMs', defaultScenario())).toBe('0.01 – 200 ms');
    expect(allowedWords(tr('zh'), 'zh', 'conns', defaultScenario())).toMatch(/^整数，1 – 1,000/);
    // A fraction in range is named with the reason it was refused, and rounded.
    const half = readQuery('?clients=2.5');
    expect(half.scenario.clients).toBe(3);
    expect(half.notices).toEqual([{ kind: 'adjusted', field: 'clients', value: '2.5', now: 3 }]);
    expect(allowedWords(tr('en'), 'en', 'members', defaultScenario())).toBe('1, 3, 5, 7');
  });
});
