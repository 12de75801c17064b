import { describe, expect, test } from 'vitest';
import { tourValues } from '../../../src/lib/tour/tourNumbers.ts';
import { factor } from '../../../src/lib/compare/changeText.ts';
import { ratio } from '../../../src/lib/compare/delta.ts';
import { fixtureResult } from '../src/fixtureResult.ts';

// The takeaway's "×{ratio}" sits beside the A/B table's "B ÷ A" column: the two must print the
// same factor. Rounded apart they disagreed on screen (step 4: "×180" beside "×179"; the
// summary: "×2,000" beside "×1,980").
describe('the tour ratio is the A/B table’s', () => {
  for (const rpsB of [80_513, 312_785_000, 203_957, 3_736, 450])
    for (const lang of ['en', 'zh'] as const)
      test(`A 450 or 190,000 req/s, B ${rpsB} req/s, ${lang}`, () => {
        for (const rpsA of [450, 190_000]) {
          const a = fixtureResult();
          a.summary.rps = rpsA;
          const b = fixtureResult();
          b.summary.rps = rpsB;
          const values = tourValues(a, b, 'readIndex', lang);
          expect(`×${values.ratio}`).toBe(factor(ratio(rpsB, rpsA) ?? NaN, lang));
        }
      });
});
