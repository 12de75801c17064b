import { describe, expect, test } from 'vitest';
import { budgetText } from '../../../src/lib/budgetText.ts';
import { count } from '../../../src/lib/format.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { api } from '../../../workers/api.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';

describe('a refused experiment in words', () => {
  const s = { ...defaultScenario(), rate: 1, writeQps: 50_000 };
  const e = api.estimateBudget(s);

  test('names the rate, the simulated time, the puts, the events against the limit, and the fix', () => {
    expect(e.over).toBe('writes');
    const text = budgetText((k, p) => translate('en', k, p), 'en', s, e);
    expect(text).toMatch(/^Not run: /);
    expect(text).toContain('At 1 req/s the 100,000 requests take at least');
    expect(text).toContain(`${count(e.writes, 'en')} background puts`);
    expect(text).toContain(
      `about ${count(e.events, 'en')} events, and the limit is ${count(e.limit, 'en')}`,
    );
    expect(text).toContain('raise the rate cap');
  });

  test('says the same in Chinese with no placeholder left', () => {
    const text = budgetText((k, p) => translate('zh', k, p), 'zh', s, e);
    expect(text).toMatch(/^未运行/);
    expect(text).not.toMatch(/[{}]/);
    expect(text).toContain(count(e.limit, 'zh'));
  });
});
