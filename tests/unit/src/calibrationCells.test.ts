/** The calibration view's cells: the report's numbers in the reader's language, nothing recomputed. */
import { describe, expect, test } from 'vitest';
import { rowCells, signedPercent, whyMissed } from '../../../src/lib/calibrationCells.ts';
import { KNOWN_GAPS } from '../../../report/calibrationGaps.ts';
import { KNOWN_GAPS_ZH } from '../../../report/calibrationGapsZh.ts';
import { translate } from '../../../src/lib/i18n/i18n.svelte.ts';
import { errorText, type CalibrationRow } from '../../../report/calibrationTable.ts';
import { CALIBRATION_ROWS } from '../../../workers/contract/calibrationRows.ts';

const row: CalibrationRow = {
  id: 'loopback.s-l.c100-spread',
  source: 'loopback',
  metric: 'qps',
  ratio: true,
  measured: 1.34,
  model: 1.8432,
  error: (1.8432 - 1.34) / 1.34,
  tolerance: { kind: 'relative', within: 0.2 },
  pass: false,
  from: 'a test',
};

describe('calibration cells', () => {
  test('a failing ratio row in English: four digits, signed error, its tolerance, FAIL', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('en', k, p);
    expect(rowCells(t, 'en', row)).toEqual({
      what: 'serializable ÷ linearizable QPS, 100 clients spread',
      measured: '1.34',
      model: '1.843',
      error: '+37.6 %',
      tolerance: '±20 %',
      result: 'FAIL',
    });
  });

  test('in Chinese, large values grouped, a factor tolerance and a pass', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('zh', k, p);
    const cells = rowCells(t, 'zh', {
      ...row,
      id: 'lecture.serializable-1000c.qps',
      measured: 320_000,
      model: 348_837.4,
      error: -0.05,
      tolerance: { kind: 'factor', within: 1.5 },
      pass: true,
    });
    expect(cells).toMatchObject({
      what: '串行读，1,000 个客户端：QPS',
      measured: '320,000',
      model: '348,837',
      error: '−5.0 %',
      tolerance: '上下 1.5 倍以内',
      result: '通过',
    });
  });

  test('a latency row names its unit in both languages; a ratio row has none', () => {
    for (const lang of ['en', 'zh'] as const) {
      const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
        translate(lang, k, p);
      const latency = {
        ...row,
        id: 'lecture.large-value-1mb.avgMs',
        metric: 'avgMs',
        ratio: false,
        measured: 818,
        model: 826.7,
      } as const;
      expect(rowCells(t, lang, latency)).toMatchObject({ measured: '818 ms', model: '826.7 ms' });
      expect(
        rowCells(t, lang, { ...row, id: 'loopback.tail.l.c1-leader', metric: 'p99OverAvg' }),
      ).toMatchObject({ measured: '1.34', model: '1.843' });
    }
  });

  test('every row of the table has words in both languages', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const r of CALIBRATION_ROWS)
        expect(translate(lang, `calibration.row.${r.id}`), r.id).not.toMatch(/^calibration\./);
  });

  test('a signed percentage never prints a bare minus or NaN', () => {
    expect(signedPercent(-0.279)).toBe('−27.9 %');
    expect(signedPercent(Number.NaN)).toBe('—');
    // An error that rounds to zero shows no sign, either way.
    expect(signedPercent(-0.0004)).toBe('0.0 %');
    expect(signedPercent(0.0004)).toBe('0.0 %');
    expect(signedPercent(-0.0006)).toBe('−0.1 %');
    // The view and the CLI round alike (they once differed at half-tenths: 0.0425).
    expect(signedPercent(0.0425)).toBe(errorText(0.0425));
  });

  test('a missed row says why in the reader’s language; a row within tolerance says nothing', () => {
    const missed = { ...row, id: 'etcd.io.l-1000c.avgMs' };
    expect(whyMissed('en', missed)).toBe(KNOWN_GAPS['etcd.io.l-1000c.avgMs']);
    expect(whyMissed('zh', missed)).toBe(KNOWN_GAPS_ZH['etcd.io.l-1000c.avgMs']);
    expect(whyMissed('zh', missed)).toMatch(/[\u4e00-\u9fff]/);
    expect(whyMissed('en', { ...missed, pass: true })).toBeUndefined();
  });

  test('the Chinese reasons cover the same rows as the English, each with the numbers it quotes', () => {
    expect(Object.keys(KNOWN_GAPS_ZH).sort()).toEqual(Object.keys(KNOWN_GAPS).sort());
    for (const [id, en] of Object.entries(KNOWN_GAPS)) {
      const zh = KNOWN_GAPS_ZH[id as keyof typeof KNOWN_GAPS_ZH] ?? '';
      // A translation that drops, adds or changes a figure would contradict the English: the two
      // texts quote the same numbers, as many times each.
      const numbers = (text: string): string[] => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).sort();
      expect(numbers(zh), id).toEqual(numbers(en ?? ''));
    }
  });
});
