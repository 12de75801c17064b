/**
 * The "where the sources disagree" prose quotes the ratios of the report it is printed with, not
 * figures typed in once: the earlier text kept quoting 1.76 / 1.80 / 1.82 after the model moved
 * to 1.72 / 1.83 / 1.81.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { sourceConflicts, type RowValues } from '../../../report/calibrationGaps.ts';
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
