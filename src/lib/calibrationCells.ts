/**
 * The cells of one calibration row in the reader's language: what it measures, the measured and
 * model values, the signed error and the tolerance. Formatting only; the numbers come from the
 * report (report/calibrationTable.ts), which ran the model.
 */
import type { CalibrationRow } from '../../report/calibrationTable.ts';
import { KNOWN_GAPS } from '../../report/calibrationGaps.ts';
import { KNOWN_GAPS_ZH } from '../../report/calibrationGapsZh.ts';
import type { CalibrationRowId } from '../../workers/contract/calibrationRows.ts';
import { count, sig, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';
import { numberFormat } from './i18n/numberFormat.ts';

export interface RowCells {
  what: string;
  measured: string;
  model: string;
  error: string;
  tolerance: string;
  result: string;
}

/**
 * A value as the table shows it: whole and grouped from 1,000 up (320,000; 16,010), else up to
 * four significant digits (818; 12.5; 2.25; 0.8997; 0.0103), so a source's own digits survive.
 */
function value(x: number, lang: Locale): string {
  if (Math.abs(x) >= 1000) return count(x, lang);
  return sig(x, lang, 4);
}

/**
 * A signed percentage with one decimal: +8.8 %, −27.9 %; an error that rounds to zero has no
 * sign (0.0 %, not −0.0 % for a model 0.01 % under).
 */
export function signedPercent(error: number, lang: Locale): string {
  if (!Number.isFinite(error)) return '—';
  const tenths = Math.round(Math.abs(error * 1000));
  const text = numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    tenths / 10,
  );
  if (tenths === 0) return `${text} %`;
  return `${error >= 0 ? '+' : '−'}${text} %`;
}

export function rowCells(t: Translate, lang: Locale, r: CalibrationRow): RowCells {
  const tol = r.tolerance;
  const tolerance =
    tol.kind === 'relative'
      ? t('calibration.tol.relative', { pct: Number((tol.within * 100).toFixed(1)) })
      : tol.kind === 'factor'
        ? t('calibration.tol.factor', { f: tol.within })
        : t(tol.kind === 'atLeast' ? 'calibration.tol.atLeast' : 'calibration.tol.below');
  return {
    what: t(`calibration.row.${r.id as CalibrationRowId}`),
    measured: value(r.measured, lang),
    model: value(r.model, lang),
    error: signedPercent(r.error, lang),
    tolerance,
    result: t(r.pass ? 'calibration.pass' : 'calibration.fail'),
  };
}

/**
 * Why the model misses a row, in the reader's language (report/calibrationGaps.ts and its
 * Chinese), or undefined for a row within its tolerance.
 */
export function whyMissed(lang: Locale, r: CalibrationRow): string | undefined {
  if (r.pass) return undefined;
  return (lang === 'zh' ? KNOWN_GAPS_ZH : KNOWN_GAPS)[r.id as CalibrationRowId];
}
