import { describe, expect, test } from 'vitest';
import { translate, type Lang } from '../../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../../src/lib/i18n/en.ts';
import {
  sweepStatusText,
  sweptTitle,
  type SweepStatus,
} from '../../../../src/lib/sweep/sweepText.ts';
import { SWEEP_PARAMS } from '../../../../workers/contract/sweep.ts';
import { paramLabel, paramUnit } from '../../../../src/lib/paramText.ts';

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
  test('names each parameter once: “32 clients”, not “Clients 32 clients” (every parameter, both languages)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const t = tr(lang);
      for (const param of SWEEP_PARAMS) {
        const title = sweptTitle(t, lang, param, 32);
        const unit = paramUnit(t, param);
        const label = paramLabel(t, param);
        // The unit's noun (without a Chinese measure word) at most once.
        const noun = unit.replace(/^[个条次]/u, '').toLowerCase();
        if (noun !== '')
          expect(title.toLowerCase().split(noun).length - 1, title).toBeLessThanOrEqual(1);
        // Either the label or a unit that names it says what was swept.
        expect(title.includes(label) || label.toLowerCase().includes(noun), title).toBe(true);
        expect(title).toContain(unit);
      }
    }
    expect(sweptTitle(tr('en'), 'en', 'clients', 32)).toBe('32 clients');
    expect(sweptTitle(tr('en'), 'en', 'writeQps', 5000)).toBe('Background writes 5,000 puts/s');
    expect(sweptTitle(tr('zh'), 'zh', 'members', 5)).toBe('5 个成员');
  });
});

describe('a read-out row', () => {
  test('puts a full-width colon after a Chinese label, an ASCII one after an English label', () => {
    const row = { label: '线性读', value: '5,246 请求/秒' };
    expect(translate('zh', 'sweep.readout.row', row)).toBe('线性读：5,246 请求/秒');
    expect(translate('en', 'sweep.readout.row', { label: 'linearizable', value: '5,246' })).toBe(
      'linearizable: 5,246',
    );
  });
});
