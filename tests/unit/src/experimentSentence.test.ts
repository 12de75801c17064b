import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { experimentSentence } from '../../../src/lib/experimentSentence.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { defaultScenario, type Scenario } from '../../../workers/contract/scenario.ts';
import { PARAMS } from '../../../workers/contract/params.ts';

const en = (s: Scenario) => experimentSentence((k, p) => translate('en', k, p), 'en', s);
const zh = (s: Scenario) => experimentSentence((k, p) => translate('zh', k, p), 'zh', s);

describe('the experiment in one sentence', () => {
  test('the default experiment reads as the article’s benchmark', () => {
    expect(en(defaultScenario())).toBe(
      '1,000 clients over 100 connections read 1 key of 256 B each, linearizable, from 3 members (3 endpoints), no authentication, no writes; 100,000 requests.',
    );
  });

  test('one request is said in the singular (a link with total=-5 falls back to 1)', () => {
    expect(en({ ...defaultScenario(), total: 1 })).toMatch(/; 1 request\.$/);
    expect(en({ ...defaultScenario(), total: 2 })).toMatch(/; 2 requests\.$/);
  });

  test('every sentence names the clients, the read mode, the members and the writes, with no hole left', () => {
    fc.assert(
      fc.property(
        fc.record({
          clients: fc.integer({ min: 1, max: 10_000 }),
          members: fc.constantFrom(...PARAMS.members.choices),
          readMode: fc.constantFrom(...PARAMS.readMode.choices),
          writeQps: fc.constantFrom(0, 1, 5000),
          valueBytes: fc.integer({ min: 1, max: 1_572_864 }),
          auth: fc.constantFrom(...PARAMS.auth.choices),
          rate: fc.constantFrom(0, 1000),
          learner: fc.boolean(),
        }),
        (patch) => {
          const s = { ...defaultScenario(), ...patch, endpoints: 1 };
          for (const text of [en(s), zh(s)]) {
            expect(text).not.toMatch(/[{}]|undefined|NaN/);
          }
          const e = en(s);
          expect(e).toContain(s.readMode);
          expect(e).toContain(s.writeQps > 0 ? 'puts/s' : 'no writes');
          expect(e).toContain(s.clients === 1 ? '1 client ' : ' clients ');
          expect(e.includes('capped at')).toBe(s.rate > 0);
        },
      ),
      { seed: 5 },
    );
  });
});
