/**
 * Fills a step's takeaway from the runs on screen: each placeholder of tourFormat.ts becomes the
 * model's number, formatted in the reader's language exactly as the headline and the A/B table
 * format it (format.ts), so the sentence can be checked against the numbers beside it.
 * Formatting only: nothing here computes performance.
 */
import type { SimResult, StageStat } from '../../../workers/contract/result.ts';
import type { StageId } from '../../../workers/contract/stages.ts';
import { durationText, rate, sig, type Locale } from '../format.ts';
import { metric } from '../compare/delta.ts';
import { format } from '../i18n/i18n.svelte.ts';
import type { Placeholder } from './tourFormat.ts';

/** One stage's figures; null if no request passed through it. */
function stageOf(r: SimResult, stage: StageId): StageStat | null {
  const s = r.stages.find((x) => x.id === stage);
  return s && s.count > 0 ? s : null;
}

/** Mean time (ms, all four kinds) requests spent in one stage; null if none passed through it. */
export function stageMeanMs(r: SimResult, stage: StageId): number | null {
  return stageOf(r, stage)?.meanMs ?? null;
}

/** Of that, the mean time the stage's own work took (service); null if none passed through it. */
export function stageServiceMs(r: SimResult, stage: StageId): number | null {
  return stageOf(r, stage)?.serviceMeanMs ?? null;
}

function ms(v: number | null, lang: Locale): string {
  return v === null ? '—' : durationText(v, lang);
}

/** The value of every placeholder the runs can fill (B's only when there is a B run). */
export function tourValues(
  a: SimResult,
  b: SimResult | null,
  stage: StageId,
  lang: Locale,
): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = {
    qps: rate(a.summary.rps, lang),
    avgMs: ms(metric(a, 'avg'), lang),
    p99Ms: ms(metric(a, 'p99'), lang),
    stageMs: ms(stageMeanMs(a, stage), lang),
    serviceMs: ms(stageServiceMs(a, stage), lang),
  };
  if (b) {
    values.qpsB = rate(b.summary.rps, lang);
    values.avgMsB = ms(metric(b, 'avg'), lang);
    values.p99MsB = ms(metric(b, 'p99'), lang);
    values.stageMsB = ms(stageMeanMs(b, stage), lang);
    values.serviceMsB = ms(stageServiceMs(b, stage), lang);
    const qa = a.summary.rps;
    const qb = b.summary.rps;
    // Three significant digits, as the A/B table's B ÷ A column (compare/changeText.ts factor):
    // the takeaway's "×{ratio}" is read beside it (two digits printed ×180 beside ×179).
    values.ratio = qa > 0 ? sig(qb / qa, lang, 3) : '—';
    values.inverse = qb > 0 ? sig(qa / qb, lang, 3) : '—';
  }
  return values;
}

/** The takeaway with the model's numbers put in. */
export function fillTakeaway(
  template: string,
  a: SimResult,
  b: SimResult | null,
  stage: StageId,
  lang: Locale,
): string {
  const values = tourValues(a, b, stage, lang);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) params[k] = v;
  return format(template, params, { spaceHan: lang === 'zh' });
}
