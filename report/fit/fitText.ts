/**
 * `readpath fit`'s report: per pasted run, the real figures beside the model's on the starting
 * machines and on the fitted ones; then the machines before and after, and the flags that run
 * any other experiment on the fitted machines.
 */
import type { ProfileName } from '../../workers/contract/profiles.ts';
import type { ParsedRun } from '../benchmarkOutput.ts';
import { short } from '../numbers.ts';
import { FIT_PARAMS, type FitParam, type FitResult } from './fitProfile.ts';
import { realFigures, type RunFigures } from './runFigures.ts';

const PARAM_TEXT: Record<FitParam, { label: string; unit: string; flag: string }> = {
  cpuSpeed: { label: 'core speed', unit: '× reference core', flag: 'cpu-speed' },
  clientRttMs: { label: 'client RTT', unit: 'ms', flag: 'client-rtt-ms' },
  peerRttMs: { label: 'peer RTT', unit: 'ms', flag: 'peer-rtt-ms' },
  fsyncMs: { label: 'fsync', unit: 'ms', flag: 'fsync-ms' },
};

const FIGURES: [keyof RunFigures, string][] = [
  ['qps', 'qps'],
  ['avgMs', 'avg ms'],
  ['p50Ms', 'p50 ms'],
  ['p90Ms', 'p90 ms'],
  ['p99Ms', 'p99 ms'],
];

/** A fitted value with three significant digits, as a flag takes it. */
export function fittedValue(x: number): string {
  return String(Number(x.toPrecision(3)));
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map(
    (r) =>
      `  ${r
        .map((cell, c) => (c >= 2 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd()}`,
  );
}

/** The flags that put another experiment on the fitted machines. */
export function fittedFlags(profile: ProfileName, fit: FitResult): string[] {
  return [
    `--profile=${profile}`,
    ...fit.searched.map((p) => `--${PARAM_TEXT[p].flag}=${fittedValue(fit.fitted[p])}`),
  ];
}

export function formatFitText(parsed: ParsedRun[], profile: ProfileName, fit: FitResult): string {
  const out = [
    `Fitted to ${parsed.length} run${parsed.length === 1 ? '' : 's'} of benchmark output, starting from the ${profile} profile.`,
    '',
  ];
  const rows: string[][] = [['run', 'figure', 'real', 'model before', 'fitted model']];
  parsed.forEach((run, i) => {
    for (const [key, name] of FIGURES) {
      const r = (f: RunFigures): string => {
        const v = f[key];
        return typeof v === 'number' && Number.isFinite(v) ? short(v) : '—';
      };
      rows.push([
        key === 'qps' ? `${i + 1} (line ${run.line})` : '',
        name,
        r(realFigures(run)),
        r(fit.before[i]),
        r(fit.after[i]),
      ]);
    }
  });
  out.push(...table(rows), '', 'Machines:');
  const machine: string[][] = [];
  for (const p of FIT_PARAMS) {
    const t = PARAM_TEXT[p];
    const searched = fit.searched.includes(p);
    machine.push([
      t.label,
      searched
        ? `${fittedValue(fit.start[p])} → ${fittedValue(fit.fitted[p])} ${t.unit}`
        : `${fittedValue(fit.start[p])} ${t.unit} (not fitted: nothing in these runs depends on it)`,
    ]);
  }
  out.push(...table(machine));
  out.push(
    '',
    `Score ${fittedValue(fit.lossBefore)} → ${fittedValue(fit.lossAfter)} (weighted squared ` +
      `log-ratios of QPS, average and percentiles; ${fit.evaluations} evaluations of the model).`,
    'Any other experiment on these machines:',
    `  npx readpath range KEY … ${fittedFlags(profile, fit).join(' ')}`,
  );
  return `${out.join('\n')}\n`;
}
