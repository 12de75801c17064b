/** The presets' titles, stories and notices: they come with the controls (enLater.ts, issue 16). */
export const presets = {
  'controls.presets.title': 'Presets: start from one of these',
  'controls.presets.article': 'The article’s measurements',
  'controls.presets.teaching': 'Teaching starting points',
  'controls.presets.load': 'Load',
  'controls.presets.loaded': 'loaded',
  'controls.presets.articleSays': 'Lecture',
  'controls.presets.modelSays': 'Model',
  'controls.presets.source':
    'Source: Tang Cong, 极客时间 “etcd实战课” lecture 16 (2021). Measured on: {what}.',
  'controls.presets.measuredOn.article-3x8c':
    'three etcd 3.4.9 members of 8 cores / 16 GB with SSD and a 16-core client in one zone (RTT 0.1–0.2 ms), etcd’s benchmark tool',
  'controls.presets.measuredOn.article-16c-auth':
    '16-core / 32 GB machines, etcd’s benchmark modified to call Authenticate, 200 clients over 200 connections',
  'controls.presets.notRun': 'not run yet',
  'controls.presets.running': 'running…',
  'controls.presets.qpsAvg': '{qps} req/s, average {avg}',
  'controls.presets.qpsP99': '{qps} req/s, p99 {p99}',
  'controls.presets.qpsP99Below': '{qps} req/s, p99 < {p99}',
  'controls.presets.qpsAvgP99': '{qps} req/s, average {avg}, p99 {p99}',
  // Where the two figures disagree (presetGaps.ts)
  'controls.presets.gap.title': 'Why the model differs here',
  'controls.presets.gap.qps':
    'The model serves {model} req/s, {off} against the lecture’s {lecture} req/s: outside calibration’s ±{tol} tolerance.',
  'controls.presets.gap.avg':
    'The model’s requests average {model}, {off} against the lecture’s {lecture}: outside calibration’s ±{tol} tolerance.',
  'controls.presets.gap.p99Little':
    'The lecture’s p99 under {bound} can hardly go with its own rate: {clients} clients at {qps} req/s wait {little} per request on average (Little’s law: clients ÷ requests per second), so a p99 under {bound} would need 99% of the requests to finish faster than that average and the slowest 1% to take far longer. The model’s requests average {avg}, with a p99 of {p99}.',
  'controls.presets.gap.p99': 'The model’s p99, {p99}, is above the lecture’s bound of {bound}.',
  'controls.preset.serializable-1000c.notice':
    'Notice the empty ReadIndex row: serializable reads skip the leader check, so the same machines serve about 1.7× the linearizable preset’s requests/s.',
  'controls.preset.linearizable-1000c.notice':
    'Notice the ReadIndex row: every read first waits for the leader to confirm it still leads, and throughput falls to about 204,000/s (the lecture measured 190,000/s).',
  'controls.preset.large-value-1mb.notice':
    'Notice the response stage: moving 1 MiB to the client takes almost all of each read’s time.',
  'controls.preset.authenticate-3.4.8.notice':
    'Notice the Authenticate stage: logins queue for the backend lock one at a time, so only about 12 finish per second.',
  'controls.preset.authenticate-3.4.9.notice':
    'Notice the same stage now compares on every core at once: about 16× as many logins per second as before 3.4.9.',
  'controls.preset.healthy.notice':
    'Notice that the ReadIndex round is the longest stage, and it still takes under a millisecond.',
  'controls.preset.password-per-request.notice':
    'Notice Authenticate (bcrypt) dwarfs every other stage: each read pays for a password check.',
  'controls.preset.cross-region.notice':
    'Notice ReadIndex: each round waits for the 40 ms round trip between regions, more than 100 ms per read on average. A follower’s round also goes to the leader and back, so reads on a follower take about twice as long as on the leader: with a third of the reads on the leader, the average sits below the median.',
  'controls.preset.heavy-writes.notice':
    'Notice the ReadIndex row: most of a read’s time is its round waiting for the raft loops, which save each batch of writes to the WAL (a 4 ms fsync on these network disks) before they send or answer the round’s heartbeats, on the leader and on the follower that acks; after the round the read loop also waits, briefly, for its member to apply the writes (the ReadIndex table’s last column).',
  'controls.preset.list-all-pods.notice':
    'Notice the response stage: 5,000 keys of 2 KiB per read. Paginate, watch, or split the prefix instead.',
  'controls.presets.notice': 'Notice',
  'controls.preset.serializable-1000c.title': 'Serializable reads, 1000 clients',
  'controls.preset.serializable-1000c.desc':
    'One key, no writes, three 8-core members: the benchmark’s best case.',
  'controls.preset.linearizable-1000c.title': 'Linearizable reads, 1000 clients',
  'controls.preset.linearizable-1000c.desc':
    'The same run with etcd’s default read mode: every read waits for ReadIndex.',
  'controls.preset.large-value-1mb.title': 'A 1 MiB value',
  'controls.preset.large-value-1mb.desc':
    'Reading one 1 MiB key: the network, not etcd, sets the pace.',
  'controls.preset.authenticate-3.4.8.title': 'Authenticate before 3.4.9',
  'controls.preset.authenticate-3.4.8.desc':
    'bcrypt runs under the backend lock, so password checks queue one at a time.',
  'controls.preset.authenticate-3.4.9.title': 'Authenticate from 3.4.9',
  'controls.preset.authenticate-3.4.9.desc':
    'The lock scope narrowed: password checks use every core.',
  'controls.preset.healthy.title': 'A healthy cluster',
  'controls.preset.healthy.desc':
    'Three members in one zone, a reused token, round-robin clients and a light write load.',
  'controls.preset.password-per-request.title': 'Password without token reuse',
  'controls.preset.password-per-request.desc':
    'Every read creates a client and calls Authenticate: bcrypt dominates the chain.',
  'controls.preset.cross-region.title': 'Cross-region members',
  'controls.preset.cross-region.desc':
    'Members 40 ms apart: each ReadIndex round pays the round trip between regions.',
  'controls.preset.heavy-writes.title': 'Heavy writes',
  'controls.preset.heavy-writes.desc':
    'Reads under 5,000 puts/s on network disks. Every 100 ms a backend commit holds the readTx lock through an fsync on the busy disk: reads that meet it wait in boltdb, and the tail grows: the slowest 1 % take about twice the mean, where without the writes they take under 1.5 times it.',
  'controls.preset.list-all-pods.title': 'List all pods',
  'controls.preset.list-all-pods.desc':
    'Each read returns 5,000 keys of 2 KiB, as an unpaginated Kubernetes list does.',
} as const;
