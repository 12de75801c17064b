/** "Your cluster": pasted benchmark output beside the model, and the machines fitted to it. */
export const fit = {
  'fit.title': 'Your cluster: compare and fit',
  'fit.intro':
    'Paste what etcd’s benchmark printed, each run with its command line above it ($ benchmark …). The lab sets the experiment from the command line, runs the model on it with your Machines settings, lays the real latency distribution over the model’s, and can fit the machines — core speed, round trips, fsync — to your runs.',
  'fit.input': 'Benchmark output',
  'fit.placeholder':
    '$ benchmark --endpoints 127.0.0.1:2379,127.0.0.1:22379,127.0.0.1:32379 --clients 10 --conns 10 range k --total 20000\nbench with linearizable range\n\nSummary:\n  Total:\t4.0484 secs.\n  …\n\nLatency distribution:\n  10% in 0.0007 secs.\n  …',
  'fit.read': 'Compare with the model',
  'fit.fit': 'Fit the machines to these runs',
  'fit.stop': 'Stop',
  'fit.comparing': 'Running the model on each run…',
  'fit.fitting': 'Fitting: model run {done} of about {expected}…',
  'fit.failed': 'The model failed: {message}',
  'fit.error': 'Could not read it: {message}',
  'fit.errorAt': 'Line {line}: {message}',
  'fit.run': 'Run {n} (line {line})',
  'fit.useExperiment': 'Set the lab to this experiment',
  'fit.fewer':
    'The model ran {ran} of this run’s {total} requests, to keep comparing and fitting quick. A shorter run spends more of itself with its queues still forming, so its figures can differ from the whole run’s: “Set the lab to this experiment” runs all {total}.',
  'fit.col.figure': 'Figure',
  'fit.col.real': 'Your run',
  'fit.col.model': 'Model, your machines',
  'fit.col.fitted': 'Model, fitted machines',
  'fit.fig.qps': 'Requests/sec',
  'fit.fig.avgMs': 'Average',
  'fit.fig.p50Ms': 'p50',
  'fit.fig.p90Ms': 'p90',
  'fit.fig.p99Ms': 'p99',
  'fit.chart': 'Latency at each percentile, run {n}: your run against the model',
  'fit.chart.x': 'percentile',
  'fit.chart.y': 'latency (ms)',
  'fit.machines': 'Fitted machines',
  'fit.machines.help':
    'The search ran the model {n} times. A setting these runs say nothing about stays as it was (“not fitted”). Two that trade off against each other — one client alone cannot separate core speed from round trip — are shared out with only a weak pull toward where they started, so either may move far: paste runs at one and at many clients to fit both. The raw compute speed (bcrypt, a linearizable read’s hand-offs) is not searched: it stays as the Machines & network settings have it.',
  'fit.param.cpuSpeed': 'Core speed',
  'fit.param.clientRttMs': 'Client ↔ member RTT',
  'fit.param.peerRttMs': 'Member ↔ member RTT',
  'fit.param.fsyncMs': 'Disk fsync',
  'fit.notFitted': 'not fitted: nothing in these runs depends on it',
  'fit.use': 'Use the fitted machines in the lab',
  'fit.applied':
    'The lab now runs on the fitted machines: everything above predicts your settings on them. Change any setting to see the fitted model’s prediction for it.',
  'fit.error.empty':
    'found no benchmark output: paste what `benchmark … range KEY` printed, from its command line to the end of its latency distribution',
  'fit.error.unclosedQuote': 'the command line has a quote that is never closed',
  'fit.error.allFailed':
    'every request of this run failed (only an Error distribution): nothing to compare',
  'fit.error.noSummary':
    'found no `Summary:` for this run; paste the benchmark’s whole output, from its command line to the end of its latency distribution',
  'fit.error.summaryMissing':
    'the Summary has no {fields} line (expected Total, Slowest, Fastest, Average and Stddev in secs, then Requests/sec)',
  'fit.error.summaryZero': 'Total and Requests/sec must be above zero',
  'fit.error.summaryOrder': 'the Summary is inconsistent: expected Fastest ≤ Average ≤ Slowest',
  'fit.error.noPercentiles':
    'found no `Latency distribution:` rows (`  50% in 0.0014 secs.`) for this run',
  'fit.error.percentileOrder':
    'the latency distribution must rise: each row a higher percentile and no shorter time',
  'fit.error.sectionEarly': '`{label}` before any `Summary:`',
  'fit.error.badSummaryRow':
    'could not read “{text}” in the Summary (expected `<label>:<TAB><seconds> secs.` or `Requests/sec:<TAB><number>`)',
  'fit.error.summaryNotSecs': '{label} must be in secs (“{text}”)',
  'fit.error.rpsUnit': 'Requests/sec takes no unit (“{text}”)',
  'fit.error.badHistogramRow':
    'could not read the histogram row “{text}” (expected `  0.0194 [19923]  |∎∎∎`)',
  'fit.error.badLatencyRow':
    'could not read the latency row “{text}” (expected `  99% in 0.0099 secs.` or, from etcd main, `  99% in 9.900 ms.`)',
  'fit.error.mixedUnits': 'the latency distribution mixes secs and ms',
  'fit.error.badErrorRow':
    'could not read the error row “{text}” (expected `  [3]  context deadline exceeded`)',
  'fit.error.unexpected':
    'did not expect “{text}” here: a run is its command line, `bench with … range`, `Summary:`, `Response time histogram:`, `Latency distribution:` and their rows',
  'fit.error.noCommand':
    'this run has no command line: paste the benchmark command above its output (`$ benchmark --endpoints … --clients … range KEY --total …`)',
  'fit.error.badCommand': 'could not read its command line: {message}',
  'fit.error.modeMismatch': 'the output says {output} but the command line asks for {command}',
  // The command-line parser's refusals (report/commandLine/usageErrors.ts), word for word as
  // `readpath` prints them; `{near}` is a list joined by fit.usage.or.
  'fit.usage.typographicDash':
    '{word} starts with a typographic dash ({dash}), as pasted from a document: type {typed}',
  'fit.usage.singleDash': 'unknown flag: {word} (flags are spelled --name)',
  'fit.usage.unknownFlag': 'unknown flag: --{name} (allowed: {flags})',
  'fit.usage.unknownFlagNear': 'unknown flag: --{name} (did you mean {near}? allowed: {flags})',
  'fit.usage.needsArgument': 'flag needs an argument: --{name} (allowed: {allowed})',
  'fit.usage.missingCommand': 'missing command (allowed: {commands})',
  'fit.usage.unknownCommand': 'unknown command "{word}" (allowed: {commands})',
  'fit.usage.rangeNeedsKey': 'range needs a KEY (range KEY [END])',
  'fit.usage.rangeWords': 'range takes KEY [END], got {count} words: {words}',
  'fit.usage.noArguments': '{command} takes no arguments, got: {words}',
  'fit.usage.sweepOnly': '--{name} is a flag of the sweep command',
  'fit.usage.invalid': 'invalid --{flag}: {value} (allowed: {allowed})',
  'fit.usage.invalidAddresses': 'invalid --{flag}: {count} addresses (allowed: {allowed})',
  'fit.usage.countAndKeysOnly': '--count-only and --keys-only exclude each other: give one',
  'fit.usage.notARun': 'the command is `{command}`, not a benchmark run',
  'fit.usage.or': ' or ',
  'fit.allowed.words': '{words}',
  'fit.allowed.int': 'integers {min}..{max}{unit}',
  'fit.allowed.number': '{min}..{max}{unit}',
  'fit.allowed.value': 'a value {arg}',
  'fit.allowed.disk': 'ssd, hdd, or {min}..{max}{unit}',
  'fit.allowed.endpointList': 'a comma-separated list of 1..{max} addresses, or a count',
  'fit.allowed.endpointMembers': '1..{max}: at most {members} members and a learner',
  'fit.allowed.limit': 'integers ≥ 0 keys (0 = no limit)',
  'fit.allowed.duration': 'a Go duration such as 2s or 500ms',
  'fit.allowed.reachable': '1..{max}: the {members} members',
  'fit.allowed.reachableLearner': '1..{max}: the {members} members and the learner',
  'fit.allowed.keysInStore': '1..{max} ({keys})',
  'fit.allowed.atMost': 'at most {max}',
} as const;
