import { describe, expect, test } from 'vitest';
import { defaultScenario } from '../../../../workers/contract/scenario.ts';
import { Baseline } from '../../../../src/lib/compare/baseline.svelte.ts';
import { fixtureResult } from '../fixtureResult.ts';

const lin = fixtureResult(defaultScenario());
const ser = fixtureResult({ ...defaultScenario(), readMode: 'serializable' });

describe('the baseline', () => {
  test('is the previous experiment once a different one answers', () => {
    const b = new Baseline();
    b.observe(lin, false);
    expect(b.reference).toBeNull();
    b.observe(ser, false);
    expect(b.reference).toEqual({ kind: 'previous', result: lin });
  });

  test('a quick estimate or a rerun of the same experiment is not a change', () => {
    const b = new Baseline();
    b.observe(lin, false);
    b.observe(
      fixtureResult({ ...defaultScenario(), readMode: 'serializable', total: 20_000 }),
      true,
    );
    expect(b.reference).toBeNull();
    b.observe(fixtureResult(defaultScenario()), false);
    expect(b.reference).toBeNull();
  });

  test('a pinned experiment wins over the previous one until cleared; clear forgets both', () => {
    const b = new Baseline();
    b.observe(lin, false);
    b.pin(lin);
    b.observe(ser, false);
    const third = fixtureResult({ ...defaultScenario(), clients: 10 });
    b.observe(third, false);
    expect(b.reference).toEqual({ kind: 'pinned', result: lin });
    b.clear();
    expect(b.reference).toBeNull();
    b.observe(lin, false);
    expect(b.reference).toEqual({ kind: 'previous', result: third });
  });
});
