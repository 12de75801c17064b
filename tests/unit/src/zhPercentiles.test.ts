import { expect, test } from 'vitest';
import { zh } from '../../../src/lib/i18n/zh.ts';

// The headline writes P50, P99, P99.9; the sticky answer under it, the bcrypt storm, the fit
// table and the sweep legend wrote p50 and p99 beside the same numbers. One spelling in 简体中文
// (English keeps its lowercase p50 throughout).
test('简体中文 writes every percentile as the headline does: P50, P90, P99', () => {
  const lowercase = Object.entries(zh)
    .filter(([, text]) => /(^|[^A-Za-z{])p\d/.test(text.replace(/\{\w+\}/g, '')))
    .map(([key]) => key);
  expect(lowercase).toEqual([]);
});
