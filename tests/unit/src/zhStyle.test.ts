import { describe, expect, test } from 'vitest';
import { zh } from '../../../src/lib/i18n/zh.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { LECTURE_ZH } from '../../../src/lib/tour/lectureText.zh.ts';
import { KNOWN_GAPS_ZH } from '../../../report/calibrationGapsZh.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';

// Every Chinese text the reader can meet: the dictionary, the tour's lecture text, the
// calibration view's gap notes.
const texts: [string, string][] = [
  ...Object.entries(zh),
  ...Object.entries(LECTURE_ZH).flatMap(([id, step]) =>
    Object.entries(step).flatMap(([field, v]) =>
      (Array.isArray(v) ? v : typeof v === 'string' ? [v] : Object.values(v ?? {})).map(
        (s, i): [string, string] => [`tour ${id}.${field}.${i}`, String(s)],
      ),
    ),
  ),
  ...Object.entries(KNOWN_GAPS_ZH).map(([id, s]): [string, string] => [`gap ${id}`, s ?? '']),
];

// One word for one thing (the Chinese learner walk met 节点 1 in the results and 成员 1 in the
// chain): member 成员 as etcd's own docs say it, latency 延时 (28 uses against 9 of 延迟),
// linearizable read 线性读 (41 against 4), the leader 领导者 in prose, as 跟随者 and 学习者.
const REJECTED: [RegExp, string][] = [
  [/节点/, '成员'],
  [/延迟/, '延时'],
  [/线性一致读/, '线性读'],
  // “(log scale)” was 对数坐标 under the histogram and the bcrypt chart, 对数刻度 under the sweep's.
  [/对数刻度/, '对数坐标'],
  [
    /Leader|leader(?![-\w])|Follower|follower/,
    '领导者 / 跟随者 (the letters L and F are explained once)',
  ],
  // The real-cluster card said “把 etcd-3 加为 learner” where every other text says 学习者.
  [/[Ll]earner/, '学习者 (the English word once, in brackets)'],
];
// Where an English word is the thing named: the chain's role key spells out what L and F stand
// for, calibration row ids (c1-leader) are identifiers, and etcd's own error is quoted as it reads.
const ALLOWED =
  /（Leader）|（Follower）|（Learner）|（learner）|[-.]leader|“rpc not supported for learner”/g;

describe('简体中文 uses one word for one thing', () => {
  for (const [pattern, use] of REJECTED)
    test(`${pattern.source} → ${use}`, () => {
      const hits = texts.filter(([, s]) => pattern.test(s.replace(ALLOWED, '')));
      expect(hits.map(([k, s]) => `${k}: ${s}`)).toEqual([]);
    });
});

// The house style sets a space between Chinese and Latin letters or digits ("在 ReadIndex 中",
// "第 16 讲"): 792 places in the dictionary had it, none lacked it but two titles quoted as
// published (《etcd实战课》, “如何优化及扩展etcd性能？”).
const HAN = String.raw`\p{Script=Han}`;
const TIGHT = new RegExp(`${HAN}[A-Za-z0-9]|[A-Za-z0-9]${HAN}`, 'u');
const TITLES = /《[^》]*》|“[^”]*”/g;

describe('简体中文 sets a space between Chinese and Latin letters or digits', () => {
  test('in the dictionary, the tour and the calibration notes', () => {
    const hits = texts.filter(([, s]) => TIGHT.test(s.replace(TITLES, '')));
    expect(hits.map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  // A placeholder may be filled with Latin ({stage} = ReadIndex, {resource} = CPU) or Chinese
  // (网络到成员); the template cannot space it, so filling a zh template does.
  test('where a placeholder is filled with Latin letters or digits', () => {
    const hits: string[] = [];
    for (const key of Object.keys(zh) as MessageKey[]) {
      const names = [...zh[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const fill of ['ReadIndex', 'CPU 1', '成员 1', '12 ms']) {
        const params = Object.fromEntries(names.map((n) => [n, fill]));
        const s = translate('zh', key, params);
        if (TIGHT.test(s.replace(TITLES, ''))) hits.push(`${key}: ${s}`);
      }
    }
    expect(hits).toEqual([]);
  });

  test('the limiter’s sentences the walk found: 在 ReadIndex, CPU 最多', () => {
    expect(
      translate('zh', 'limiter.where', {
        latency: '1.2 ms',
        stageMs: '0.8 ms',
        stage: 'ReadIndex',
        kind: '等锁',
      }),
    ).toContain('在 ReadIndex，');
    expect(
      translate('zh', 'limiter.bound.resource', { resource: 'CPU', bound: '9', demand: '1 ms' }),
    ).toMatch(/^CPU 最多/);
    // Chinese beside Chinese, and Latin after punctuation, stay as they are.
    expect(translate('zh', 'limiter.resource', { resource: '成员 1 的 CPU', util: '80%' })).toBe(
      '瓶颈是成员 1 的 CPU：请求让它 80% 的时间处于繁忙状态。',
    );
  });
});

// Full-width punctuation carries its own space: an ASCII space beside it shows as a gap ("按 FIFO
// （Go 的饥饿模式）", "……请求/秒。 B：" under A and B, "客户端数 （对数刻度）" under a sweep chart).
const SPACED_PUNCT = / [，。：；！？（）、]|[，。：；！？（、] /u;

describe('简体中文 sets no space beside full-width punctuation', () => {
  test('in the dictionary, the tour and the calibration notes', () => {
    const hits = texts.filter(([, s]) => SPACED_PUNCT.test(s));
    expect(hits.map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  test('where a sentence fills a placeholder: A and B’s limits, a sweep axis on a log scale', () => {
    // Each side's limit is a whole sentence ending in 。 (limiter.note.*).
    const notes = (['resource', 'rate', 'clients', 'none'] as const).map((k) =>
      translate('zh', `limiter.note.${k}`, {
        resource: '成员 1 的 CPU',
        util: '80%',
        bound: '12,600',
        rate: '100',
        clients: '1',
        stage: 'ReadIndex',
        kind: '等锁',
      }),
    );
    for (const a of notes) expect(a).toMatch(/。$/);
    for (const key of [
      'compare.bottleneck.same',
      'compare.bottleneck.moved',
      'compare.bottleneck.waitedOn',
    ] as const)
      for (const a of notes) {
        const s = translate('zh', key, { a, b: notes[0] });
        expect(s).not.toMatch(SPACED_PUNCT);
        expect(s).toContain(`${a}B：`);
      }
    for (const label of ['客户端数', '延时', '成员 ↔ 成员 RTT'])
      expect(translate('zh', 'sweep.chart.log', { label })).toBe(`${label}（对数坐标）`);
    expect(translate('en', 'sweep.chart.log', { label: 'latency' })).toBe('latency (log scale)');
  });
});
