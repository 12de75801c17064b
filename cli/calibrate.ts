/**
 * `readpath calibrate`: the model beside the article's measurements and trends. It is a report,
 * not a gate: a failing row is printed as FAIL and the exit status stays 0; only a run that
 * cannot finish exits 1. The per-scenario assertions live in the model's own tests.
 */
import { formatCalibrationText } from '../report/calibrationText.ts';
import type { CliArgs } from '../report/commandLine/flags.ts';
import type { CliIo, SimulateFn } from './io.ts';
import { runCalibration } from '../report/calibrationRun.ts';

export async function runCalibrate(
  args: CliArgs,
  io: CliIo,
  simulate: SimulateFn,
): Promise<number> {
  // Scenario flags do not apply: every run is the article's own scenario or a trend's; the
  // parser left a note naming the ones given.
  for (const note of args.notes) io.stderr(`${note}\n`);
  let drawn = false;
  const onStep = io.stderrIsTTY
    ? (index: number, steps: number, id: string): void => {
        drawn = true;
        io.stderr(`\r\x1b[K[${index + 1}/${steps}] ${id}`);
      }
    : undefined;
  const clear = (): void => {
    if (drawn) io.stderr('\r\x1b[K');
  };
  try {
    const report = await runCalibration((s) => simulate(s, { journeys: 0 }), { onStep });
    clear();
    io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatCalibrationText(report));
    return 0;
  } catch (e) {
    clear();
    io.stderr(`readpath: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
