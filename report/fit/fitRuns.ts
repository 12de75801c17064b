/**
 * From pasted benchmark output to experiments to fit: each run's command line, read by the same
 * flag parser as `readpath` (commandLine/flags.ts), becomes the Scenario it describes on the
 * learner's profile; its printed figures become what the model must meet.
 */
import type { ProfileName } from '../../workers/contract/profiles.ts';
import type { Scenario } from '../../workers/contract/scenario.ts';
import { BenchmarkOutputError, parseBenchmarkOutput, type ParsedRun } from '../benchmarkOutput.ts';
import {
  BENCHMARK_COMMANDS,
  BENCHMARK_FLAGS,
  parseArgs,
  UsageError,
} from '../commandLine/flags.ts';
import type { FitRun, Machines } from './fitProfile.ts';
import { realFigures } from './runFigures.ts';

/** The experiment a run's command line describes, on `profile`. */
export function experimentOf(run: ParsedRun, profile: ProfileName): Scenario {
  if (run.command === null) throw new BenchmarkOutputError('noCommand', {}, run.line);
  let scenario: Scenario;
  try {
    // A refusal of an unknown flag lists the real tool's flags only: the model's (--members …)
    // are read here too, but pasted output came from a `benchmark` that has none of them.
    const args = parseArgs(run.command, {
      profile,
      listed: BENCHMARK_FLAGS,
      commands: BENCHMARK_COMMANDS,
    });
    if (args.command !== 'range' && args.command !== 'authenticate')
      throw new UsageError('notARun', { command: args.command });
    scenario = args.scenario;
  } catch (e) {
    if (e instanceof UsageError)
      throw new BenchmarkOutputError('badCommand', { message: e.message }, run.line, e);
    throw e;
  }
  if (run.readMode !== null && run.readMode !== scenario.readMode)
    throw new BenchmarkOutputError(
      'modeMismatch',
      { output: run.readMode, command: scenario.readMode },
      run.line,
    );
  return scenario;
}

export interface PastedRuns {
  parsed: ParsedRun[];
  runs: FitRun[];
}

/** The fields that describe the machines rather than the experiment. */
export const MACHINE_FIELDS = [
  'sharedHost',
  'serverCores',
  'clientCores',
  'cpuSpeed',
  'bcryptSpeed',
  'nicGbps',
  'clientRttMs',
  'peerRttMs',
  'fsyncMs',
  'etcdVersion',
] as const satisfies readonly (keyof Scenario)[];

/**
 * Every run of the pasted text with its experiment. The command line sets the experiment; the
 * machines are the profile's, or `machines` when given (the app's own Machines settings).
 * Throws BenchmarkOutputError.
 */
export function pastedRuns(
  text: string,
  profile: ProfileName,
  machines: Partial<Scenario> = {},
): PastedRuns {
  const parsed = parseBenchmarkOutput(text);
  const runs = parsed.map((run) => ({
    scenario: { ...experimentOf(run, profile), ...machines },
    real: realFigures(run),
  }));
  return { parsed, runs };
}

/** The machine fields of a scenario, to carry over to another experiment. */
export function machineFieldsOf(s: Scenario): Partial<Scenario> {
  const out: Partial<Scenario> = {};
  for (const f of MACHINE_FIELDS) Object.assign(out, { [f]: s[f] });
  return out;
}

/** The machines a scenario runs on (the fit's starting point). */
export function machinesOf(s: Scenario): Machines {
  return {
    cpuSpeed: s.cpuSpeed,
    clientRttMs: s.clientRttMs,
    peerRttMs: s.peerRttMs,
    fsyncMs: s.fsyncMs,
  };
}
