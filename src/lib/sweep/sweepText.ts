/**
 * Sweep words in the reader's language: series names, the swept value on an axis, and the
 * reasons a spec was refused (from the shared parser's SweepProblem data, never its English).
 */
import type { SeriesId, SweepParam, SweepProblem } from '../../../workers/contract/sweep.ts';
import { count, durationText, percent, type Locale } from '../format.ts';
import type { MessageKey } from '../i18n/en.ts';
import { numberFormat } from '../i18n/numberFormat.ts';
import { paramLabel, paramUnit, valueText } from '../paramText.ts';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function seriesLabel(t: Translate, id: SeriesId): string {
  return t(`sweep.series.${id}`);
}

/** Okabe–Ito colours per series: A and linearizable blue, B orange, serializable vermillion. */
export const SERIES_COLOURS: Record<SeriesId, string> = {
  base: 'var(--oi-blue)',
  linearizable: 'var(--oi-blue)',
  serializable: 'var(--oi-vermillion)',
  a: 'var(--oi-blue)',
  b: 'var(--oi-orange)',
};

/** Short numbers for ticks: 1.6M, 20K (en); 157万 (zh). */
export function compact(v: number, lang: Locale): string {
  return numberFormat(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(v);
}

/**
 * Whether the unit names what the label does ("Members" and "members"): a count's. A Chinese
 * count's unit starts with its measure word (个成员, 条连接), which the label lacks (成员数).
 */
function unitNamesLabel(label: string, unit: string): boolean {
  const named = unit.replace(/^[个条次]/u, '').toLowerCase();
  return named !== '' && label.toLowerCase().includes(named);
}

/** "Background writes (puts/s)": the swept parameter as an axis title. */
export function paramAxis(t: Translate, param: SweepParam): string {
  const unit = paramUnit(t, param);
  const label = paramLabel(t, param);
  // "Members (members)" says it twice: a count's unit is left out when the label names it.
  return unit && !unitNamesLabel(label, unit) ? t('sweep.chart.axisUnit', { label, unit }) : label;
}

/**
 * Whether the unit is all the label says ("Clients" and "clients", 成员数 and 个成员): then
 * "32 clients" names the parameter. "Keys per range" and "keys" is not such a pair: "32 keys"
 * would not say which keys.
 */
function unitIsLabel(label: string, unit: string): boolean {
  const named = unit.replace(/^[个条次]/u, '').toLowerCase();
  const bare = label.toLowerCase().replace(/数$/u, '');
  return named !== '' && bare === named;
}

/**
 * The swept value in full with what it is, as the chart's read-out heads it: "Background writes
 * 5,000 puts/s", but "32 clients" — not "Clients 32 clients" — when the unit is the parameter.
 */
export function sweptTitle(t: Translate, lang: Locale, param: SweepParam, v: number): string {
  const unit = paramUnit(t, param);
  const label = paramLabel(t, param);
  const value = sweptValue(t, lang, param, v);
  return (unitIsLabel(label, unit) ? `${value} ${unit}` : `${label} ${value} ${unit}`).trim();
}

/** A swept value in full ("5,000"), as the table and the read-out show it. */
export function sweptValue(t: Translate, lang: Locale, param: SweepParam, v: number): string {
  return valueText(t, lang, param, v);
}

export function msText(v: number, lang: Locale): string {
  return durationText(v, lang);
}

/** A refused spec in words, naming the field and what it allows. */
export function problemText(
  t: Translate,
  lang: Locale,
  p: SweepProblem,
  param: SweepParam | null,
): string {
  const field = t(`sweep.${p.field}`);
  const bound = (v: number | undefined): string => {
    if (v === undefined) return '';
    if ((p.field === 'from' || p.field === 'to') && param !== null)
      return valueText(t, lang, param, v);
    return String(v);
  };
  switch (p.reason) {
    case 'choice':
      return t('sweep.invalid.choice', {
        field,
        value: p.value,
        choices: (p.choices ?? []).join(', '),
      });
    case 'range':
      return t('sweep.invalid.range', {
        field,
        value: p.value,
        min: bound(p.min),
        max: bound(p.max),
      });
    case 'integer':
      return t('sweep.invalid.integer', {
        field,
        value: p.value,
        min: bound(p.min),
        max: bound(p.max),
      });
    case 'log':
      return t('sweep.invalid.log');
    case 'same':
      return t('sweep.invalid.same');
    case 'needsB':
      return t('sweep.invalid.needsB');
  }
}

/** What the status line beside "Run the sweep" needs of a sweep. */
export interface SweepStatus {
  phase: 'idle' | 'running' | 'done' | 'stopped';
  /** Runs in the plan: one per swept value and curve. */
  runs: number;
  /** Swept values (the form's "Points") and curves. */
  values: number;
  curves: number;
  finished: number;
  progress: number;
  elapsedMs: number | null;
  workers: number;
}

/**
 * The sweep's status line. It counts runs, not points: with both read modes (or A and B) a
 * sweep of 5 points is 10 runs, and "10 points" beside the form's "Points 5" read as a
 * contradiction. With more than one curve it says how the runs come about.
 */
export function sweepStatusText(t: Translate, lang: Locale, s: SweepStatus): string {
  const total = count(s.runs, lang);
  switch (s.phase) {
    case 'running':
      return t('sweep.progress', {
        done: count(s.finished, lang),
        total,
        pct: percent(s.progress, lang),
      });
    case 'done': {
      const params = { total, time: durationText(s.elapsedMs ?? 0, lang), workers: s.workers };
      return s.curves > 1
        ? t('sweep.doneCurves', {
            ...params,
            values: count(s.values, lang),
            curves: s.curves,
          })
        : t('sweep.done', params);
    }
    case 'stopped':
      return t('sweep.stopped', { done: count(s.finished, lang), total });
    case 'idle':
      return '';
  }
}
