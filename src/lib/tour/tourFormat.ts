/**
 * The tour format: a guided path through the lab as plain data, so a trainer can write a tour as
 * one file (copy src/lib/tour/builtinTour.ts and edit it; README "Write your own tour").
 *
 * A step sets an experiment (one scenario, or an A/B pair), marks one stage of the read path,
 * asks the learner to predict, then states a takeaway whose numbers come from the run on screen:
 * the takeaway text holds placeholders (`{qps}`, `{qpsB}`, `{ratio}`, …, listed in PLACEHOLDERS)
 * that are filled from the model's result in the reader's language. Never write a model number
 * into the text: a change of the cost table would make the sentence disagree with the screen.
 * The lecture's (or etcd's) own measurement goes in `figure`, with where it was measured.
 */
import type { Scenario } from '../../../workers/contract/scenario.ts';
import type { StageId } from '../../../workers/contract/stages.ts';
import type { Lang } from '../i18n/i18n.svelte.ts';

/** Scenario fields a step sets; every other field keeps its default (scenario.ts). */
export type ScenarioPatch = Partial<Scenario>;

/** One experiment, or two side by side (A is loaded into the lab, B is opened beside it). */
export type TourExperiment = { scenario: ScenarioPatch } | { a: ScenarioPatch; b: ScenarioPatch };

/** Where a published figure comes from. */
export type FigureSource = 'lecture' | 'etcd-performance';

/** A published measurement, shown beside the model's number with its source and setting. */
export interface TourFigure {
  source: FigureSource;
  /** The figure itself, as the source gives it ("≈ 190,000 QPS, average 4.9 ms"). */
  value: string;
  /** What it was measured on (machines, version, command). */
  measuredOn: string;
}

/** The words of a step in one language. */
export interface StepText {
  title: string;
  /** What to predict before the run is shown. */
  question: string;
  /** Two or three answers to choose from; `answer` is the index of the one the model supports. */
  choices: string[];
  /**
   * The lesson, with placeholders for the model's numbers (PLACEHOLDERS). Plain text; a
   * placeholder not in the list stays visible as written, and the unit tests refuse it.
   */
  takeaway: string;
  figure?: TourFigure;
}

export interface TourStep {
  /** Stable id, used in tests and for the texts; the link is `#tour/<1-based number>`. */
  id: string;
  experiment: TourExperiment;
  /** The stage the step is about: marked in the chain (workers/contract/stages.ts ids). */
  stage: StageId;
  /** Index into `choices` of the answer the model's run supports. */
  answer: number;
  text: Record<Lang, StepText>;
}

export interface Tour {
  id: string;
  /** The tour's name and where its material comes from, per language. */
  title: Record<Lang, string>;
  about: Record<Lang, string>;
  steps: TourStep[];
}

/**
 * The placeholders a takeaway may use. Without a B experiment only the A ones are allowed.
 * - qps, avgMs, p99Ms: requests/s, mean and 99th-percentile latency of experiment A;
 * - stageMs: mean time (queue + service) a request spent in the step's stage in A;
 * - serviceMs: of that, the mean time the stage's own work took (the A/B stage table's service);
 * - qpsB, avgMsB, p99MsB, stageMsB, serviceMsB: the same for B;
 * - ratio: B's requests/s ÷ A's ("1.69", the A/B table's digits), inverse: A's ÷ B's.
 */
export const A_PLACEHOLDERS = ['qps', 'avgMs', 'p99Ms', 'stageMs', 'serviceMs'] as const;
export const B_PLACEHOLDERS = [
  'qpsB',
  'avgMsB',
  'p99MsB',
  'stageMsB',
  'serviceMsB',
  'ratio',
  'inverse',
] as const;
export const PLACEHOLDERS = [...A_PLACEHOLDERS, ...B_PLACEHOLDERS] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The placeholder names a template uses, in order of appearance (repeats kept once). */
export function placeholdersIn(template: string): string[] {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return [...new Set(names)];
}

export function hasB(e: TourExperiment): e is { a: ScenarioPatch; b: ScenarioPatch } {
  return 'a' in e;
}

/** The A side's patch of an experiment. */
export function patchA(e: TourExperiment): ScenarioPatch {
  return hasB(e) ? e.a : e.scenario;
}
