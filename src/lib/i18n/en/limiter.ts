/**
 * The four kinds of time, the chain's one-line bottleneck note and the resources' names: what the
 * first screen says of the bottleneck. The card's fuller account is in limiterCard.ts, which
 * comes with the results panel (issue 16: first load).
 */
export const limiter = {
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
  'limiter.phrase.readIndex.queue':
    'waiting for the read loop (busy with an earlier round) or for a core or raft loop on the round’s path',
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
