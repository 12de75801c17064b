import { describe, expect, test } from 'vitest';
import { formatStageTable } from '../../../report/stageTable.ts';
import { simResultFixture } from '../cli/fixture.ts';

describe('the per-stage table', () => {
  test('lists the stages requests passed through, in read-path order, in aligned columns of ms', () => {
    // Column widths by hand: the widest stage id is 9 ("readIndex"), every other column is as
    // wide as its header; numbers are right-aligned with three decimals, half to even.
    expect(formatStageTable(simResultFixture())).toBe(
      [
        'Time per stage (ms):',
        '  stage      requests  queue mean  queue p99  service mean  service p99  etcd trace step',
        '  client           10       0.000      0.000         0.012        0.020  client marshal + send',
        '  network          10       0.000      0.000         0.075        0.075  network to member',
        '  readIndex        10       0.500      2.250         0.150        0.300  agreement among raft nodes before linearized reading',
        '  applyWait        10       0.000      0.000         0.000        0.000  wait for applied index',
        '  treeIndex        10       0.000      0.002         0.002        0.003  range keys from in-memory index tree',
        '  boltdb           10       0.001      0.002         0.004        0.010  range keys from bolt db',
        '  response         10       1.235      6.500         0.013        0.050  marshal + send response',
        '',
      ].join('\n'),
    );
  });

  test('widens a column to fit its longest number', () => {
    const r = simResultFixture();
    r.stages[0] = { ...r.stages[0], count: 1_234_567_890, queueMeanMs: 123_456.5 };
    const rows = formatStageTable(r).split('\n');
    expect(rows[1]).toBe(
      '  stage        requests  queue mean  queue p99  service mean  service p99  etcd trace step',
    );
    expect(rows[2]).toBe(
      '  client     1234567890  123456.500      0.000         0.012        0.020  client marshal + send',
    );
  });
});
