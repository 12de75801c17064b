/**
 * `npm run calibrate:docs`: runs the calibration (the real model, every row of the three-source
 * table and every trend) and writes docs/calibration.md. With `--check` it writes nothing and
 * exits 1 when the committed file differs from what the model gives now.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCalibration } from '../report/calibrationRun.ts';
import { formatCalibrationDoc } from '../report/calibrationMarkdown.ts';
import { runInProcess } from '../workers/api.ts';

const DOC = fileURLToPath(new URL('../docs/calibration.md', import.meta.url));

const report = await runCalibration((s) => runInProcess(s, { journeys: 0 }));
const text = formatCalibrationDoc(report);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(DOC, 'utf8');
  } catch {
    // A missing file is simply out of date.
  }
  const same = current === text;
  console.log(same ? 'docs/calibration.md is current' : 'docs/calibration.md is out of date');
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(DOC, text);
  console.log(
    `wrote docs/calibration.md (${report.rows.length} rows, ${report.trends.length} trends)`,
  );
}
