/** What limits throughput, where the time goes, the four kinds of time, the bounds (issue 9). */
export const limiter = {
  'limiter.title': 'What limits throughput',
  'limiter.resource': '{resource} is the bottleneck: the requests keep it busy {util} of the time.',
  'limiter.resourceLeft':
    '{resource} is the bottleneck: the requests keep it busy {util} of the time that background work (puts, backend commits, compaction: {bg}) leaves free.',
  'limiter.rate':
    'The --rate cap is the limit: {rate} req/s, which the run reaches ({rps} req/s); no resource is saturated before it.',
  'limiter.clients':
    'No resource is saturated: the busiest, {resource}, is {util} busy with requests. Throughput is set by the {clients} {clients|client|clients}, each waiting for its own request before sending the next.',
  'limiter.clientsIdle':
    'No resource is saturated. Throughput is set by the {clients} {clients|client|clients}, each waiting for its own request before sending the next.',
  'limiter.none': 'No request finished, so nothing limited it.',
  'limiter.where':
    'A request takes {latency} on average; {stage} holds {stageMs} of it, mostly {kind}.',
  'limiter.split':
    'In all: {lock} waiting for locks, {queue} waiting for a core, NIC, disk or a one-at-a-time loop (such as the read loop), {flight} on the wire or in raft, {service} in service.',
  'limiter.lock':
    'The lock requests wait for longest is the {lockName}: {wait} per request, on all members together. On {member} it is held {held} of the time, mostly by {by}.',
  'limiter.background':
    'Background work (puts, backend commits, compaction) keeps {resource} busy a further {bg} of the time.',
  'limiter.by.background': 'background work (puts, backend commits, compaction)',
  'limiter.by.requests': 'the requests themselves',
  'limiter.why.bcryptUnderLock':
    'Each Authenticate holds this lock for its whole bcrypt compare (etcd ≤ 3.4.8), so on a member the logins go one at a time and wait for the lock, not for cores.',
  'limiter.why.bcryptOnCores':
    'The bcrypt compare runs outside the BatchTx lock (etcd ≥ 3.4.9), so logins use every core at once and wait for a free core: {servers} {servers|core|cores} ÷ {demand} of them per request.',
  'limiter.bound.resource':
    '{resource} allows at most {bound} req/s (X ≤ servers × (1 − background) ÷ D, with D = {demand} of it per request).',
  'limiter.bound.population':
    '{clients} {clients|client allows|clients allow} at most {bound} req/s (X ≤ N ÷ (D + Z), with D = {demand}: a request’s time not spent waiting for a lock or a server; Z = {think} between requests).',
  'limiter.bound.rate': '--rate allows at most {bound} req/s.',
  'limiter.measured': 'Measured: {rps} req/s.',

  // The four kinds of time (workers/contract/timeKinds.ts)
  'limiter.kind.lock': 'waiting for a lock',
  'limiter.kind.queue': 'waiting for a core, NIC, disk or loop',
  'limiter.kind.flight': 'on the wire or in raft',
  'limiter.kind.service': 'in service',
  'limiter.kindShort.lock': 'lock',
  'limiter.kindShort.queue': 'queue',
  'limiter.kindShort.flight': 'flight',
  'limiter.kindShort.service': 'service',
  // …and where a stage says which server or lock it is (report/timeWords.ts)
  'limiter.phrase.readIndex.queue': 'waiting for the read loop to finish an earlier round',
  'limiter.phrase.readIndex.flight': 'in the ReadIndex round trip between members',
  'limiter.phrase.applyWait.lock': 'waiting for the apply loop, held up by the BatchTx lock',
  'limiter.phrase.applyWait.queue': 'waiting for the apply loop to work through earlier entries',
  'limiter.phrase.authenticate.lock': 'waiting for the BatchTx lock',
  'limiter.phrase.authenticate.queue': 'waiting for a CPU core or a loop',
  'limiter.phrase.authenticate.service': 'in the bcrypt compare and its own work',
  'limiter.phrase.boltdb.lock': 'waiting for the readTx lock, which backend commits hold',
  'limiter.phrase.treeIndex.lock': 'waiting for the treeIndex lock',
  'limiter.phrase.network.queue': 'waiting for a NIC or a CPU core',
  'limiter.phrase.network.flight': 'on the wire',
  'limiter.phrase.response.queue': 'waiting for a NIC or a CPU core',
  'limiter.phrase.response.flight': 'on the wire',

  // Short forms under the chain
  'limiter.note.resource':
    'Bottleneck: {resource}, busy {util} with requests: at most {bound} req/s.',
  'limiter.note.rate': 'Limit: the --rate cap of {rate} req/s.',
  'limiter.note.clients':
    'No resource is saturated: the {clients} {clients|client waits for its own request|clients wait for their own requests}, most of the time in {stage} ({kind}).',
  'limiter.note.none': 'No request finished.',
  'limiter.mostTime': 'most of the time',

  // Resources by name (a lock or loop says more by its name than by its kind)
  'results.rname.cpu': 'CPU',
  'results.rname.nic.tx': 'NIC (sending)',
  'results.rname.nic.rx': 'NIC (receiving)',
  'results.rname.disk': 'disk',
  'results.rname.raftLoop': 'raft loop',
  'results.rname.benchLoop': 'benchmark loop',
  'results.rname.lock.batchTx': 'BatchTx lock',
  'results.rname.lock.readTx': 'readTx lock',
  'results.rname.lock.treeIndex': 'treeIndex lock',
  'results.rname.lock.token': 'token mutex',
} as const;
