import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultScenario, scenarioOnProfile } from '../../../../workers/contract/scenario.ts';
import {
  fieldChanges,
  isImprovement,
  metric,
  ratio,
  relativeChange,
} from '../../../../src/lib/compare/delta.ts';
import {
  baselineName,
  changesText,
  factor,
  shownAsZero,
  signedPercent,
} from '../../../../src/lib/compare/changeText.ts';
import { translate } from '../../../../src/lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../../../src/lib/i18n/en.ts';
import { fixtureResult } from '../fixtureResult.ts';

const en = (key: MessageKey, p?: Record<string, string | number>): string =>
  translate('en', key, p);
const zh = (key: MessageKey, p?: Record<string, string | number>): string =>
  translate('zh', key, p);

describe('comparing two results', () => {
  test('ratios and changes are null where they mean nothing', () => {
    expect(ratio(348_638, 189_645)).toBeCloseTo(1.8384, 4);
    expect(relativeChange(348_638, 189_645)).toBeCloseTo(0.8384, 4);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 1)).toBeNull();
    expect(ratio(1, Infinity)).toBeNull();
  });

  test('the headline numbers are the summary’s, latencies in ms', () => {
    const r = fixtureResult(defaultScenario());
    expect(metric(r, 'rps')).toBe(r.summary.rps);
    expect(metric(r, 'avg')).toBe(r.summary.averageSec * 1000);
    expect(metric(r, 'p99')).toBe((r.summary.percentiles.find((p) => p.p === 99)?.sec ?? 0) * 1000);
    expect(metric({ ...r, summary: { ...r.summary, succeeded: 0 } }, 'p50')).toBeNull();
  });

  test('more requests/sec is better, more latency is not', () => {
    expect(isImprovement('rps', 0.2)).toBe(true);
    expect(isImprovement('p99', 0.2)).toBe(false);
    expect(isImprovement('p99', -0.2)).toBe(true);
  });
});

describe('comparisons in words', () => {
  const a = scenarioOnProfile('article-3x8c');
  const b = { ...a, readMode: 'serializable' as const };

  test('what changed, named with its label and both values, a number with its unit', () => {
    expect(changesText(en, 'en', fieldChanges(a, b))).toBe(
      'Read mode: linearizable (etcd’s default) → serializable',
    );
    expect(changesText(zh, 'zh', fieldChanges(a, b))).toBe('读模式：线性读（etcd 默认） → 串行读');
    const many = { ...b, clients: 10, conns: 5, total: 7, learner: true };
    // A count the label names stays bare ("→ 1 clients" read wrong, "→ 10 clients" twice).
    expect(changesText(en, 'en', fieldChanges(a, many))).toBe(
      'Clients: 1,000 → 10; Connections: 100 → 5; Total requests: 100,000 → 7; and 2 more',
    );
    // A bare "0.15 → 40" read as nothing: a measure carries its unit on both sides.
    const far = fieldChanges(a, { ...a, peerRttMs: 40, cpuSpeed: 0.625 });
    expect(changesText(en, 'en', far)).toBe(
      'CPU speed: 1 × reference core → 0.625 × reference core; Member ↔ member RTT: 0.15 ms → 40 ms',
    );
    expect(changesText(zh, 'zh', far)).toContain('0.15 毫秒 → 40 毫秒');
    // 0 turns a cap or a timer off: said as off, the unit without the controls' legend.
    expect(changesText(en, 'en', fieldChanges({ ...a, rate: 500 }, a))).toBe(
      'Rate limit: 500 req/s → off',
    );
    expect(changesText(zh, 'zh', fieldChanges(a, { ...a, compactionMs: 300 }))).toBe(
      `${zh('controls.param.compactionMs.label')}：关 → 300 毫秒`,
    );
    expect(changesText(en, 'en', fieldChanges(a, { ...a, valueBytes: 1_048_576 }))).toBe(
      'Value size: 256 B → 1 MiB',
    );
  });

  test('the baseline is named by its old value when one field changed', () => {
    expect(baselineName(en, 'en', 'previous', fieldChanges(a, b))).toBe(
      'linearizable (etcd’s default)',
    );
    expect(baselineName(en, 'en', 'previous', fieldChanges(a, { ...a, clients: 10 }))).toBe(
      'Clients 1,000',
    );
    expect(baselineName(en, 'en', 'pinned', fieldChanges(a, { ...b, clients: 10 }))).toBe(
      'the pinned experiment',
    );
  });

  test('signed changes and factors', () => {
    expect(signedPercent(0.8384, 'en')).toBe('+84%');
    expect(signedPercent(-0.032, 'en')).toBe('−3.2%');
    expect(signedPercent(0, 'en')).toBe('0%');
    // Past a doubling or a halving the change is a factor: a percentage would round to −100 %.
    expect(signedPercent(12.5 / 189_645 - 1, 'en')).toBe('÷15,200');
    expect(signedPercent(3057.14, 'en')).toBe('×3,060');
    expect(signedPercent(1, 'en')).toBe('×2');
    expect(signedPercent(-0.5, 'zh')).toBe('÷2');
    expect(signedPercent(-1, 'en')).toBe('−100%');
    expect(factor(0.5439, 'en')).toBe('×0.544');
    expect(factor(1.8384, 'zh')).toBe('×1.84');
  });

  test('a change between two positive figures never reads as all or nothing', () => {
    const figure = fc.double({ min: 1e-3, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(figure, figure, fc.constantFrom('en' as const, 'zh' as const), (a, b, lang) => {
        const text = signedPercent(b / a - 1, lang);
        // A smaller but non-zero figure is never "−100 %"; a different figure is never "0 %"
        // unless the change is below the shown precision (0.05 %).
        expect(text).not.toMatch(/^[-−]100%$/);
        if (Math.abs(b / a - 1) >= 0.0005) expect(text).not.toBe('0%');
        // Either a percentage within ±100 % or a factor, which names the direction.
        expect(text).toMatch(/^([+−]\d+(\.\d)?%|0%|×[\d,.]+|÷[\d,.]+)$/);
        if (text.startsWith('×')) expect(b).toBeGreaterThan(a);
        if (text.startsWith('÷')) expect(b).toBeLessThan(a);
      }),
    );
  });

  test('a change shown as 0% is known as one, so it is coloured neither better nor worse', () => {
    expect(shownAsZero(0)).toBe(true);
    expect(shownAsZero(0.0004)).toBe(true);
    expect(shownAsZero(-0.0004)).toBe(true);
    expect(shownAsZero(0.0006)).toBe(false);
    expect(shownAsZero(-0.032)).toBe(false);
    fc.assert(
      fc.property(fc.double({ min: -0.01, max: 0.01, noNaN: true }), (c) => {
        // (shownAsZero reads the English text, so only the Chinese can disagree with it.)
        expect(shownAsZero(c)).toBe(signedPercent(c, 'zh') === '0%');
      }),
    );
  });
});
