/**
 * The "where the sources disagree" prose quotes the ratios of the report it is printed with, not
 * figures typed in once: the earlier text kept quoting 1.76 / 1.80 / 1.82 after the model moved
 * to 1.72 / 1.83 / 1.81.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  KNOWN_GAPS,
  sourceConflicts,
  spanUs,
  type RowValues,
} from '../../../report/calibrationGaps.ts';
import { KNOWN_GAPS_ZH } from '../../../report/calibrationGapsZh.ts';
import {
  LOOPBACK_CPU_PER_READ,
  LOOPBACK_TABLE_A,
} from '../../../workers/contract/calibrationLoopback.ts';
import type { CalibrationRowId } from '../../../workers/contract/calibrationRows.ts';

const ratio = fc.double({ min: 0.5, max: 5, noNaN: true });

describe('sourceConflicts', () => {
  test('quotes each conflicting row’s model and measured ratio as given (property)', () => {
    fc.assert(
      fc.property(
        ratio,
        ratio,
        ratio,
        ratio,
        ratio,
        ratio,
        ratio,
        ratio,
        (a, b, c, d, ma, mb, mc, md) => {
          // Each row its own measured value, so a row quoting another's would be caught.
          const values: Partial<Record<CalibrationRowId, { model: number; measured: number }>> = {
            'etcd.io.s-l-1000c': { model: a, measured: ma },
            'loopback.s-l.c100-spread': { model: b, measured: mb },
            'loopback.cpu-l-s.c100-spread': { model: c, measured: mc },
            'loopback.c100-c1.l-leader': { model: d, measured: md },
          };
          const asked: string[] = [];
          const rows: RowValues = (id) => {
            asked.push(id);
            const v = values[id];
            if (v === undefined) throw new Error(`unexpected row ${id}`);
            return v;
          };
          const text = sourceConflicts(rows).join('\n');
          expect(text).toContain(`s/l ${a.toFixed(2)} vs ${ma.toFixed(2)} (etcd.io)`);
          expect(text).toContain(`, ${b.toFixed(2)} vs ${mb.toFixed(2)} (loopback)`);
          expect(text).toContain(`member CPU l/s ${c.toFixed(2)} vs ${mc.toFixed(2)}`);
          expect(text).toContain(`100 ÷ 1 client ${d.toFixed(2)} vs ${md.toFixed(2)} (loopback)`);
          expect(asked.sort()).toEqual(Object.keys(values).sort());
        },
      ),
    );
  });
});

describe('the ten-client row’s note', () => {
  const data = LOOPBACK_CPU_PER_READ;
  const extra = (m: { s: readonly number[]; l: readonly number[] }) =>
    m.l.map((l, i) => l - m.s[i]);
  const x1 = extra(data['members.c1-leader']);
  const x10 = extra(data['members.c10-spread']);

  test('quotes the measured ranges, in both languages', () => {
    for (const text of [
      KNOWN_GAPS['loopback.s-l.c10-spread'],
      KNOWN_GAPS_ZH['loopback.s-l.c10-spread'],
    ]) {
      expect(text).toContain(`${Math.min(...x1)}–${Math.max(...x1)} µs`);
      expect(text).toContain(`${Math.min(...x10)}–${Math.max(...x10)} µs`);
      expect(text).toContain(spanUs(data['members.c10-spread'].s));
      expect(text).toContain(`${spanUs(data['client.c1-leader'].s)} → `);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  test('“less than half” holds for every pair of experiments', () => {
    expect(Math.max(...x10)).toBeLessThan(Math.min(...x1) / 2);
  });

  test('spanUs gives the rounded lowest and highest, or one figure', () => {
    expect(spanUs([466.2, 443.7, 450])).toBe('444–466');
    expect(spanUs([97.42])).toBe('97');
  });
});

describe('the 500 ÷ 100 client rows’ note', () => {
  const a = LOOPBACK_TABLE_A['c100-spread'];
  const b = LOOPBACK_TABLE_A['c500-spread'];
  const us = (cores: number, qps: number) => Math.round((cores / qps) * 1e6);

  test('quotes table A’s CPU per read and busy cores, in both languages', () => {
    for (const id of ['loopback.c500-c100.s-spread', 'loopback.c500-c100.l-spread'] as const) {
      for (const text of [KNOWN_GAPS[id], KNOWN_GAPS_ZH[id]]) {
        expect(text).toContain(`${us(a.s.serverCores, a.s.qps)} `);
        expect(text).toContain(`${us(b.s.serverCores, b.s.qps)} µs`);
        expect(text).toContain(`${us(a.l.serverCores, a.l.qps)} → ${us(b.l.serverCores, b.l.qps)}`);
        expect(text).toContain(`${us(b.s.clientCores, b.s.qps)} µs`);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  test('its claims hold for the figures: each read costs less, and that is most of the gain', () => {
    const cost = (f: { clientCores: number; serverCores: number; qps: number }) =>
      (f.clientCores + f.serverCores) / f.qps;
    const gain = b.s.qps / a.s.qps;
    const cheaper = cost(a.s) / cost(b.s);
    expect(cheaper).toBeGreaterThan(1);
    // "mostly because each costs less": the cost ratio is more than the square root of the gain.
    expect(Math.log(cheaper)).toBeGreaterThan(Math.log(gain) / 2);
    expect(b.s.serverCores / b.s.qps).toBeLessThan(a.s.serverCores / a.s.qps);
    expect(b.l.serverCores / b.l.qps).toBeLessThan(a.l.serverCores / a.l.qps);
  });
});
