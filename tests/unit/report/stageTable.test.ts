import { describe, expect, test } from 'vitest';
import { formatStageTable, KIND_LEGEND } from '../../../report/stageTable.ts';
import { simResultFixture } from '../cli/fixture.ts';

describe('the per-stage table', () => {
  test('lists the stages requests passed through, in read-path order, in aligned columns of ms', () => {
    // Column widths by hand: the widest stage id is 9 ("readIndex"), every other column is as
    // wide as its header or its widest number; numbers are right-aligned with three decimals,
    // half to even on the exact double (0.0075 is 0.00749999… so it prints 0.007); mean = lock +
    // queue + flight + service.
    expect(formatStageTable(simResultFixture())).toBe(
      [
        'Time per stage (ms):',
        '  stage      requests   mean    p99   lock  queue  flight  service  etcd trace step',
        '  client           10  0.012  0.020  0.000  0.000   0.000    0.012  client marshal + send',
        '  network          10  0.075  0.075  0.000  0.000   0.075    0.000  network to member',
        '  readIndex        10  0.650  2.500  0.000  0.500   0.100    0.050  agreement among raft nodes before linearized reading',
        '  applyWait        10  0.000  0.000  0.000  0.000   0.000    0.000  wait for applied index',
        '  treeIndex        10  0.002  0.004  0.000  0.000   0.000    0.002  range keys from in-memory index tree',
        '  boltdb           10  0.005  0.010  0.001  0.000   0.000    0.004  range keys from bolt db',
        '  response         10  1.247  6.550  0.000  1.235   0.007    0.005  marshal + send response',
        `  ${KIND_LEGEND}`,
        '',
      ].join('\n'),
    );
  });

  test('widens a column to fit its longest number', () => {
    const r = simResultFixture();
    r.stages[0] = { ...r.stages[0], count: 1_234_567_890, lockMeanMs: 123_456.5 };
    const rows = formatStageTable(r).split('\n');
    expect(rows[1]).toBe(
      '  stage        requests   mean    p99        lock  queue  flight  service  etcd trace step',
    );
    expect(rows[2]).toBe(
      '  client     1234567890  0.012  0.020  123456.500  0.000   0.000    0.012  client marshal + send',
    );
  });
});
