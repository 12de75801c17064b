/**
 * An embedded tour sets each step's experiment: a link's experiment keys go unused, and a notice
 * names them (a trainer's `clients=50` was dropped in silence).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { sameNotice, tourSetsNotice } from '../../../src/lib/notices.ts';
import { isOwnKey, writeQuery } from '../../../src/lib/urlState.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { arbitraryScenario } from '../arbitraryScenario.ts';

describe('an embedded tour’s link with experiment keys', () => {
  test('names each experiment key once, in the link’s order; not lang, view or foreign keys', () => {
    expect(
      tourSetsNotice(
        '?embed=tour&lang=zh&clients=-5&conns=abc&clients=7&b.auth=jwt&utm=x',
        isOwnKey,
      ),
    ).toEqual([{ kind: 'tourSets', names: ['clients', 'conns', 'b.auth'] }]);
    expect(tourSetsNotice('?embed=tour&lang=en&theme=dark', isOwnKey)).toEqual([]);
  });

  test('any experiment written as a link is named whole, in both languages', () => {
    fc.assert(
      fc.property(arbitraryScenario(), (s) => {
        const search = `${writeQuery(s, 'en')}&embed=tour`;
        const [n] = tourSetsNotice(search, isOwnKey);
        const keys = [...new URLSearchParams(search).keys()].filter(
          (k) => k !== 'lang' && k !== 'embed',
        );
        expect(n).toEqual({ kind: 'tourSets', names: keys });
        expect(sameNotice(n, { kind: 'tourSets', names: [...keys] })).toBe(true);
        for (const lang of ['en', 'zh'] as const)
          expect(translate(lang, 'embed.notice.tourSets', { names: keys.join(', ') })).toContain(
            keys.join(', '),
          );
      }),
      { numRuns: 100 },
    );
  });
});
