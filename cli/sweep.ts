/**
 * `readpath sweep`: the experiment the other flags describe, run at several values of one
 * parameter (optionally for both read modes), one run after another in this process; prints one
 * CSV row per run (report/sweepExport.ts, the app's export) or, with --json, the plan and every
 * run's result in the `--json` schema. The spec is parsed by workers/contract/sweep.ts, the same
 * parser as the app's sweep form, and a refusal names the flag and what it allows.
 */
import { planSweep, SweepSpecError, sweepAllowedText } from '../workers/contract/sweep.ts';
import type { SweepPlan } from '../workers/contract/sweep.ts';
import { sweepCsv, sweepJson, type SweepRow } from '../report/sweepExport.ts';
import { parseSweepSpec } from '../workers/contract/sweep.ts';
import type { CliArgs } from '../report/commandLine/flags.ts';
import { choiceWords, invalid } from '../report/commandLine/usageErrors.ts';
import type { CliIo, SimulateFn } from './io.ts';
import { USAGE_LINE } from './usage.ts';

function plan(args: CliArgs): SweepPlan {
  if (args.sweep.param === undefined)
    throw new SweepSpecError({ field: 'param', value: '', reason: 'choice', choices: [] });
  return planSweep(parseSweepSpec(args.sweep, args.scenario), args.scenario);
}

export async function runSweepCommand(
  args: CliArgs,
  io: CliIo,
  simulate: SimulateFn,
): Promise<number> {
  for (const note of args.notes) io.stderr(`${note}\n`);
  let p: SweepPlan;
  try {
    p = plan(args);
  } catch (e) {
    if (!(e instanceof SweepSpecError)) throw e;
    const { problem } = e;
    const message =
      args.sweep.param === undefined
        ? 'sweep needs --param NAME'
        : // The sweep's own words (CLI only; the app's sweep form words its problems itself).
          invalid(problem.field, problem.value, choiceWords([sweepAllowedText(problem)])).message;
    io.stderr(`readpath: ${message}\n${USAGE_LINE}\n`);
    return 2;
  }
  // As in the app, a point that fails does not stop the others: it is named on stderr, the rows
  // that ran are printed, and the exit code (1) says the sweep is incomplete.
  const rows: SweepRow[] = [];
  let failed = 0;
  for (const point of p.points) {
    if (io.stderrIsTTY)
      io.stderr(`\rrun ${point.index + 1} / ${p.points.length}: ${p.spec.param} ${point.x}`);
    try {
      rows.push({ series: point.series, x: point.x, result: await simulate(point.scenario, {}) });
    } catch (e) {
      failed += 1;
      if (io.stderrIsTTY) io.stderr('\r\x1b[K');
      io.stderr(
        `readpath: run ${p.spec.param}=${point.x} (${point.series}) failed: ${e instanceof Error ? e.message : String(e)}\n`,
      );
    }
  }
  if (io.stderrIsTTY) io.stderr('\r\x1b[K');
  for (const r of p.repairs)
    io.stderr(`note: at ${p.spec.param}=${r.x} (${r.series}) ${r.field} is ${String(r.now)}\n`);
  io.stdout(args.json ? sweepJson(p, args.scenario, rows) : sweepCsv(p, rows));
  return failed > 0 ? 1 : 0;
}
