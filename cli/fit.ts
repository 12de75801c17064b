/**
 * `readpath fit < output.txt`: reads real benchmark output (each run with its command line),
 * fits the machines — core speed, round trips, fsync — to it by running the model (report/fit/),
 * and prints the real figures beside the model's before and after, the fitted machines and the
 * flags that put any other experiment on them. Refusals of the text exit 2 naming the line.
 */
import { BenchmarkOutputError } from '../report/benchmarkOutput.ts';
import type { CliArgs } from '../report/commandLine/flags.ts';
import { fitProfile } from '../report/fit/fitProfile.ts';
import { machinesOf, pastedRuns } from '../report/fit/fitRuns.ts';
import { formatFitText } from '../report/fit/fitText.ts';
import { scenarioOnProfile } from '../workers/contract/scenario.ts';
import type { CliIo, SimulateFn } from './io.ts';
import { printable } from './printable.ts';

const HOW =
  'usage: readpath fit [--profile NAME] < output.txt   (the benchmark output, with its command lines)';

export async function runFit(args: CliArgs, io: CliIo, simulate: SimulateFn): Promise<number> {
  for (const note of args.notes) io.stderr(`${printable(note)}\n`);
  if (io.readStdin === undefined || io.stdinIsTTY === true) {
    io.stderr(`readpath: fit reads the benchmark's output on its standard input\n${HOW}\n`);
    return 2;
  }
  const profile = args.scenario.profile;
  let pasted;
  try {
    pasted = pastedRuns(await io.readStdin(), profile);
  } catch (e) {
    if (!(e instanceof BenchmarkOutputError)) throw e;
    io.stderr(`readpath: ${printable(e.message)}\n${HOW}\n`);
    return 2;
  }
  let drawn = false;
  const onStep = io.stderrIsTTY
    ? (n: number, of: number): void => {
        drawn = true;
        io.stderr(`\r\x1b[Kfitting: model run ${n} of about ${of}`);
      }
    : undefined;
  try {
    const start = machinesOf(scenarioOnProfile(profile));
    const fit = await fitProfile(pasted.runs, start, (s) => simulate(s, { journeys: 0 }), onStep);
    if (drawn) io.stderr('\r\x1b[K');
    io.stdout(
      args.json
        ? `${JSON.stringify({ profile, runs: pasted.parsed, fit }, null, 2)}\n`
        : formatFitText(pasted.parsed, profile, fit),
    );
    return 0;
  } catch (e) {
    if (drawn) io.stderr('\r\x1b[K');
    io.stderr(`readpath: ${printable(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}
