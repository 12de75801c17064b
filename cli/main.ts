/**
 * The `readpath` command: parse, dispatch, print. Everything outside — the output streams, whether
 * stderr is a terminal, the model itself — is passed in, so tests run it with a fake model and
 * capture what it prints. Returns the exit status: 0 done, 1 the run failed, 2 refused.
 */
import { benchHeader } from '../report/benchHeader.ts';
import type { Progress, SimResult } from '../workers/contract/result.ts';
import { formatBenchReport } from '../report/benchReport.ts';
import { formatBottleneck } from '../report/bottleneck.ts';
import { formatStageTable } from '../report/stageTable.ts';
import { runCalibrate } from './calibrate.ts';
import { runFit } from './fit.ts';
import { runSweepCommand } from './sweep.ts';
import { parseArgs, UsageError, type CliArgs, type Command } from '../report/commandLine/flags.ts';
import { helpText, USAGE_LINE } from './usage.ts';
import { printable } from './printable.ts';
import type { CliIo, SimOptions, SimulateFn } from './io.ts';

export type { CliIo, SimulateFn } from './io.ts';

type Handler = (args: CliArgs, io: CliIo, simulate: SimulateFn) => Promise<number>;

/** One entry per command: adding a command is one line here. */
const HANDLERS: Record<Command, Handler> = {
  range: runBench,
  authenticate: runBench,
  sweep: runSweepCommand,
  calibrate: runCalibrate,
  fit: runFit,
  help: printHelp,
};

export async function main(
  argv: readonly string[],
  io: CliIo,
  simulate: SimulateFn,
): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`readpath: ${printable(e.message)}\n${USAGE_LINE}\n`);
    return 2;
  }
  return HANDLERS[args.command](args, io, simulate);
}

async function printHelp(_args: CliArgs, io: CliIo): Promise<number> {
  io.stdout(helpText());
  return 0;
}

/** A one-line counter redrawn in place on a terminal: "123000 / 500000  24.6%". */
function progressLine(io: CliIo, total: number): { options: SimOptions; clear: () => void } {
  let drawn = false;
  const onProgress = (p: Progress): void => {
    drawn = true;
    io.stderr(`\r${p.completed} / ${total}  ${(p.fraction * 100).toFixed(1)}%`);
  };
  // About a hundred redraws per run, whatever its size.
  const progressEvery = Math.max(1, Math.ceil(total / 100));
  return {
    options: { onProgress, progressEvery },
    clear: () => {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}

async function runBench(args: CliArgs, io: CliIo, simulate: SimulateFn): Promise<number> {
  for (const note of args.notes) io.stderr(`${printable(note)}\n`);
  if (!args.json) io.stdout(`${benchHeader(args.scenario)}\n`);
  const progress = io.stderrIsTTY ? progressLine(io, args.scenario.total) : undefined;
  let result: SimResult;
  try {
    result = await simulate(args.scenario, progress?.options ?? {});
  } catch (e) {
    progress?.clear();
    io.stderr(`readpath: ${printable(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
  progress?.clear();
  if (args.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  io.stdout(formatBenchReport(result.summary, { precise: args.precise }));
  io.stdout(`\n${formatStageTable(result)}\n${formatBottleneck(result)}`);
  return 0;
}
