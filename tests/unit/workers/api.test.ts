import { describe, expect, test } from 'vitest';
import { api } from '../../../workers/api.ts';
import { COSTS } from '../../../workers/model/costs.ts';
import { defaultScenario } from '../../../workers/contract/scenario.ts';
import { GO_BCRYPT10_MS } from '../../../workers/contract/bcrypt.ts';

const go = { bcryptCost: 10, bcrypt10Ms: GO_BCRYPT10_MS, bcryptSpeed: 1 };

describe('the worker facade', () => {
  test('bcrypt work doubles with each cost step from the cost table', () => {
    expect(api.estimateBcrypt(go).msPerCompare).toBe(50);
    expect(api.estimateBcrypt({ ...go, bcryptCost: 11 }).msPerCompare).toBe(100);
    expect(api.estimateBcrypt({ ...go, bcryptCost: 8 }).perCorePerSecond).toBe(80);
  });

  test('the scenario’s bcrypt time defaults to the cost table’s entry, Go’s reference', () => {
    expect(defaultScenario().bcrypt10Ms).toBe(COSTS.bcrypt10Ms);
    expect(COSTS.bcrypt10Ms).toBe(GO_BCRYPT10_MS);
  });

  test('a measured bcrypt time replaces the table’s, and a core slower at bcrypt takes longer', () => {
    // 120 ms at cost 10 on a reference core → 480 ms at cost 12; on a 0.5× core, 960 ms.
    expect(
      api.estimateBcrypt({ bcryptCost: 12, bcrypt10Ms: 120, bcryptSpeed: 1 }).msPerCompare,
    ).toBe(480);
    expect(
      api.estimateBcrypt({ bcryptCost: 12, bcrypt10Ms: 120, bcryptSpeed: 0.5 }).msPerCompare,
    ).toBe(960);
  });

  test('a field outside its range is refused with the allowed range named', () => {
    expect(() => api.estimateBcrypt({ ...go, bcryptCost: 3 })).toThrow(
      'invalid bcryptCost: 3 (allowed: integers 4..16 log₂ rounds)',
    );
    expect(() => api.estimateBcrypt({ ...go, bcryptCost: 10.5 })).toThrow(
      'invalid bcryptCost: 10.5',
    );
    expect(() => api.estimateBcrypt({ ...go, bcryptCost: Number.NaN })).toThrow(
      'invalid bcryptCost: NaN',
    );
    expect(() => api.estimateBcrypt({ ...go, bcrypt10Ms: 0 })).toThrow(
      'invalid bcrypt10Ms: 0 (allowed: 1..10000 ms per compare at cost 10)',
    );
  });
});
