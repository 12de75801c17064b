/** Results: numbers, charts, the benchmark text block, stage and resource names, bottleneck sentences. */
export const results = {
  'results.title': 'Results',
  'results.waiting': 'Waiting for the first run…',
  'results.estimating': 'Quick estimate from {n} {n|request|requests}…',
  'results.estimate': 'Estimate from {n} {n|request|requests}; running all {total}: {pct}',
  'results.running': 'Running {total} {total|request|requests}: {pct}',
  'results.done':
    '{total} {total|request|requests} in {sim} of simulated time ({events} {events|event|events}).',
  'results.workerCrashed':
    'The simulation worker crashed; a fresh one was started and the experiment ran again.',
  'results.workerStuck':
    'The simulation worker stopped answering; a fresh one was started and the experiment ran again.',
  'results.workerGaveUp':
    'The simulation worker was lost twice on this experiment, so it was stopped. Change a setting to try another.',
  'budget.refused':
    'Not run: this experiment is too large to simulate here. {why}{writes} — about {events} events, and the limit is {limit}. {fix}',
  'budget.why.rate': 'At {rate} req/s the {total} requests take at least {time} of simulated time',
  'budget.why.network':
    '{total} responses of {keys} × {size} need at least {time} of simulated time on {nic} Gb/s NICs',
  'budget.why.roundTrips':
    '{total} requests from {clients} {clients|client|clients} take at least {time} of simulated time',
  'budget.writes': ', during which {writes} background puts must be simulated',
  'budget.fix.writes': 'Lower the total, the write rate, or the size or number of values read.',
  'budget.fix.writesRate': 'Lower the total or the write rate, or raise the rate cap.',
  'budget.fix.reads': 'Lower the total.',
  'results.failed': 'The simulation failed: {message}',
  'results.estimateBadge': 'estimate',
  'results.stale.updating': 'previous experiment — updating…',
  'results.stale.failed': 'previous experiment — this one failed',

  'results.headline.title': 'Headline numbers',
  'results.headline.qps': 'Requests/sec',
  'results.headline.avg': 'Average',
  'results.headline.p50': 'p50',
  'results.headline.p99': 'p99',
  'results.headline.p999': 'p99.9',
  'results.headline.max': 'Slowest',
  'results.headline.counts': '{ok} succeeded, {failed} failed',

  'results.histogram.title': 'Latency histogram',
  'results.histogram.x': 'latency (log scale)',
  'results.histogram.y': 'requests',
  'results.histogram.desc':
    'Requests per latency bucket, from {from} to {to}; the tallest bucket holds {max} {max|request|requests}.',
  'results.histogram.empty': 'No successful request to plot.',

  'results.bench.title': 'Benchmark report',
  'results.bench.help': 'Formatted like etcd’s benchmark tool, to lay beside a real run.',
  'results.bench.precise': 'precise (%g, like --precise)',
  'results.bench.copy': 'Copy',
  'results.bench.text': 'Benchmark report text (scrolls sideways)',
  'results.bench.copied': 'Copied',
  'results.bench.copyFailed': 'Copy failed: select the text instead',

  'results.stages.title': 'Where the time goes',
  'results.stages.help': 'Mean time per request that passed through each stage.',
  'results.stages.queue': 'waiting in a queue',
  'results.stages.service': 'in service',
  'results.stages.row': '{stage}: {queue} waiting, {service} in service',
  'results.stages.requests': '{n} {n|request|requests}',
  'results.stage.client': 'Client sends',
  'results.stage.network': 'Network to the member',
  'results.stage.authenticate': 'Authenticate',
  'results.stage.token': 'Token check',
  'results.stage.readIndex': 'ReadIndex',
  'results.stage.applyWait': 'Apply wait',
  'results.stage.rbac': 'Permission check (RBAC)',
  'results.stage.treeIndex': 'treeIndex',
  'results.stage.boltdb': 'boltdb',
  'results.stage.response': 'Response',

  'results.resources.title': 'How busy each resource is',
  'results.resources.help': 'Busy fraction over the run; service demand is per successful request.',
  'results.resources.demand': '{ms}/req',
  'results.resources.servers': '× {n}',
  'results.resources.showAll': 'Show all {n}',
  'results.resources.showFewer': 'Show the busiest {n}',
  'results.kind.cpu': 'CPU',
  'results.kind.nic': 'NIC',
  'results.kind.disk': 'disk',
  'results.kind.lock': 'lock',
  'results.kind.loop': 'loop',
  'results.host.client': 'Client',
  'results.host.machine': 'Shared machine',
  'results.host.leader': 'Member {n} (leader)',
  'results.host.learner': 'Learner',
  'results.host.member': 'Member {n}',

  'results.bottleneck.title': 'Bottleneck',
  'results.bottleneck.sentence': '{resource} is the bottleneck: busy {util} of the time.',
  'results.bottleneck.bound': 'It allows at most {bound} req/s (X ≤ servers ÷ D_max).',
  'results.bottleneck.population':
    "{clients} {clients|client|clients} allow at most {bound} req/s (X ≤ N ÷ (D_total + Z), Z the client's time between requests).",
  'results.bottleneck.measured': 'Measured: {rps} req/s.',

  'results.readIndex.title': 'ReadIndex rounds',
  'results.readIndex.member': 'Member',
  'results.readIndex.rounds': 'Rounds',
  'results.readIndex.batch': 'Mean batch',
  'results.readIndex.roundMs': 'Mean round',
  'results.readIndex.none': 'No ReadIndex round in this run: serializable reads skip it.',

  'results.staleness.title': 'Staleness of serializable reads',
  'results.staleness.reads': 'Serializable reads',
  'results.staleness.stale': 'Stale reads',
  'results.staleness.revisions': 'Behind the leader (mean / max)',
  'results.staleness.revisionsValue': '{mean} / {max} {max|revision|revisions}',
  'results.staleness.time': 'Lag (mean / max)',
  'results.staleness.none': 'No serializable read in this run: linearizable reads are never stale.',

  'results.slow.title': 'Slow requests',
  'results.slow.over100': 'Over 100 ms (the “took too long” warning)',
  'results.slow.over300': 'Over 300 ms (etcd 3.5’s slow-request log)',

  'results.errors.title': 'Errors',
  'results.errors.none': 'No request failed.',
  'results.errors.writesDropped':
    '{dropped} more {dropped|put|puts} arrived while the write path was far behind: the model’s log (65,536 entries in flight) was full, so they were dropped. etcd would keep queueing them in memory until they time out.',
  'results.errors.writes':
    'Background writes: {completed} committed (mean {ms}), {refused} refused.',
} as const;
