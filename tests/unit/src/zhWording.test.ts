import { describe, expect, test } from 'vitest';
import { translate, type Lang } from '../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../src/lib/i18n/en.ts';
import { paramAxis } from '../../../src/lib/sweep/sweepText.ts';
import { speedText } from '../../../src/lib/animation/speedText.ts';

const tr = (lang: Lang) => (key: MessageKey, params?: Record<string, string | number>) =>
  translate(lang, key, params);

// The Chinese learner walk read “节点数 (个节点)” under a sweep chart: ASCII brackets in Chinese,
// and the count said twice.
describe('a sweep axis title', () => {
  test('in Chinese: full-width brackets, a count’s unit left out', () => {
    expect(paramAxis(tr('zh'), 'members')).toBe('成员数');
    expect(paramAxis(tr('zh'), 'clients')).toBe('客户端数');
    expect(paramAxis(tr('zh'), 'peerRttMs')).toBe('成员 ↔ 成员 RTT（毫秒）');
    // “（次 put/秒）” read as a count word without its count: the unit alone, as on the other axes.
    expect(paramAxis(tr('zh'), 'writeQps')).toBe('后台写入（put/秒）');
  });
  test('in English as before', () => {
    expect(paramAxis(tr('en'), 'members')).toBe('Members');
    expect(paramAxis(tr('en'), 'peerRttMs')).toBe('Member ↔ member RTT (ms)');
  });
});

// “实际速度的 1/590 倍” reads as a multiple of real time; a part of it takes no 倍.
describe('the playback speed in words', () => {
  test('in Chinese', () => {
    expect(speedText(tr('zh'), 1 / 590)).toBe('实际速度的 1/590');
    expect(speedText(tr('zh'), 5.333)).toBe('实际速度的 5.3 倍');
  });
  test('in English as before', () => {
    expect(speedText(tr('en'), 1 / 590)).toBe('1/590× real time');
    expect(speedText(tr('en'), 5.333)).toBe('5.3× real time');
  });
});

// The sweep's repair note read “线性读 在 10 个客户端：endpoint 数 3”: the template's spaces fell
// between Chinese words, and a bare value after the field read as a label.
describe('a sweep repair', () => {
  test('in Chinese: spaced only where Chinese meets a digit or a Latin letter', () => {
    expect(
      translate('zh', 'sweep.repair', { series: '线性读', x: '10', field: '成员数', now: '3' }),
    ).toBe('线性读在 10 时：成员数改为 3');
    expect(
      translate('zh', 'sweep.repair', { series: '串行读', x: '2', field: 'endpoint 数', now: '2' }),
    ).toBe('串行读在 2 时：endpoint 数改为 2');
  });
});
