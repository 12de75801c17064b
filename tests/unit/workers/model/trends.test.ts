/**
 * The article's qualitative claims (workers/model/trends.ts), each checked against the real model
 * with the one cost table. The checks compare runs with each other, not with fitted numbers.
 */
import { describe, expect, test } from 'vitest';
import { TRENDS } from '../../../../report/trends.ts';
import { simulate } from '../../../../workers/model/simulate.ts';

describe('the article’s trends hold in the model', () => {
  test.each(TRENDS.map((t) => [t.id, t] as const))(
    '%s',
    async (_, trend) => {
      const outcome = await trend.check((s) => simulate(s));
      expect(outcome.pass, `${trend.sentence}\n${outcome.detail}`).toBe(true);
    },
    60_000,
  );

  test('there is a check for each of the five trends the article states', () => {
    expect(TRENDS.map((t) => t.id)).toEqual([
      'serializable-faster',
      'writes-slow-linearizable',
      'rtt-slows-linearizable',
      'large-value-slow',
      'password-bounded-by-bcrypt',
    ]);
  });
});
