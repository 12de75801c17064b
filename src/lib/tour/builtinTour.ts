/**
 * The built-in tour: Tang Cong's lecture 16 of 极客时间 etcd实战课, "性能及稳定性（上）：如何优化及
 * 扩展etcd性能？" (2021), step by step, with etcd's own performance page for the opening figure.
 * A trainer's own tour is one file of the same Tour shape (README "Write your own tour").
 */
import { LECTURE_EXPERIMENTS, LECTURE_STEP_IDS } from './lectureExperiments.ts';
import { LECTURE_EN } from './lectureText.en.ts';
import { LECTURE_ZH } from './lectureText.zh.ts';
import type { Tour } from './tourFormat.ts';

export const LECTURE_TOUR: Tour = {
  id: 'lecture-16',
  title: {
    en: 'The lecture, step by step',
    zh: '跟着讲义一步步走',
  },
  about: {
    en: 'Follows Tang Cong, 极客时间 “etcd实战课” lecture 16, “性能及稳定性（上）：如何优化及扩展etcd性能？” (2021). Its figures are shown beside the model’s, with what each was measured on: the same machines the step’s experiment runs on.',
    zh: '内容来自唐聪《etcd实战课》（极客时间）第 16 讲“性能及稳定性（上）：如何优化及扩展etcd性能？”（2021）。讲义的数字与模型的数字并列，并注明测量环境：正是这一步实验所用的机器。',
  },
  steps: LECTURE_STEP_IDS.map((id) => ({
    id,
    ...LECTURE_EXPERIMENTS[id],
    text: { en: LECTURE_EN[id], zh: LECTURE_ZH[id] },
  })),
};
