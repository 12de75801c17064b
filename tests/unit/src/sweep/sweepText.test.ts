import { describe, expect, test } from 'vitest';
import { translate, type Lang } from '../../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../../src/lib/i18n/en.ts';
import {
  sweepStatusText,
  sweptTitle,
  type SweepStatus,
} from '../../../../src/lib/sweep/sweepText.ts';
import { SWEEP_PARAMS } from '../../../../workers/contract/sweep.ts';

const tr =
  (lang: Lang) =>
  (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(lang, key, params);

/** The form's "Points 5", both read modes: ten runs. */
const BOTH_MODES: SweepStatus = {
  phase: 'done',
  runs: 10,
  values: 5,
  curves: 2,
  finished: 10,
  progress: 1,
  elapsedMs: 2110,
  workers: 2,
};

describe('the sweep status line', () => {
  test('a sweep of 5 points over two curves reports 10 runs, not 10 points', () => {
    const en = sweepStatusText(tr('en'), 'en', BOTH_MODES);
    expect(en).toBe('10 runs (5 points × 2 curves) in 2,110 ms on 2 workers.');
    expect(en).not.toMatch(/10 points/);
    const zh = sweepStatusText(tr('zh'), 'zh', BOTH_MODES);
    expect(zh).toBe('10 次运行（5 个点 × 2 条曲线），用时 2,110 ms，2 个 worker。');
    expect(zh).not.toMatch(/10 个点/);
  });

  test('one curve: its runs are its points; one worker is singular', () => {
    const one = { ...BOTH_MODES, runs: 5, curves: 1, workers: 1 };
    expect(sweepStatusText(tr('en'), 'en', one)).toBe('5 runs in 2,110 ms on 1 worker.');
    expect(sweepStatusText(tr('zh'), 'zh', one)).toBe('5 次运行，用时 2,110 ms，1 个 worker。');
  });

  test('running and stopped count the same runs', () => {
    const running = { ...BOTH_MODES, phase: 'running' as const, finished: 3, progress: 0.34 };
    expect(sweepStatusText(tr('en'), 'en', running)).toMatch(/^3 of 10 runs \(34\s?%\)$/);
    const stopped = { ...BOTH_MODES, phase: 'stopped' as const, finished: 4 };
    expect(sweepStatusText(tr('en'), 'en', stopped)).toBe('Stopped after 4 of 10 runs.');
    expect(sweepStatusText(tr('zh'), 'zh', stopped)).toBe('已停止，完成 4 / 10 次运行。');
  });
});

describe('the read-out’s heading of a swept value', () => {
  const title = (lang: 'en' | 'zh', param: (typeof SWEEP_PARAMS)[number]) =>
    sweptTitle(tr(lang), lang, param, 32);

  test('a count is named once (“32 clients”), and no two parameters read alike (both languages)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const titles = SWEEP_PARAMS.map((p) => title(lang, p));
      // Which parameter was swept must stay clear: "32 keys" for both key counts would not say.
      expect(new Set(titles).size, titles.join(' / ')).toBe(titles.length);
    }
    expect(title('en', 'clients')).toBe('32 clients');
    expect(title('en', 'conns')).toBe('32 connections');
    expect(title('en', 'members')).toBe('32 members');
    expect(title('zh', 'clients')).toBe('32 个客户端');
    expect(title('zh', 'members')).toBe('32 个成员');
    expect(title('zh', 'conns')).toBe('32 条连接');
  });

  test('keeps the label where the unit alone would not say which parameter', () => {
    expect(title('en', 'keysPerRange')).toBe('Keys per range 32 keys');
    expect(title('en', 'totalKeys')).toBe('Keys in the store 32 keys');
    expect(title('en', 'serverCores')).toBe('Member cores 32 cores');
    expect(title('en', 'clientCores')).toBe('Client cores 32 cores');
    expect(title('en', 'writeQps')).toBe('Background writes 32 puts/s');
    expect(title('zh', 'keysPerRange')).toBe('每次 Range 的 key 数 32 个 key');
    expect(title('zh', 'serverCores')).toBe('成员 CPU 核数 32 核');
  });
});

describe('a read-out row', () => {
  test('puts a full-width colon after a Chinese label, an ASCII one after an English label', () => {
    // SweepReadout.svelte words a row as label.colon, then the value.
    expect(translate('zh', 'label.colon', { label: '线性读' }) + '5,246 请求/秒').toBe(
      '线性读：5,246 请求/秒',
    );
    expect(translate('en', 'label.colon', { label: 'linearizable' }) + '5,246').toBe(
      'linearizable: 5,246',
    );
  });
});
