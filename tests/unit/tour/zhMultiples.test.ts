import { describe, expect, test } from 'vitest';
import { LECTURE_TOUR } from '../../../src/lib/tour/builtinTour.ts';

// “少了 460 倍” (“460 times fewer”) reads in Chinese as a fall by 460 times the whole, which no
// count can fall by; a fraction says it plainly: “仅为压测的 1/460”, “不到 A 的百分之一”.
describe('the Chinese tour states a fall as a fraction, not as “少 N 倍”', () => {
  for (const step of LECTURE_TOUR.steps)
    test(step.id, () => {
      const zh = step.text.zh;
      for (const text of [zh.question, zh.takeaway, ...zh.choices])
        expect(text).not.toMatch(/少[^，。；]*倍/);
    });
});
