/** Results: numbers, charts, the benchmark text block, stage and resource names, bottleneck sentences. */
export const results = {
  'results.title': 'Results',
  'results.waiting': 'Waiting for the first run…',
  'results.estimating': 'Quick estimate from {n} {n|request|requests}…',
  'results.estimate': 'Estimate from {n} {n|request|requests}; running all {total}: {pct}',
  'results.running': 'Running {total} {total|request|requests}: {pct}',
  'results.doneCovered': 'This run has finished; its numbers follow your prediction.',
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
  /** A resource on its host: "Member 0 (leader) CPU". */
  'results.resourceOf': '{host} {what}',
} as const;
