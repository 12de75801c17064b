/**
 * The calibration notes quote the sources' figures from the data copied into the project, not
 * figures typed in once (an earlier text kept quoting ratios after the model had moved).
 */
import { describe, expect, test } from 'vitest';
import { KNOWN_GAPS, median, spanUs } from '../../../report/calibrationGaps.ts';
import { FIT_NOTES, linearizableExtras, loopbackExtraRange } from '../../../report/fitNotes.ts';
import { KNOWN_GAPS_ZH } from '../../../report/calibrationGapsZh.ts';
import {
  LOOPBACK_CPU_PER_READ,
  LOOPBACK_MACHINE_BUSY,
  LOOPBACK_TABLE_A,
} from '../../../workers/contract/calibrationLoopback.ts';

describe('the raw-compute note', () => {
  test('each source’s linearizable extra per read comes from its own figures', () => {
    const [lecture, io, loop] = linearizableExtras();
    // Lecture: 24 cores at 190,000 and 320,000 reads/s; etcd.io: 24 vCPUs at 141,578 and
    // 185,758; loopback (table A, 100 clients spread): 1.41 cores at 10,826/s, 1.16 at 11,899/s.
    expect(lecture.ownUs).toBeCloseTo(24e6 / 190_000 - 24e6 / 320_000, 6);
    expect(io.ownUs).toBeCloseTo(24e6 / 141_578 - 24e6 / 185_758, 6);
    expect(loop.ownUs).toBeCloseTo(1.41e6 / 10_826 - 1.16e6 / 11_899, 6);
    const note = FIT_NOTES.find((n) =>
      n.startsWith('Why the runtime work is taken as raw compute'),
    );
    expect(note).toContain(`≈ ${Math.round(lecture.ownUs)} µs; etcd.io the same way ≈ 40 µs`);
    expect(note).toContain(`≈ ${Math.round(loop.ownUs)} µs of member CPU measured`);
    expect(note).toContain('comes to 33–51 µs of each source’s own cores');
    // The seven paired experiments at 100 clients spread: 130/97 … 178/157 µs per read.
    expect(loopbackExtraRange()).toEqual([21, 46]);
    expect(note).toContain('table A, 21–46 over the seven paired experiments');
    // At one speed (the core's) the two slower machines ask under half the lecture's.
    expect(note).toContain(`asked ≈ 51, ≈ ${Math.round(io.ownUs * 0.535)} and ≈ 17`);
    // At the raw-compute speed (0.99 on both VMs): 40.3 × 0.99 and 32.8 × 0.99 µs.
    expect(note).toContain('At the raw-compute speed (1, 0.99, 0.99) they ask ≈ 51, ≈ 40 and ≈ 32');
    expect(note).not.toMatch(/\{\w+\}/);
  });
});

describe('the ten-client row’s note', () => {
  const data = LOOPBACK_CPU_PER_READ;
  const extra = (m: { s: readonly number[]; l: readonly number[] }) =>
    m.l.map((l, i) => l - m.s[i]);
  const x1 = extra(data['members.c1-leader']);
  const x10 = extra(data['members.c10-spread']);
  const range = (v: number[]) => `${Math.min(...v)}–${Math.max(...v)}`;
  const s1 = Math.round(median(data['members.c1-leader'].s));
  const s10 = Math.round(median(data['members.c10-spread'].s));
  const client1 = spanUs(data['client.c1-leader'].s);
  const client10 = spanUs(data['client.c10-spread'].s);

  test('quotes the measured figures in order (one client first), in both languages', () => {
    const en = KNOWN_GAPS['loopback.s-l.c10-spread'] ?? '';
    expect(en).toContain(`from ${range(x1)} µs at one client on the leader to ${range(x10)} µs`);
    expect(en).toContain(`${s1} → ${s10} µs on the members, ${client1} → ${client10} µs`);
    const zh = KNOWN_GAPS_ZH['loopback.s-l.c10-spread'] ?? '';
    expect(zh).toContain(`的 ${range(x1)} µs 降到十个客户端分散时的 ${range(x10)} µs`);
    expect(zh).toContain(
      `成员上 ${s1} → ${s10} µs，benchmark 客户端里 ${client1} → ${client10} µs`,
    );
    for (const text of [en, zh]) expect(text).not.toMatch(/\{\w+\}/);
  });

  test('its claims hold for the figures: “less than half”, and serializable costs less too', () => {
    expect(Math.max(...x10)).toBeLessThan(Math.min(...x1) / 2);
    expect(s10).toBeLessThan(s1);
    expect(Number(client10)).toBeLessThan(Number(client1));
  });

  test('spanUs and median', () => {
    expect(spanUs([466.2, 443.7, 450])).toBe('444–466');
    expect(spanUs([97.42])).toBe('97');
    expect(median([134, 143, 140])).toBe(140);
    expect(median([113, 141, 118, 123])).toBe(120.5);
  });
});

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
