import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import { readB, writeB } from '../../../../src/lib/compare/abUrl.ts';
import { experimentUrl, readQuery, writeQuery } from '../../../../src/lib/urlState.ts';
import { arbitraryScenario } from '../../arbitraryScenario.ts';

/** The full query of a comparison, as the app writes it. */
function link(a: Parameters<typeof writeB>[0], b: Parameters<typeof writeB>[1]): string {
  return experimentUrl('http://x/?', a, 'en', writeB(a, b)).slice('http://x/'.length);
}

describe('experiment B in the URL', () => {
  test('any A and B survive the trip through one query string, with no notice', () => {
    fc.assert(
      fc.property(arbitraryScenario(), arbitraryScenario(), (a, b) => {
        const q = link(a, b);
        const readA = readQuery(q);
        expect(readA.scenario).toEqual(a);
        expect(readA.notices).toEqual([]);
        const back = readB(q, readA.scenario);
        expect(back.scenario).toEqual(b);
        expect(back.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('B is written as what it changes: b=1 and one b. key per differing field', () => {
    const a = scenarioOnProfile('article-3x8c');
    expect(writeB(a, a).toString()).toBe('b=1');
    expect(writeB(a, { ...a, readMode: 'serializable' }).toString()).toBe(
      'b=1&b.readMode=serializable',
    );
    const laptop = scenarioOnProfile('laptop');
    expect(writeB(a, laptop).toString()).toBe('b=1&b.profile=laptop');
  });

  test('a link without b keys opens no comparison; a bad b flag is named', () => {
    const a = scenarioOnProfile('article-3x8c');
    expect(readB(writeQuery(a, null), a)).toEqual({ scenario: null, notices: [] });
    expect(readB('?b=yes', a)).toEqual({
      scenario: null,
      notices: [{ kind: 'unknown', name: 'b=yes' }],
    });
    expect(readB('?b.clients=10', a).scenario?.clients).toBe(10);
  });

  test('a bad B value is repaired like an A value, quoting the link', () => {
    const a = scenarioOnProfile('article-3x8c');
    const r = readB('?b=1&b.clients=abc&b.members=1', a);
    expect(r.scenario?.clients).toBe(a.clients);
    expect(r.scenario?.endpoints).toBe(1);
    expect(r.notices).toEqual([
      { kind: 'adjusted', field: 'clients', value: 'abc', now: a.clients },
      { kind: 'adjusted', field: 'endpoints', value: '3', now: 1 },
    ]);
  });

  test('unknown b. keys are reported by the link reader; known ones are ours', () => {
    const notices = readQuery('?b=1&b.readMode=serializable&b.colour=red').notices;
    expect(notices).toEqual([{ kind: 'unknown', name: 'b.colour' }]);
  });

  test('writing A alone drops B; anyone else’s keys stay', () => {
    const a = scenarioOnProfile('article-3x8c');
    const url = experimentUrl('http://x/?b=1&b.clients=3&embed=1', a, null);
    expect(new URL(url).searchParams.get('b')).toBeNull();
    expect(new URL(url).searchParams.get('embed')).toBe('1');
  });
});
