/**
 * The usage line printed after every refusal, and the `--help` text. The flag list is generated
 * from the flag table and the parameter table, so allowed values and defaults cannot drift.
 */
import { PARAMS } from '../workers/contract/params.ts';
import { defaultScenario } from '../workers/contract/scenario.ts';
import { allowedText } from '../workers/contract/validate.ts';
import { FLAGS, type FlagGroup, type FlagSpec } from '../report/commandLine/flagSpecs.ts';

export const USAGE_LINE =
  'usage: readpath range KEY [END] | authenticate | sweep | calibrate | fit | help  [flags]   (readpath --help lists them)';

const GROUP_TITLES: Record<FlagGroup, string> = {
  benchmark: "etcd benchmark's global flags (accepted unchanged):",
  range: 'range flags (as in etcd benchmark):',
  model: 'model flags (Scenario fields the real tool has no flag for):',
  sweep: 'sweep flags (the other flags set the experiment swept):',
  output: 'output:',
};

/** What a flag allows and its default, in brackets, for flags that set a Scenario field. */
function details(spec: FlagSpec): string {
  if (spec.name === 'profile') return ` [${allowedText('profile')}; default article-3x8c]`;
  if (spec.name === 'consistency') return ' [default l]';
  if (spec.field === undefined) return '';
  const fallback = defaultScenario()[spec.field];
  const kind = PARAMS[spec.field].kind;
  if (kind === 'bool') return ` [default ${String(fallback)}]`;
  return ` [${allowedText(spec.field)}; default ${String(fallback)}]`;
}

/** Help lines fit a terminal this wide, in characters. */
const COLUMNS = 100;

/** Words after `lead`, wrapped at COLUMNS with continuation lines indented under the first word. */
function wrap(lead: string, text: string): string[] {
  const out: string[] = [];
  let line = lead;
  for (const word of text.split(' ')) {
    if (line.length > lead.length && line.length + 1 + word.length > COLUMNS) {
      out.push(line);
      line = ' '.repeat(lead.length) + word;
    } else {
      line += line.length > lead.length ? ` ${word}` : word;
    }
  }
  out.push(line);
  return out;
}

/** The full help: commands, then every flag by group with what it allows. Ends in "\n". */
export function helpText(): string {
  const lines = [
    'readpath: simulate how etcd serves reads and print what etcd benchmark would print.',
    '',
    'Commands:',
    '  range KEY [END]   Range requests, like `benchmark range`; prints the report, the time',
    '                    per stage and the bottleneck',
    '  authenticate      Authenticate requests (one bcrypt compare each, --auth',
    '                    password-per-request unless given)',
    '  sweep             run the experiment at several values of one parameter and print',
    '                    one CSV row per run (--json: JSON), e.g.',
    '                    readpath sweep --param write-qps --from 0 --to 20000 --points 5',
    '                    --series readModes',
    '  calibrate         the model beside three sources (the lecture, etcd.io, a real loopback',
    '                    cluster) and the lecture’s trends, pass or FAIL per row (exits 0 either way)',
    '  fit               reads real benchmark output on stdin (each run with its command line),',
    '                    fits core speed, round trips and fsync to it and prints the fitted',
    '                    machines: readpath fit --profile=laptop-cluster < output.txt',
    '  help              this text',
    '',
    'Flags take --name=value or --name value; switches take --name or --name=false.',
    'A real command line runs as is, e.g.:',
    '  readpath range hello --consistency=l --conns=100 --clients=1000 --total=500000',
    'Defaults are the Scenario defaults (the article run), not the real tool defaults.',
  ];
  const left = (spec: FlagSpec): string => `--${spec.name}${spec.arg ? ` ${spec.arg}` : ''}`;
  const width = Math.max(...FLAGS.map((f) => left(f).length));
  for (const group of Object.keys(GROUP_TITLES) as FlagGroup[]) {
    lines.push('', GROUP_TITLES[group]);
    for (const spec of FLAGS.filter((f) => f.group === group))
      lines.push(...wrap(`  ${left(spec).padEnd(width)}  `, `${spec.help}${details(spec)}`));
  }
  lines.push(
    '',
    'Exit status: 0 on success, 1 when the run fails, 2 for a command line readpath refuses.',
  );
  return `${lines.join('\n')}\n`;
}
