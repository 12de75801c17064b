/**
 * Words and numbers of the "your cluster" panel in the reader's language: a refusal of the
 * pasted text (its code and parameters from report/benchmarkOutputErrors.ts), a figure's value,
 * a fitted parameter. Formatting only; the numbers come from the parser and the model.
 */
import type { BenchmarkOutputError } from '../../../report/benchmarkOutput.ts';
import {
  unitSuffix,
  type Allowed,
  type UsageError,
} from '../../../report/commandLine/usageErrors.ts';
import type { FitParam } from '../../../report/fit/fitProfile.ts';
import type { RunFigures } from '../../../report/fit/runFigures.ts';
import { durationText, rate, sig, type Locale } from '../format.ts';
import type { Translate } from '../i18n/i18n.svelte.ts';
import { paramUnit } from '../paramText.ts';

/** The refusal in the reader's language, with its line when it has one. */
export function outputErrorText(t: Translate, lang: Locale, e: BenchmarkOutputError): string {
  // A command line the parser refused: its words too, not the CLI's English (e.params.message).
  const params =
    e.usage === null ? e.params : { ...e.params, message: usageErrorText(t, lang, e.usage) };
  const message = t(`fit.error.${e.code}`, params);
  return e.line === null ? message : t('fit.errorAt', { line: e.line, message });
}

/** The command-line parser's refusal in the reader's language (in English, as the CLI prints it). */
export function usageErrorText(t: Translate, lang: Locale, e: UsageError): string {
  const params: Record<string, string> = { ...e.params };
  if (e.allowed !== null) params.allowed = allowedText(t, lang, e.allowed);
  if (e.near.length > 0) params.near = e.near.join(t('fit.usage.or'));
  return t(`fit.usage.${e.code}`, params);
}

/**
 * What a flag allows, inside a refusal; a range names its field's unit in the reader's words.
 * English keeps the CLI's unit: the controls' shorter one ("ms per compare", where the label
 * already says cost 10) would make the two differ.
 */
function allowedText(t: Translate, lang: Locale, a: Allowed): string {
  const translated = a.field === undefined ? '' : paramUnit(t, a.field);
  const unit = lang === 'en' ? unitSuffix(a.field) : translated === '' ? '' : ` ${translated}`;
  return t(`fit.allowed.${a.code}`, { ...a.params, unit });
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
