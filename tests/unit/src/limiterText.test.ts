import { describe, expect, test } from 'vitest';
import { translate, type Lang } from '../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { limiterText } from '../../../src/lib/limiterText.ts';
import { limiterNote } from '../../../src/lib/limiterNote.ts';
import { memberResource } from '../../../workers/contract/resourceId.ts';
import type { Limiter, SimResult } from '../../../workers/contract/result.ts';
import { fixtureResult } from './fixtureResult.ts';

const tr =
  (lang: Lang) =>
  (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(lang, key, params);

function withLimiter(limiter: Limiter, patch: Partial<SimResult['bottleneck']> = {}): SimResult {
  const r = fixtureResult();
  r.bottleneck = { ...r.bottleneck, limiter, ...patch };
  return r;
}

const LIMITERS: Limiter[] = [
  {
    kind: 'resource',
    resource: memberResource(0, 'lock.batchTx'),
    readUtilisation: 1,
    backgroundUtilisation: 0,
    demandMs: 80,
    servers: 1,
    boundRps: 12.5,
  },
  {
    kind: 'clients',
    clients: 100,
    lock: {
      resource: memberResource(1, 'lock.readTx'),
      waitMs: 0.2,
      heldFraction: 0.1,
      heldBy: 'background',
    },
    busiest: { resource: memberResource(0, 'cpu'), readUtilisation: 0.33 },
  },
  { kind: 'rate', rate: 1000, boundRps: 1001 },
  { kind: 'none' },
];

describe('the bottleneck analysis in the reader’s language', () => {
  for (const lang of ['en', 'zh'] as const)
    test(`every limiter reads in full in ${lang}: no placeholder left, the measurement last`, () => {
      for (const l of LIMITERS) {
        const text = limiterText(tr(lang), lang, withLimiter(l));
        for (const line of [text.lead, ...text.where, ...text.why, ...text.bounds, text.measured])
          expect(line, `${l.kind}: ${line}`).not.toMatch(/[{}]/);
        expect(limiterNote(tr(lang), lang, withLimiter(l))).not.toMatch(/[{}]/);
      }
    });

  test('a saturated BatchTx lock under logins says why: bcrypt runs holding it', () => {
    const r = withLimiter(LIMITERS[0], {
      dominant: { stage: 'authenticate', ms: 16_000, kind: 'lock' },
    });
    const text = limiterText(tr('en'), 'en', r);
    expect(text.lead).toBe(
      'Member 0 (leader) BatchTx lock is the bottleneck: the requests keep it busy 100% of the time.',
    );
    expect(text.why.join(' ')).toContain('holds this lock for its whole bcrypt compare');
    expect(text.where[0]).toBe(
      'A request takes 1 ms on average; Authenticate holds 16 s of it, mostly waiting for the BatchTx lock.',
    );
  });

  test('a stage that is two things about equally is not called "mostly" one of them, in en and zh', () => {
    // The cross-region preset: ReadIndex 133 ms, 67.3 on the wire and 65.9 queued; the card said
    // "mostly in the ReadIndex round trip" beside "65.9 ms waiting … 67.3 ms on the wire".
    const r = withLimiter(LIMITERS[1], {
      dominant: { stage: 'readIndex', ms: 133.3, kind: 'flight' },
    });
    r.stages = r.stages.map((st) =>
      st.id === 'readIndex'
        ? { ...st, lockMeanMs: 0, queueMeanMs: 65.9, flightMeanMs: 67.3, serviceMeanMs: 0.1 }
        : st,
    );
    const en = limiterText(tr('en'), 'en', r).where[0];
    expect(en).not.toContain('mostly');
    expect(en).toContain(
      'ReadIndex holds 133 ms of it: 67.3 ms in the ReadIndex round trip between members and 65.9 ms waiting for the read loop',
    );
    const zh = limiterText(tr('zh'), 'zh', r).where[0];
    expect(zh).not.toContain('主要');
    expect(zh).toContain('67.3 ms 在成员之间的 ReadIndex 往返中，65.9 ms 等读循环');
  });

  test('logins on every core: the cores ÷ the CPU each request takes of them', () => {
    // Password per request over 3 endpoints: a member's CPU takes 17 ms per request of the run
    // (a third of the ~50 ms compares), which "8 cores ÷ 17 ms each" read as one login's cost.
    const r = withLimiter(
      {
        kind: 'resource',
        resource: memberResource(2, 'cpu'),
        readUtilisation: 0.895,
        backgroundUtilisation: 0,
        demandMs: 17,
        servers: 8,
        boundRps: 471,
      },
      { dominant: { stage: 'authenticate', ms: 211, kind: 'queue' } },
    );
    const text = limiterText(tr('en'), 'en', r);
    expect(text.why.join(' ')).toContain('8 cores ÷ 17 ms of them per request.');
  });

  test('nothing saturated: the clients, the busiest resource, the lock and who held it', () => {
    const text = limiterText(tr('en'), 'en', withLimiter(LIMITERS[1]));
    expect(text.lead).toContain('the busiest, Member 0 (leader) CPU, is 33% busy with requests');
    expect(text.lead).toContain('the 100 clients');
    expect(text.why[0]).toBe(
      'The lock requests wait for longest is the readTx lock: 0.2 ms per request, on all ' +
        'members together. On Member 1 it is held 10% of the time, mostly by background work ' +
        '(puts, backend commits, compaction).',
    );
  });

  test('nothing saturated, but background work shares the busiest resource: it says how much', () => {
    const r = withLimiter(LIMITERS[1]);
    r.resources = r.resources.map((x) =>
      x.id.host === 0 && x.id.name === 'cpu' ? { ...x, backgroundUtilisation: 0.05 } : x,
    );
    const text = limiterText(tr('en'), 'en', r);
    expect(text.why[0]).toBe(
      'Background work (puts, backend commits, compaction) keeps Member 0 (leader) CPU busy a ' +
        'further 5% of the time.',
    );
  });

  test('one client is one: “the 1 client waits for its own request”, “1 client allows”', () => {
    const l = LIMITERS[1];
    if (l.kind !== 'clients') throw new Error('LIMITERS[1] is the clients limiter');
    const r = withLimiter(
      { ...l, clients: 1 },
      { dominant: { stage: 'readIndex', ms: 0.4, kind: 'flight' } },
    );
    r.scenario = { ...r.scenario, clients: 1 };
    expect(limiterNote(tr('en'), 'en', r)).toContain(
      'the 1 client waits for its own request, most of the time in ReadIndex',
    );
    expect(limiterText(tr('en'), 'en', r).bounds.join(' ')).toContain('1 client allows at most');
    expect(limiterNote(tr('en'), 'en', withLimiter(l))).toContain(
      'the 100 clients wait for their own requests',
    );
  });

  test('every bound is printed beside the measurement', () => {
    const r = fixtureResult();
    const text = limiterText(tr('en'), 'en', r);
    expect(text.bounds).toHaveLength(2);
    expect(text.bounds[0]).toContain(`at most 199,500 req/s`);
    expect(text.measured).toBe('Measured: 190,000 req/s.');
  });
});
