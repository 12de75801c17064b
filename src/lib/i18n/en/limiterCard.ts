/**
 * What limits throughput, in full: the limiter, where the time goes, why, and the bounds (issue
 * 9), for the results card and the comparison. Comes with those panels (enLater.ts).
 */
export const limiterCard = {
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
  'limiter.whereSplit':
    'A request takes {latency} on average; {stage} holds {stageMs} of it: {firstMs} {first} and {secondMs} {second}.',
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
} as const;
