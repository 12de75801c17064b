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
  'results.stages.help':
    'Mean time per request that passed through each stage, split into the four kinds of time.',
  'results.stages.row':
    '{stage}: {total}: {lock} waiting for a lock, {queue} waiting for a core, NIC, disk or loop, {flight} on the wire or in raft, {service} in service',
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
  'results.resources.help':
    'Busy fraction over the run; hatched: background work (puts, backend commits, compaction). The demand is the requests’ own, per request.',
  'results.resources.demand': '{ms}/req',
  'results.resources.background': 'background {pct}',
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

  'results.readIndex.title': 'ReadIndex rounds',
  'results.readIndex.member': 'Member',
  'results.readIndex.rounds': 'Rounds',
  'results.readIndex.batch': 'Mean batch',
  'results.readIndex.roundMs': 'Mean round',
  'results.readIndex.applyMs': 'Then waits for apply',
  'results.readIndex.applyHelp':
    'After each round the read loop waits for its member to apply the read index before it releases the batch (etcd’s linearizableReadLoop), and starts no new round meanwhile: reads that arrive then wait for that apply too.',
  'results.readIndex.none': 'No ReadIndex round in this run: serializable reads skip it.',

  'results.staleness.title': 'Staleness of serializable reads',
  'results.staleness.reads': 'Serializable reads',
  'results.staleness.stale': 'Stale reads (their member behind the leader’s commit)',
  'results.staleness.revisions': 'Behind the leader’s commit, when stale (mean / max)',
  'results.staleness.revisionsValue': '{mean} / {max} {max|entry|entries}',
  'results.staleness.entries':
    'Entries are puts (and Authenticate tokens) the leader had committed but the member had not applied yet. In this run the leader committed {committed} puts and applied {applied}.',
  'results.staleness.time': 'Lag (mean / max)',
  'results.staleness.none': 'No serializable read in this run: linearizable reads are never stale.',

  'results.slow.title': 'Slow requests',
  'results.slow.over100': 'Over 100 ms (the “took too long” warning)',
  'results.slow.over300': 'Over 300 ms (etcd 3.5’s slow-request log)',

  'results.errors.title': 'Errors',
  'results.errors.none': 'No request failed.',
  'results.writes.title': 'Background writes',
  'results.writes.help':
    'The put stream, counted where each thing happens. Puts not yet answered were still on their way when the reads finished.',
  'results.writes.sent': 'Sent to the members',
  'results.writes.refused':
    'Refused (the member’s apply more than 5,000 entries behind its commit)',
  'results.writes.proposed': 'Proposed to the leader',
  'results.writes.committed': 'Committed by the leader',
  'results.writes.commitTime': 'Mean time from proposal to commit',
  'results.writes.applied': 'Applied by the leader',
  'results.writes.answered': 'Answered (applied by the member that took the put)',
  'results.writes.dropped': 'Dropped (the model’s log of entries in flight was full)',
  'results.writes.droppedNote':
    '{dropped} {dropped|put|puts} arrived while the write path was far behind: the model’s log (65,536 entries in flight) was full, so they were dropped. etcd would keep queueing them in memory until they time out.',
} as const;
