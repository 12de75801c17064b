/**
 * Words and numbers of the "your cluster" panel in the reader's language: a refusal of the
 * pasted text (its code and parameters from report/benchmarkOutputErrors.ts), a figure's value,
 * a fitted parameter. Formatting only; the numbers come from the parser and the model.
 */
import type { BenchmarkOutputError } from '../../../report/benchmarkOutput.ts';
import type { FitParam } from '../../../report/fit/fitProfile.ts';
import type { RunFigures } from '../../../report/fit/runFigures.ts';
import { durationText, rate, sig, type Locale } from '../format.ts';
import type { Translate } from '../i18n/i18n.svelte.ts';

/** The refusal in the reader's language, with its line when it has one. */
export function outputErrorText(t: Translate, e: BenchmarkOutputError): string {
  const message = t(`fit.error.${e.code}`, e.params);
  return e.line === null ? message : t('fit.errorAt', { line: e.line, message });
}

export const FIGURE_KEYS = ['qps', 'avgMs', 'p50Ms', 'p90Ms', 'p99Ms'] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** A figure as the table shows it: a rate, or a duration in the unit that reads best. */
export function figureText(f: RunFigures | undefined, key: FigureKey, lang: Locale): string {
  if (f === undefined) return '—';
  const v = f[key];
  if (!Number.isFinite(v)) return '—';
  return key === 'qps' ? rate(v, lang) : durationText(v, lang);
}

/** A fitted parameter with its unit. */
export function paramValueText(p: FitParam, value: number, lang: Locale): string {
  return p === 'cpuSpeed' ? `${sig(value, lang, 3)}×` : `${sig(value, lang, 3)} ms`;
}

/**
 * A message cut into plain text and command-line flags (`--clients`), so each flag can be kept
 * on one line: a browser breaks a line after a hyphen, and a refusal listing the flags the
 * command line takes showed "--" at a line's end and "endpoints" at the next one's start.
 */
export function flagPieces(message: string): { text: string; flag: boolean }[] {
  return message
    .split(/(--[A-Za-z][\w-]*)/)
    .filter((text) => text !== '')
    .map((text) => ({ text, flag: text.startsWith('--') }));
}
