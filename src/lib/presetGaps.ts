/**
 * Where a preset card's two figures disagree, and why: the lecture's measurement and the model's
 * answer sit side by side, and a learner who sees them differ must not be left to guess. Said
 * when the model's requests/sec or average latency is outside the tolerance calibration holds
 * it to (with the calibration view's own explanation of that row, report/calibrationGaps.ts),
 * and when the lecture gives only a bound on the p99 and the model's p99 is above it (with
 * Little's law, which shows the lecture's two figures can hardly both hold).
 */
import type { BenchSummary } from '../../workers/contract/result.ts';
import type { CalibrationRowId } from '../../workers/contract/calibrationRows.ts';
import { KNOWN_GAPS } from '../../report/calibrationGaps.ts';
import { KNOWN_GAPS_ZH } from '../../report/calibrationGapsZh.ts';
import { count, durationText, percent, rate, type Locale } from './format.ts';
import { signedPercent } from './compare/changeText.ts';
import type { Translate } from './i18n/i18n.svelte.ts';
import type { Preset } from './presets.ts';

export function presetGaps(
  t: Translate,
  lang: Locale,
  preset: Preset,
  model: BenchSummary,
): string[] {
  const a = preset.article;
  const tol = preset.tolerance;
  if (!a || !tol || model.succeeded === 0) return [];
  const out: string[] = [];
  const ms = (v: number): string => durationText(v, lang);
  /**
   * The model's figure against the lecture's, said when outside the tolerance, followed by the
   * calibration view's why for that row when it has one.
   */
  const gap = (
    figure: 'qps' | 'avgMs',
    modelValue: number,
    lecture: number,
    tolerance: number,
    text: (v: number) => string,
  ): void => {
    const off = modelValue / lecture - 1;
    if (!(Math.abs(off) > tolerance)) return;
    const line = t(figure === 'qps' ? 'controls.presets.gap.qps' : 'controls.presets.gap.avg', {
      model: text(modelValue),
      lecture: text(lecture),
      off: signedPercent(off, lang),
      tol: percent(tolerance, lang),
    });
    const id = `lecture.${preset.id}.${figure}` as CalibrationRowId;
    const why = (lang === 'zh' ? KNOWN_GAPS_ZH : KNOWN_GAPS)[id];
    // Chinese runs sentences together; English puts a space after the full stop.
    out.push(why === undefined ? line : `${line}${lang === 'zh' ? '' : ' '}${why}`);
  };
  gap('qps', model.rps, a.qps, tol.qps, (v) => rate(v, lang));
  if (a.avgMs !== undefined && tol.avgMs !== undefined)
    gap('avgMs', model.averageSec * 1000, a.avgMs, tol.avgMs, ms);
  const p99 = model.percentiles.find((p) => p.p === 99);
  if (a.p99MsUnder !== undefined && p99 !== undefined && p99.sec * 1000 > a.p99MsUnder) {
    const clients = Math.min(preset.scenario.clients, preset.scenario.total);
    // Little's law for the closed loop: each client waits N / X per request on average.
    const littleMs = (1000 * clients) / a.qps;
    const values = {
      bound: ms(a.p99MsUnder),
      p99: ms(p99.sec * 1000),
      avg: ms(model.averageSec * 1000),
      clients: count(clients, lang),
      qps: rate(a.qps, lang),
      little: ms(littleMs),
    };
    out.push(
      t(
        littleMs >= a.p99MsUnder ? 'controls.presets.gap.p99Little' : 'controls.presets.gap.p99',
        values,
      ),
    );
  }
  return out;
}
