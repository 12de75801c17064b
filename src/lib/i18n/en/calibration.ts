/** The calibration view: the model against the lecture, etcd.io and a real loopback cluster. */
import type { CalibrationRowId } from '../../../../workers/contract/calibrationRows.ts';
import { ROW_TEXT } from '../../../../report/calibrationText.ts';

/** What each row measures: the CLI's and docs' own English words, one key per row. */
const rows = Object.fromEntries(
  Object.entries(ROW_TEXT).map(([id, text]) => [`calibration.row.${id}`, text]),
) as Record<`calibration.row.${CalibrationRowId}`, string>;

export const calibration = {
  ...rows,
  'calibration.title': 'The model against real measurements',
  'calibration.intro':
    'Every row runs the model on its own machines and compares it with a measurement it must meet: the lecture’s five figures, etcd.io’s published table and a real three-member etcd 3.4.23 cluster with its benchmark on one 2-vCPU machine. Rows the model misses are shown as FAIL with their numbers, and “Why?” under each says why it misses.',
  'calibration.why': 'Why?',
  'calibration.run': 'Run the calibration',
  'calibration.rerun': 'Run again',
  'calibration.stop': 'Stop',
  'calibration.close': 'Close',
  'calibration.running': 'Simulating run {done} of {steps}…',
  'calibration.failed': 'The calibration failed: {message}',
  'calibration.tally': '{pass} of {rows} rows within tolerance.',
  'calibration.source.lecture':
    'Lecture: Tang Cong, etcd实战课 lecture 16 (2021); three 8-core members and a 16-core client.',
  'calibration.source.etcd.io':
    'etcd.io: the published read table (etcd 3.2.0, three 8-vCPU members on Google Cloud).',
  'calibration.source.loopback':
    'Loopback: real etcd 3.4.23, three members and the benchmark on one 2-vCPU machine (ratios only: the host drifted).',
  'calibration.sourceTally': '{pass} of {rows} within tolerance',
  'calibration.col.what': 'What',
  'calibration.col.measured': 'Measured',
  'calibration.col.model': 'Model',
  'calibration.col.error': 'Error',
  'calibration.col.tolerance': 'Tolerance',
  'calibration.col.result': 'Result',
  'calibration.pass': 'pass',
  'calibration.fail': 'FAIL',
  'calibration.tol.relative': '±{pct} %',
  'calibration.tol.factor': '×{f} either way',
  'calibration.tol.atLeast': 'at least {f}×',
  'calibration.tol.below': 'below {f}×',
  'calibration.profile': 'model on “{profile}”',
} as const;
