/**
 * The cells of one calibration row in the reader's language: what it measures, the measured and
 * model values, the signed error and the tolerance. Formatting only; the numbers come from the
 * report (report/calibrationTable.ts), which ran the model.
 */
import { errorText, type CalibrationRow } from '../../report/calibrationTable.ts';
import { KNOWN_GAPS } from '../../report/calibrationGaps.ts';
import { KNOWN_GAPS_ZH } from '../../report/calibrationGapsZh.ts';
import type { CalibrationRowId } from '../../workers/contract/calibrationRows.ts';
import { count, sig, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';

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
 * A signed percentage with one decimal (+8.8 %, −27.9 %; 0.0 % without a sign), as the CLI and
 * docs/calibration.md print it (report's errorText, so the three never round apart); — when the
 * error is not a number.
 */
export function signedPercent(error: number): string {
  return Number.isFinite(error) ? errorText(error) : '—';
}

export function rowCells(t: Translate, lang: Locale, r: CalibrationRow): RowCells {
  const tol = r.tolerance;
  const tolerance =
    tol.kind === 'relative'
      ? t('calibration.tol.relative', { pct: Number((tol.within * 100).toFixed(1)) })
      : tol.kind === 'factor'
        ? t('calibration.tol.factor', { f: tol.within })
        : t(tol.kind === 'atLeast' ? 'calibration.tol.atLeast' : 'calibration.tol.below', {
            f: tol.of,
          });
  // The CLI and docs name a latency row's unit in a column of their own ("avg ms"); the view
  // has none, so its latency cells carry it: “818 ms”, not a bare 818 beside QPS rows.
  const unit = !r.ratio && (r.metric === 'avgMs' || r.metric === 'p99Ms') ? ' ms' : '';
  return {
    what: t(`calibration.row.${r.id as CalibrationRowId}`),
    measured: value(r.measured, lang) + unit,
    model: value(r.model, lang) + unit,
    error: signedPercent(r.error),
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
