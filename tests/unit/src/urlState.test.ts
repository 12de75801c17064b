import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PARAMS, type ParamName } from '../../../workers/contract/params.ts';
import { PROFILE_NAMES } from '../../../workers/contract/profiles.ts';
import {
  defaultScenario,
  scenarioOnProfile,
  type Scenario,
} from '../../../workers/contract/scenario.ts';
import { maybeScenario } from '../../../workers/contract/validate.ts';
import { experimentUrl, readQuery, writeQuery } from '../../../src/lib/urlState.ts';

/** Any scenario the validator accepts: every field drawn from its spec, then the relations kept. */
function arbitraryScenario(): fc.Arbitrary<Scenario> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {
    profile: fc.constantFrom(...PROFILE_NAMES),
  };
  for (const name of Object.keys(PARAMS) as ParamName[]) {
    const spec = PARAMS[name];
    if (spec.kind === 'int') fields[name] = fc.integer({ min: spec.min, max: spec.max });
    else if (spec.kind === 'number')
      fields[name] = fc.double({ min: spec.min, max: spec.max, noNaN: true });
    else if (spec.kind === 'bool') fields[name] = fc.boolean();
    else fields[name] = fc.constantFrom(...(spec.choices as readonly (string | number)[]));
  }
  return fc.record(fields).map((r) => {
    const s = r as unknown as Scenario;
    s.endpoints = Math.min(s.endpoints, s.members + (s.learner ? 1 : 0));
    s.keysPerRange = Math.min(s.keysPerRange, s.totalKeys);
    return maybeScenario(s);
  });
}

describe('the experiment in the URL', () => {
  test('any valid scenario survives the trip through the query string unchanged', () => {
    fc.assert(
      fc.property(arbitraryScenario(), fc.constantFrom('en', 'zh', null), (s, lang) => {
        const back = readQuery(writeQuery(s, lang));
        expect(back.scenario).toEqual(s);
        expect(back.notices).toEqual([]);
        expect(back.lang).toBe(lang);
      }),
      { numRuns: 500 },
    );
  });

  test('the default scenario is only its seed; a profile is only its name and the changes', () => {
    expect(writeQuery(defaultScenario(), null)).toBe('?seed=1');
    const s = scenarioOnProfile('hdd', { readMode: 'serializable' });
    expect(writeQuery(s, 'zh')).toBe('?profile=hdd&readMode=serializable&seed=1&lang=zh');
  });

  test('an out-of-range number is clamped and named in a notice', () => {
    const r = readQuery('?clients=999999&members=4&lang=en');
    expect(r.scenario.clients).toBe(10_000);
    expect(r.scenario.members).toBe(3);
    expect(r.notices).toEqual([
      { kind: 'adjusted', field: 'clients', value: '999999', now: 10_000 },
      { kind: 'adjusted', field: 'members', value: '4', now: 3 },
    ]);
  });

  test('a member count between two allowed ones takes the one nearer the default, and nothing else moves', () => {
    // 2 is as near 1 as 3: it took 1, which then cut the default 3 endpoints to 1 in a second
    // notice quoting a 3 the link never said (found by a learner walk).
    const two = readQuery('?members=2&lang=en');
    expect(two.scenario.members).toBe(3);
    expect(two.scenario.endpoints).toBe(defaultScenario().endpoints);
    expect(two.notices).toEqual([{ kind: 'adjusted', field: 'members', value: '2', now: 3 }]);
    expect(readQuery('?members=6').scenario.members).toBe(5);
  });

  test('any valid scenario written in capitals or mixed case reads back the same, without a notice', () => {
    fc.assert(
      fc.property(arbitraryScenario(), fc.boolean(), (s, upper) => {
        const query = new URLSearchParams(writeQuery(s, null));
        for (const [key, value] of [...query]) {
          if (key === 'profile' || !/[a-z]/.test(value)) continue;
          query.set(key, upper ? value.toUpperCase() : value[0].toUpperCase() + value.slice(1));
        }
        const back = readQuery(`?${query.toString()}`);
        expect(back.scenario).toEqual(s);
        expect(back.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(readQuery('?readMode=SERIALIZABLE').scenario.readMode).toBe('serializable');
    expect(readQuery('?learner=True').scenario.learner).toBe(true);
  });

  test('text where a number belongs, an unknown choice and an unknown key never become NaN', () => {
    const r = readQuery('?clients=lots&readMode=eventual&fsyncMs=&learner=maybe&colour=red');
    expect(r.scenario.clients).toBe(defaultScenario().clients);
    expect(r.scenario.readMode).toBe('linearizable');
    expect(r.scenario.fsyncMs).toBe(defaultScenario().fsyncMs);
    expect(r.scenario.learner).toBe(false);
    for (const v of Object.values(r.scenario)) if (typeof v === 'number') expect(v).not.toBeNaN();
    expect(
      r.notices.map((n) =>
        n.kind === 'adjusted'
          ? n.field
          : n.kind === 'lang' || n.kind === 'view'
            ? n.value
            : n.kind === 'tourSets'
              ? n.names.join()
              : n.name,
      ),
    ).toEqual(['clients', 'readMode', 'learner', 'fsyncMs', 'colour']);
  });

  test('a broken rule between two fields is repaired: endpoints shrink to the members', () => {
    const r = readQuery('?members=1&endpoints=3');
    expect(r.scenario.endpoints).toBe(1);
    expect(r.notices).toEqual([{ kind: 'adjusted', field: 'endpoints', value: '3', now: 1 }]);
  });

  test('two broken rules are both repaired and both named: endpoints and keys per range', () => {
    const r = readQuery('?members=1&endpoints=8&keysPerRange=1000&totalKeys=10');
    expect(r.scenario.endpoints).toBe(1);
    expect(r.scenario.keysPerRange).toBe(10);
    expect(r.notices).toEqual([
      { kind: 'adjusted', field: 'endpoints', value: '8', now: 1 },
      { kind: 'adjusted', field: 'keysPerRange', value: '1000', now: 10 },
    ]);
  });

  test('a key given twice uses the first value and names the ones it ignored', () => {
    const r = readQuery('?clients=5&clients=abc&clients=7');
    expect(r.scenario.clients).toBe(5);
    expect(r.notices).toEqual([
      { kind: 'repeated', name: 'clients', used: '5', ignored: ['abc', '7'] },
    ]);
  });

  test('an unknown profile falls back to the default and says so', () => {
    const r = readQuery('?profile=mainframe');
    expect(r.scenario.profile).toBe('article-3x8c');
    expect(r.notices[0]).toMatchObject({ kind: 'adjusted', field: 'profile', value: 'mainframe' });
  });

  test('the page URL keeps its path and any key that belongs to someone else', () => {
    const url = experimentUrl(
      'http://x/some/sub/folder/?clients=5&follow=12',
      defaultScenario(),
      'en',
    );
    expect(url).toBe('http://x/some/sub/folder/?seed=1&lang=en&follow=12');
  });

  test('a field repaired twice (its range, then a relation) gets one notice quoting the link', () => {
    const r = readQuery('?members=3&endpoints=9');
    expect(r.scenario.endpoints).toBe(3);
    expect(r.notices).toEqual([{ kind: 'adjusted', field: 'endpoints', value: '9', now: 3 }]);
  });

  test('only decimal numbers are read as numbers; anything else is refused and quoted as typed', () => {
    const r = readQuery('?keysPerRange=0x10&clients=1e3&fsyncMs=.5&members=0b11');
    expect(r.scenario.keysPerRange).toBe(defaultScenario().keysPerRange);
    expect(r.scenario.clients).toBe(1000);
    expect(r.scenario.fsyncMs).toBe(0.5);
    expect(r.scenario.members).toBe(defaultScenario().members);
    expect(r.notices).toEqual([
      {
        kind: 'adjusted',
        field: 'keysPerRange',
        value: '0x10',
        now: defaultScenario().keysPerRange,
      },
      { kind: 'adjusted', field: 'members', value: '0b11', now: defaultScenario().members },
    ]);
  });

  test('a language we do not speak is ignored and named in a notice', () => {
    const r = readQuery('?lang=fr');
    expect(r.lang).toBeNull();
    expect(r.notices).toEqual([{ kind: 'lang', value: 'fr' }]);
    expect(readQuery('?lang=zh').notices).toEqual([]);
  });
});
