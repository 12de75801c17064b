import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { embedUrl, fullLabUrl } from '../../../src/lib/shareLinks.ts';
import { readB } from '../../../src/lib/compare/abUrl.ts';
import { readQuery } from '../../../src/lib/urlState.ts';
import {
  EMBED_VIEWS,
  LOCK_NAMES,
  parseLock,
  readView,
  withView,
  writeLock,
  type LockName,
} from '../../../src/lib/viewState.ts';
import { THEMES } from '../../../src/lib/themeNames.ts';
import { defaultScenario, scenarioOnProfile } from '../../../workers/contract/scenario.ts';
import { arbitraryScenario } from '../arbitraryScenario.ts';

const PAGE = 'https://example.org/course/lab/index.html?clients=5#x';

describe('the view keys of a link (embed, lock, theme)', () => {
  test('embed names one figure; the experiment keys do not call it unknown', () => {
    for (const view of EMBED_VIEWS) {
      expect(readView(`?embed=${view}`)).toEqual({
        embed: view,
        locked: null,
        theme: null,
        notices: [],
      });
      expect(readQuery(`?embed=${view}&clients=7`).notices).toEqual([]);
    }
  });

  test('an embed value that is no figure is refused with the allowed ones, and nothing is embedded', () => {
    const v = readView('?embed=1');
    expect(v.embed).toBeNull();
    expect(v.notices).toEqual([{ kind: 'view', key: 'embed', value: '1', allowed: EMBED_VIEWS }]);
  });

  test('lock lists names, `all` takes every control and `-name` frees one', () => {
    expect([...parseLock('clients,readMode').locked]).toEqual(['clients', 'readMode']);
    const one = parseLock('all,-readMode').locked;
    expect(one.size).toBe(LOCK_NAMES.length - 1);
    expect(one.has('readMode')).toBe(false);
    expect(one.has('profile')).toBe(true);
    expect(parseLock(' clients , ,conns ').locked).toEqual(new Set(['clients', 'conns']));
  });

  test('a lock name that is no setting is named in a notice and the rest still apply', () => {
    const v = readView('?lock=clients,clientz,-nope');
    expect(v.locked).toEqual(new Set(['clients']));
    expect(v.notices.map((n) => (n.kind === 'view' ? [n.key, n.value] : n.kind))).toEqual([
      ['lock', 'clientz'],
      ['lock', '-nope'],
    ]);
    const allowed = v.notices[0].kind === 'view' ? v.notices[0].allowed : [];
    expect(allowed).toContain('all');
    expect(allowed).toContain('readMode');
  });

  test('an empty lock is ignored (no lesson) and says the link gave no names', () => {
    for (const raw of ['', '%20', '%20,%20,']) {
      const v = readView(`?lock=${raw}`);
      expect(v.locked).toBeNull();
      const keys = v.notices.map((n) => (n.kind === 'view' ? [n.key, n.value.trim()] : n.kind));
      expect(keys).toEqual([['lock', '']]);
    }
  });

  test('the address keeps the view keys as applied: refused values and embed dropped', () => {
    const at = (search: string): string =>
      new URL(withView(`https://x.org/lab/${search}#tour/2`, readView(search))).search;
    expect(at('?clients=7&theme=purple&lock=clients,bogus&embed=&x=1')).toBe(
      '?clients=7&lock=clients&x=1',
    );
    expect(at('?theme=dark&lock=')).toBe('?theme=dark');
    expect(at('?lock=all,-readMode')).toBe(`?lock=${encodeURIComponent('all,-readMode')}`);
    // As the trainer spelled it when every name was used; anew when one was refused.
    expect(at('?lock=readMode,clients')).toBe(`?lock=${encodeURIComponent('readMode,clients')}`);
    expect(at('?lock=bogus,readMode,clients')).toBe(
      `?lock=${encodeURIComponent('clients,readMode')}`,
    );
    // A list that fixes nothing is no lesson: nothing is written back.
    expect(at('?lock=bogus')).toBe('');
    expect(at('?lock=-readMode')).toBe('');
    expect(readView('?lock=bogus').locked).toBeNull();
    expect(readView('?lock=-readMode').locked).toBeNull();
    expect(withView('https://x.org/lab/?a=1#tour/2', readView(''))).toBe(
      'https://x.org/lab/?a=1#tour/2',
    );
  });

  test('any set of locked controls survives writeLock → parseLock, in the shorter spelling', () => {
    fc.assert(
      fc.property(fc.subarray([...LOCK_NAMES]), (names) => {
        const written = writeLock(new Set<LockName>(names));
        expect(parseLock(written)).toEqual({ locked: new Set(names), unknown: [] });
        expect(written.split(',').length).toBeLessThanOrEqual(LOCK_NAMES.length / 2 + 2);
      }),
    );
  });

  test('theme follows the link when it names one, and says so when it does not', () => {
    for (const theme of THEMES) expect(readView(`?theme=${theme}`).theme).toBe(theme);
    const v = readView('?theme=blue');
    expect(v.theme).toBeNull();
    expect(v.notices).toEqual([{ kind: 'view', key: 'theme', value: 'blue', allowed: THEMES }]);
  });

  test('a view key given twice names the ignored value', () => {
    expect(readView('?embed=chain&embed=results').notices).toEqual([
      { kind: 'repeated', name: 'embed', used: 'chain', ignored: ['results'] },
    ]);
  });
});

describe('the addresses the share dialog hands out', () => {
  const options = fc.record({
    view: fc.constantFrom(...EMBED_VIEWS),
    lang: fc.constantFrom('en' as const, 'zh' as const),
    theme: fc.constantFrom(...THEMES),
    locked: fc.option(fc.subarray([...LOCK_NAMES]).map((n) => new Set<LockName>(n))),
  });

  test('an embed address reopens the same experiment (the tour: its own), language and view', () => {
    fc.assert(
      fc.property(arbitraryScenario(), options, (s, o) => {
        const url = new URL(embedUrl(PAGE, s, o));
        expect(url.origin + url.pathname).toBe('https://example.org/course/lab/index.html');
        expect(url.hash).toBe('');
        const back = readQuery(url.search);
        // The tour sets each step's experiment: its address carries none, and fixes nothing.
        const tour = o.view === 'tour';
        expect(back.scenario).toEqual(tour ? defaultScenario() : s);
        expect(back.notices).toEqual([]);
        expect(back.lang).toBe(o.lang);
        expect(readView(url.search)).toEqual({
          embed: o.view,
          // An empty set fixes nothing: the address carries no lock.
          locked: tour || o.locked?.size === 0 ? null : o.locked,
          theme: o.theme === 'system' ? null : o.theme,
          notices: [],
        });
      }),
      { numRuns: 200 },
    );
  });

  test('the full-lab address carries the experiment and nothing of the embed', () => {
    const s = scenarioOnProfile('cross-region', { clients: 42 });
    const url = new URL(
      fullLabUrl(PAGE.replace('#x', '&embed=chain&lock=all&theme=dark#x'), s, 'zh'),
    );
    expect(readQuery(url.search).scenario).toEqual(s);
    expect(readView(url.search)).toEqual({ embed: null, locked: null, theme: null, notices: [] });
    expect(url.searchParams.get('lang')).toBe('zh');
  });

  test('with a comparison open, the full-lab address reopens both experiments', () => {
    fc.assert(
      fc.property(arbitraryScenario(), arbitraryScenario(), (a, b) => {
        const url = new URL(fullLabUrl(PAGE, a, 'en', b));
        const readA = readQuery(url.search);
        expect(readA.scenario).toEqual(a);
        expect(readB(url.search, readA.scenario).scenario).toEqual(b);
      }),
      { numRuns: 100 },
    );
    // Without B the address opens no comparison.
    const a = scenarioOnProfile('laptop', {});
    expect(readB(new URL(fullLabUrl(PAGE, a, 'en')).search, a).scenario).toBeNull();
  });
});
