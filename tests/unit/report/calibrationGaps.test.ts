/**
 * The calibration notes quote the sources' figures from the data copied into the project, not
 * figures typed in once (an earlier text kept quoting ratios after the model had moved).
 */
import { describe, expect, test } from 'vitest';
import { FIT_NOTES } from '../../../report/fitNotes.ts';
import {
  LOOPBACK_MACHINE_BUSY,
  LOOPBACK_TABLE_A,
} from '../../../workers/contract/calibrationLoopback.ts';

describe('the note on requests sharing a connection', () => {
  const us = (cores: number, qps: number) => Math.round((cores / qps) * 1e6);
  const a = LOOPBACK_TABLE_A['c100-spread'].s;
  const b = LOOPBACK_TABLE_A['c500-spread'].s;
  const m100 = us(a.serverCores, a.qps);
  const m500 = us(b.serverCores, b.qps);
  const c100 = us(a.clientCores, a.qps);
  const c500 = us(b.clientCores, b.qps);

  test('quotes table A’s serializable CPU per read, in order, and how busy the machine was', () => {
    const note = FIT_NOTES.find((n) => n.startsWith('Requests that share a connection')) ?? '';
    expect(note).toContain(`per serializable read fell from ${m100} to ${m500} µs`);
    expect(note).toContain(`client’s from ${c100} to ${c500} µs`);
    const [lo, hi] = LOOPBACK_MACHINE_BUSY.c100up;
    expect(note).toContain(`${Math.round(lo * 100)}–${Math.round(hi * 100)} % busy`);
    expect(note).not.toMatch(/\{\w+\}/);
  });

  test('its claim holds for the figures: each read costs less on both sides, in both modes', () => {
    for (const mode of ['s', 'l'] as const) {
      const x = LOOPBACK_TABLE_A['c100-spread'][mode];
      const y = LOOPBACK_TABLE_A['c500-spread'][mode];
      expect(y.qps).toBeGreaterThan(x.qps);
      expect(y.serverCores / y.qps).toBeLessThan(x.serverCores / x.qps);
      expect(y.clientCores / y.qps).toBeLessThan(x.clientCores / x.qps);
    }
  });
});
