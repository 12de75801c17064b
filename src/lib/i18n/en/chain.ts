/** The animated chain: hosts, stages, playback controls, follow-one-request and its waterfall. */
export const chain = {
  'chain.title': 'Watch the reads flow',
  'chain.titleOf': 'Watch the reads flow: {side}',
  'chain.intro':
    'Each dot is one request the simulation sampled, moving through the stages with its own simulated timings. Bars on the right are the true queue lengths at this moment.',
  'chain.empty': 'Run an experiment to see its requests flow through the chain.',
  'chain.noJourneys': 'This run sampled no requests to animate.',
  'chain.figure': 'The read path, stage by stage: {count} sampled requests',

  // Column titles (wide screens)
  'chain.col.stage': 'Stage · etcd trace step',
  'chain.col.members': 'Members',
  'chain.col.load': 'Requests here',

  // Hosts
  'chain.clientHost':
    'client host · {clients} {clients|client|clients} · {conns} {conns|connection|connections}',
  'chain.clientHostShort': 'client host · {clients} {clients|client|clients}',
  'chain.lb.per-conn': 'one endpoint per connection',
  'chain.lb.round-robin': 'round-robin over endpoints',
  'chain.lb.pinned': 'every connection on one endpoint',
  'chain.lb.l4-lb': 'L4 load balancer',
  'chain.role.leader': 'leader',
  'chain.role.follower': 'follower',
  'chain.role.learner': 'learner',
  'chain.memberShort': '{role} {n}',
  'chain.roleShort.leader': 'L',
  'chain.roleShort.follower': 'F',
  'chain.roleShort.learner': 'Ln',
  'chain.roleKey': 'L leader · F follower · Ln learner',
  'chain.memberIndex': 'member {n}',
  'chain.memberIndexShort': '#{n}',
  'chain.backToClient': 'The response then reaches the client host.',
  'chain.skipped': 'not on this path',

  // Stages, short names (etcd's own step name is shown beside each)
  'chain.stage.client': 'Client',
  'chain.stage.network': 'Load balancing & network',
  'chain.stage.authenticate': 'Authenticate',
  'chain.stage.token': 'Auth token',
  'chain.stage.readIndex': 'ReadIndex',
  'chain.stage.applyWait': 'Apply wait',
  'chain.stage.rbac': 'Permission check',
  'chain.stage.treeIndex': 'treeIndex',
  'chain.stage.boltdb': 'boltdb',
  'chain.stage.response': 'Response',

  // Queue bars
  'chain.load.aria':
    '{stage}: {lock} waiting for a lock, {queued} waiting for a core, NIC, disk or loop, {flight} on the wire or in raft, {serving} in service',

  // Legend
  'chain.legend.lock': 'waiting for a lock',
  'chain.legend.queue': 'waiting for a core, NIC, disk or loop',
  'chain.legend.flight': 'on the wire or in raft',
  'chain.legend.service': 'in service',
  'chain.legend.error': 'failed request',
  'chain.legend.bar': 'requests in the stage now, all members: ◆ lock ○ queue ▸ flight ● service',

  // Playback
  'chain.controls': 'Playback',
  'chain.play': 'Play',
  'chain.pause': 'Pause',
  'chain.stepBack': 'Step back',
  'chain.stepForward': 'Step forward',
  'chain.speed': 'Speed',
  'chain.speedValue': '{fraction}× real time',
  'chain.speedValueSlow': '{fraction}× real time',
  'chain.speedHelp': '1 simulated ms lasts {wall} on screen',
  'chain.speedWords':
    'At this speed a typical request of this experiment ({latency}) takes {wall} to cross the chain.',
  'chain.speedCovered': 'its own pace',
  'chain.speedCoveredTimes': '×{r} its own pace',
  'chain.speedWordsCovered':
    'Each experiment plays at its own pace, so that a typical request crosses the chain in a few seconds; how long it really takes shows after your prediction.',
  'chain.time': 'Simulated time: {t}',
  'chain.keys': 'Keys: ← → step · − + speed · Esc stop following',
  'chain.pausedHidden': 'Paused while this tab is hidden.',
  'chain.reducedMotion':
    'Reduced motion is on: you see a still picture. Step through it, or press Play to animate.',

  // Follow one request
  'chain.follow': 'Follow one request',
  'chain.follow.all': 'All sampled requests',
  'chain.follow.option': '#{id} · {member} · {latency}',
  'chain.follow.failed': '#{id} · {member} · {latency} · failed',
  'chain.follow.slow': 'A slow one',
  'chain.follow.typical': 'A typical one',
  'chain.follow.stop': 'Show all requests',
  'chain.follow.status': 'Following request #{id} on {member}: {latency} from issue to response.',

  // Waterfall
  'chain.waterfall.title': 'Where request #{id} spent its {latency}',
  'chain.waterfall.lock': 'lock {ms}',
  'chain.waterfall.queue': 'queue {ms}',
  'chain.waterfall.flight': 'flight {ms}',
  'chain.waterfall.service': 'service {ms}',
  'chain.waterfall.total': 'Total',
  'chain.waterfall.skipped': 'On its path but passed in zero time: {stages}.',
  'chain.waterfall.failed': 'This request failed: {error}',
  'chain.waterfall.axis': 'ms after the request was issued',

  // Units
  'chain.unit.ms': '{v} ms',

  // Bottleneck, in plain words
  'chain.badge': 'bottleneck · {kind} {util}',
  'chain.kind.cpu': 'CPU',
  'chain.kind.nic': 'NIC',
  'chain.kind.disk': 'disk',
  'chain.kind.lock': 'lock',
  'chain.kind.loop': 'loop',
} as const;
