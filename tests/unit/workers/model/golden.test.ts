/**
 * Fixed-seed results must not move: each golden scenario's result, as canonical JSON, hashes to
 * the SHA-256 recorded in golden/golden.json (written before the issue-8 refactor). A mismatch
 * means the model's behaviour changed; the events and req/s beside each hash say roughly how.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  canonicalJson,
  GOLDEN_SCENARIOS,
  goldenEntry,
  type GoldenEntry,
} from './golden/scenarios.ts';

const golden = JSON.parse(
  readFileSync(new URL('./golden/golden.json', import.meta.url), 'utf8'),
) as Record<string, GoldenEntry>;

describe('fixed-seed results are unchanged', () => {
  test('the golden file covers exactly the golden scenarios', () => {
    expect(Object.keys(golden).sort()).toEqual(Object.keys(GOLDEN_SCENARIOS).sort());
  });

  for (const [name, s] of Object.entries(GOLDEN_SCENARIOS)) {
    test(name, async () => {
      expect(await goldenEntry(s)).toEqual(golden[name]);
    });
  }
});

describe('the canonical text', () => {
  test('ignores key order and keeps every digit and non-finite number', () => {
    expect(canonicalJson({ b: 0.1 + 0.2, a: [Infinity, NaN, -0, null] })).toBe(
      '{"a":["Infinity","NaN",0,null],"b":0.30000000000000004}',
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 1.0000000000000002 }));
  });
});
