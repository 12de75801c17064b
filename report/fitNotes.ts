// Prose for docs/calibration.md: text for people lives in report/, not in the model.

/**
 * How the shared cost table meets these figures: which entries are fits, and what the figures
 * themselves allow. Shown in docs/calibration.md.
 */
export const FIT_NOTES: string[] = [
  'Four cost-table entries are fitted to the throughput figures, each used by every scenario ' +
    'alike (the others marked [fit] in workers/model/costs.ts each to the rows of one mechanism, ' +
    'below and there): `grpcRecvUs` and ' +
    '`grpcSendUs` (the gRPC work of one read on a member) set the serializable capacity; ' +
    '`linearizableReadUs` (the notifier, channel waits and wake-ups of the linearizable path) sets ' +
    'the linearizable one; `benchLoopUs` is the benchmark client’s own per-request bookkeeping.',
  'Job times vary, with mean 1 (workers/model/variability.ts): `stretchShare` (3 % of CPU jobs) ' +
    'take an exponentially distributed `stretchMean` (4) times their cost, the rest 0.907 times, ' +
    'drawn from the run’s seeded generator. The two are fitted to the loopback cluster’s ' +
    'single-client tails (P99 ÷ average 3.3 serializable, 2.27 linearizable; the model 2.99 and ' +
    '2.25); the mean job keeps its cost, so every fitted figure above is unchanged (the model’s values moved by a few tenths of a percent).',
  'Each profile has one fitted core speed, taken from one row of its own source (and the ' +
    'loopback profile a bcrypt speed apart, below); every other row of that source is a ' +
    'prediction. `article-16c-auth`: 0.625, from the 3.4.9 figure (200 Authenticate/s on 16 ' +
    'cores is 80 ms of CPU per call, nearly all bcrypt, so here the figure fits the bcrypt speed ' +
    'and the core speed is taken equal to it, no source saying otherwise). ' +
    '`etcd-io-gce`: 0.535, from etcd.io’s serializable 1,000-client row (its vCPUs are ' +
    'hyperthreads of 2017 Xeons). `loopback-2vcpu`: 0.51, from the loopback cluster’s ' +
    'serializable single-client QPS (5,543/s; a ratio row, so not itself in the table).',
  'The per-byte and per-key costs are fitted to the loopback cluster’s value-size and keys rows: ' +
    '`marshalUsPerKB`, `socketUsPerKB` and `clientRecvUsPerKB` (the member’s marshal, the ' +
    'kernel’s copy through the socket on each side, the client’s unmarshal), `boltPerKeyUs`, ' +
    '`treePerKeyUs` and `clientRecvUsPerKey`. A response longer than one HTTP/2 frame (16 KiB) ' +
    'streams: the client reads each frame while the member writes the next, so at one client ' +
    'part of the copying overlaps, and the latency per KB there (2.5–2.8 µs of that machine’s ' +
    'cores) is below the CPU per KB at 100 clients (3.3–3.8 µs), where every µs of it is work.',
  'bcrypt has a speed of its own (`bcryptSpeed`, raw compute), the profile’s core speed unless a ' +
    'source measures it. `loopback-2vcpu`: 0.99, from the Authenticate measured on that machine ' +
    '(51 ms per call at one client; the core speed 0.51 would give 98 ms): its shared vCPUs run ' +
    'bcrypt near the reference core’s speed and per-message work at half of it.',
  'The serializable lecture figures pull against each other. By Little’s law 1000 clients at ' +
    '320,000/s cycle every 3.1 ms, so an average of 2.5 ms needs 0.6 ms per request outside the ' +
    'timed call, and the benchmark spends almost nothing there. With no such time the two ' +
    'tolerances overlap only for about 348,000–352,000/s; the model sits there.',
];
