import { describe, expect, test } from 'vitest';
import { translate, type Lang } from '../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { paceText } from '../../../src/lib/paceText.ts';
import type { Pace, SimResult } from '../../../workers/contract/result.ts';
import { fixtureResult } from './fixtureResult.ts';

const tr =
  (lang: Lang) =>
  (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(lang, key, params);

/** Ten parts of 10,000 requests; the first takes `firstMs`, the rest 50 ms each (200,000/s). */
function withPace(firstMs: number, clients: number, conns: number): SimResult {
  const r = fixtureResult();
  let end = 0;
  const pace: Pace = {
    fromMs: 0,
    parts: Array.from({ length: 10 }, (_, i) => {
      end += i === 0 ? firstMs : 50;
      return { endMs: end, finished: 10_000 * (i + 1), succeeded: 10_000 * (i + 1) };
    }),
  };
  r.pace = pace;
  r.scenario = { ...r.scenario, clients, conns };
  return r;
}

describe('the pace sentence in the reader’s language', () => {
  test('a warm-up on shared connections says both rates and why later reads are cheaper', () => {
    expect(paceText(tr('en'), 'en', withPace(62.5, 1000, 100))).toBe(
      'Throughput rose during the run: 160,000 req/s over the first tenth of the requests, 200,000 req/s over the ninth (the last tenth is left out: it holds the drain once the clients stop sending). The model starts with every queue empty; as queues form, the requests that share a connection share more of its reads and writes, which makes each cheaper. Requests/sec and the bounds above are the whole run’s averages, so more requests of the same experiment average more of the later rate.',
    );
  });

  test('without shared connections no connection is named; a fall says so; an even run says nothing', () => {
    const alone = paceText(tr('en'), 'en', withPace(62.5, 1000, 1000));
    expect(alone).toMatch(/^Throughput rose/);
    expect(alone).not.toContain('connection');
    expect(paceText(tr('en'), 'en', withPace(40, 1000, 100))).toMatch(
      /^Throughput fell during the run: 250,000 req\/s over the first tenth of the requests, 200,000 req\/s over the ninth/,
    );
    expect(paceText(tr('en'), 'en', withPace(52, 1000, 100))).toBeNull();
  });

  test('every sentence reads in full in Chinese, with both rates', () => {
    for (const [first, conns, firstRate] of [
      [62.5, 100, '160,000'],
      [62.5, 1000, '160,000'],
      [40, 100, '250,000'],
    ] as const) {
      const text = paceText(tr('zh'), 'zh', withPace(first, 1000, conns));
      expect(text).not.toBeNull();
      expect(text).not.toMatch(/[{}]/);
      expect(text).toContain(`第 1 段为 ${firstRate} 请求/秒，第 9 段为 200,000 请求/秒`);
    }
  });
});
