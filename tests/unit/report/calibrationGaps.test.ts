/**
 * The calibration notes quote the sources' figures from the data copied into the project, not
 * figures typed in once (an earlier text kept quoting ratios after the model had moved).
 */
import { describe, expect, test } from 'vitest';
import { KNOWN_GAPS } from '../../../report/calibrationGaps.ts';
import { KNOWN_GAPS_ZH } from '../../../report/calibrationGapsZh.ts';
import {
  LOOPBACK_MACHINE_BUSY,
  LOOPBACK_TABLE_A,
} from '../../../workers/contract/calibrationLoopback.ts';

describe('the 500 ÷ 100 client rows’ notes', () => {
  const us = (cores: number, qps: number) => Math.round((cores / qps) * 1e6);
  const ids = { s: 'loopback.c500-c100.s-spread', l: 'loopback.c500-c100.l-spread' } as const;

  for (const mode of ['s', 'l'] as const) {
    const a = LOOPBACK_TABLE_A['c100-spread'][mode];
    const b = LOOPBACK_TABLE_A['c500-spread'][mode];
    const m100 = us(a.serverCores, a.qps);
    const m500 = us(b.serverCores, b.qps);
    const c100 = us(a.clientCores, a.qps);
    const c500 = us(b.clientCores, b.qps);

    test(`quote their own read mode’s figures, in order, in both languages (${mode})`, () => {
      const en = KNOWN_GAPS[ids[mode]] ?? '';
      expect(en).toContain(`falls from ${m100} to ${m500} µs`);
      expect(en).toContain(`client’s from ${c100} to ${c500} µs`);
      expect(en).toContain(mode === 's' ? '(serializable reads' : '(linearizable reads');
      const zh = KNOWN_GAPS_ZH[ids[mode]] ?? '';
      expect(zh).toContain(`CPU 从 ${m100} 降到 ${m500} µs`);
      expect(zh).toContain(`客户端从 ${c100} 降到 ${c500} µs`);
      expect(zh).toContain(mode === 's' ? '（串行读' : '（线性读');
      for (const text of [en, zh]) {
        expect(text).toContain(
          `${Math.round(LOOPBACK_MACHINE_BUSY.c100up[0] * 100)}–${Math.round(LOOPBACK_MACHINE_BUSY.c100up[1] * 100)} %`,
        );
        expect(text).not.toMatch(/\{\w+\}/);
      }
    });

    test(`their claim holds for the figures: each read costs less on both sides (${mode})`, () => {
      expect(b.qps).toBeGreaterThan(a.qps);
      expect(m500).toBeLessThan(m100);
      expect(c500).toBeLessThan(c100);
    });
  }
});
