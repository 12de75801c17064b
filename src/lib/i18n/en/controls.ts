/** Controls: parameter labels, units, one-line explanations, groups, presets, URL notices. */
export const controls = {
  'controls.title': 'Experiment',
  'controls.show': 'Show the parameters',
  'controls.hide': 'Hide the parameters',
  'controls.reset': 'Reset to defaults',
  'controls.copyLink': 'Copy a link to this experiment',
  'controls.linkCopied': 'Link copied',
  'controls.range': '{min} – {max} {unit}',
  'controls.default': 'default {value}',
  'controls.limitedBy': 'at most {label} ({value}): raise that first',
  'controls.invalidNumber': 'Not applied: enter a number from {min} to {max}.',
  'controls.invalidInt': 'Not applied: enter a whole number from {min} to {max}.',
  'controls.slider': '{label} (slider)',
  'controls.on': 'on',
  'controls.off': 'off',

  // Basic controls, and the rest under "More" (src/lib/controlSets.ts)
  'controls.toPresets': 'Presets ↓',
  'controls.basic': 'The settings the lecture is about',
  'controls.more.title': 'More settings',
  'controls.more.changed': 'changed: {names}',
  'controls.more.sep': ', ',

  // Groups, in PARAM_GROUPS order
  'controls.group.client': 'Client & load balancing',
  'controls.group.auth': 'Authentication',
  'controls.group.read': 'Read',
  'controls.group.cluster': 'Cluster',
  'controls.group.workload': 'Workload',
  'controls.group.machines': 'Machines & network',

  // Parameters: label, unit, what it changes in the read path
  'controls.param.clients.label': 'Clients',
  'controls.param.clients.unit': 'clients',
  'controls.param.clients.help':
    'Concurrent clients, each sending its next request as soon as the last returns: more clients, longer queues at every stage.',
  'controls.param.conns.label': 'Connections',
  'controls.param.conns.unit': 'connections',
  'controls.param.conns.help':
    'gRPC connections the clients share; client i uses connection i mod conns, and each connection is pinned to a member.',
  'controls.param.endpoints.label': 'Endpoints',
  'controls.param.endpoints.unit': 'members',
  'controls.param.endpoints.help':
    'How many members the client lists; reads go only to listed members (the learner is listed last).',
  'controls.param.lb.label': 'Load balancing',
  'controls.param.lb.help':
    'How a request picks its member — the first stage of the chain; a pinned client overloads one member while others idle.',
  'controls.param.total.label': 'Total requests',
  'controls.param.total.unit': 'requests',
  'controls.param.total.help':
    'Requests to complete before the run ends, like the benchmark’s --total; larger runs are steadier and take longer.',
  'controls.param.rate.label': 'Rate limit',
  'controls.param.rate.unit': 'req/s (0 = no limit)',
  'controls.param.rate.help':
    'Caps requests per second across all clients, like --rate; 0 sends as fast as the replies come back.',
  'controls.param.auth.label': 'Authentication',
  'controls.param.auth.help':
    'How each request proves who it is; a password on every request calls Authenticate, which runs bcrypt on the member’s CPU.',
  'controls.param.etcdVersion.label': 'etcd version',
  'controls.param.etcdVersion.help':
    'Changes lock scopes only: before 3.4.9 bcrypt runs under the backend lock; later releases narrow the RBAC and boltdb locks.',
  'controls.param.bcryptCost.label': 'bcrypt cost',
  'controls.param.bcryptCost.unit': 'log₂ rounds',
  'controls.param.bcryptCost.help':
    'CPU work of one password check in Authenticate; each step doubles it (etcd uses 10).',
  'controls.param.bcrypt10Ms.label': 'bcrypt time at cost 10',
  'controls.param.bcrypt10Ms.unit': 'ms per compare',
  'controls.param.bcrypt10Ms.help':
    'One password compare at cost 10 on a reference core; the cost doubles it per step and the CPU speed divides it. 50 ms is Go on a modern x86 core; the bcrypt lab below can put your own device’s time here.',
  'controls.param.rbacRules.label': 'RBAC permissions',
  'controls.param.rbacRules.unit': 'permissions',
  'controls.param.rbacRules.help':
    'Permission intervals of the user; the RBAC check searches them on every read (O(log n)).',
  'controls.param.request.label': 'Request',
  'controls.param.request.help':
    'What each client sends: a Range read, or an Authenticate call as in the article’s modified benchmark.',
  'controls.param.readMode.label': 'Read mode',
  'controls.param.readMode.help':
    'Linearizable reads wait for a ReadIndex round and the apply loop; serializable reads answer from the local member at once.',
  'controls.param.valueBytes.label': 'Value size',
  'controls.param.valueBytes.unit': 'bytes',
  'controls.param.valueBytes.help':
    'Size of each value read; large values cost CPU to copy and marshal and NIC time to send (etcd refuses more than 1.5 MiB).',
  'controls.param.keysPerRange.label': 'Keys per range',
  'controls.param.keysPerRange.unit': 'keys',
  'controls.param.keysPerRange.help':
    'Keys one Range returns; the treeIndex walk and the boltdb copy grow with it (listing all pods is a huge range).',
  'controls.param.rangeResult.label': 'Range returns',
  'controls.param.rangeResult.help':
    'Values as usual; keys only (the member still reads every entry from boltdb, but sends no values); or only the count (the member walks the index and reads nothing from boltdb).',
  'controls.param.totalKeys.label': 'Keys in the store',
  'controls.param.totalKeys.unit': 'keys',
  'controls.param.totalKeys.help':
    'Keys in the in-memory index; the treeIndex seek grows with their logarithm.',
  'controls.param.members.label': 'Members',
  'controls.param.members.unit': 'members',
  'controls.param.members.help':
    'Voting members; a ReadIndex round waits for acknowledgements from a quorum of them.',
  'controls.param.learner.label': 'Learner',
  'controls.param.learner.help':
    'Adds a non-voting member that serves serializable reads only; linearizable reads sent to it fail.',
  'controls.param.writeQps.label': 'Background writes',
  'controls.param.writeQps.unit': 'puts/s',
  'controls.param.writeQps.help':
    'Puts per second while reading; each is replicated, fsynced and applied, so linearizable reads wait for the apply loop.',
  'controls.param.writeValueBytes.label': 'Write value size',
  'controls.param.writeValueBytes.unit': 'bytes',
  'controls.param.writeValueBytes.help':
    'Size of each background put; larger entries take longer to replicate, fsync and apply.',
  'controls.param.compactionMs.label': 'Compaction interval',
  'controls.param.compactionMs.unit': 'ms (0 = off)',
  'controls.param.compactionMs.help':
    'How often old revisions are compacted; compaction takes the treeIndex write lock, so reads wait behind it.',
  'controls.param.sharedHost.label': 'Everything on one machine',
  'controls.param.sharedHost.help':
    'The client and every member run on one machine (a laptop cluster under goreman, docker compose or kind): they share its member cores and talk over loopback, so more members or spreading reads over followers add no CPU there. Client cores are then not used.',
  'controls.param.serverCores.label': 'Member cores',
  'controls.param.serverCores.unit': 'cores',
  'controls.param.serverCores.help':
    'CPU cores of each member; request handling, bcrypt and marshalling run on them in parallel. On one machine: that machine’s cores, shared by the client and every member.',
  'controls.param.clientCores.label': 'Client cores',
  'controls.param.clientCores.unit': 'cores',
  'controls.param.clientCores.help':
    'CPU cores of the client machine, which marshals every request and unmarshals every response (not used when everything runs on one machine).',
  'controls.param.cpuSpeed.label': 'CPU speed',
  'controls.param.cpuSpeed.unit': '× reference core',
  'controls.param.cpuSpeed.help':
    'Speed of one core relative to the cost table’s reference core; every CPU cost is divided by it.',
  'controls.param.nicGbps.label': 'NIC bandwidth',
  'controls.param.nicGbps.unit': 'Gbit/s',
  'controls.param.nicGbps.help':
    'Network card of every machine; each response crosses the member’s and the client’s NIC.',
  'controls.param.clientRttMs.label': 'Client ↔ member RTT',
  'controls.param.clientRttMs.unit': 'ms',
  'controls.param.clientRttMs.help':
    'Round trip between the client and a member; every request pays it once.',
  'controls.param.peerRttMs.label': 'Member ↔ member RTT',
  'controls.param.peerRttMs.unit': 'ms',
  'controls.param.peerRttMs.help':
    'Round trip between members; every ReadIndex round and every write replication pays it.',
  'controls.param.fsyncMs.label': 'Disk fsync',
  'controls.param.fsyncMs.unit': 'ms',
  'controls.param.fsyncMs.help':
    'One fsync of the WAL or the db file; it paces writes and backend commits, hence the apply wait of linearizable reads.',
  'controls.param.seed.label': 'Random seed',
  'controls.param.seed.help':
    'Seed of the simulation’s random numbers; the same seed gives exactly the same result.',

  // Choices
  'controls.choice.lb.per-conn': 'per connection (benchmark tool)',
  'controls.choice.lb.round-robin': 'round-robin (clientv3 ≥ 3.4)',
  'controls.choice.lb.pinned': 'pinned to one member (clientv3 ≤ 3.3)',
  'controls.choice.lb.l4-lb': 'L4 load balancer (least connections)',
  'controls.choice.auth.none': 'none (auth disabled)',
  'controls.choice.auth.password-token-reused': 'password, token reused',
  'controls.choice.auth.password-per-request': 'password on every request',
  'controls.choice.auth.jwt': 'JWT token',
  'controls.choice.auth.client-cert': 'client certificate (TLS)',
  'controls.choice.readMode.linearizable': 'linearizable (etcd’s default)',
  'controls.choice.readMode.serializable': 'serializable',
  'controls.choice.request.range': 'Range (a read)',
  'controls.choice.request.authenticate': 'Authenticate',
  'controls.choice.rangeResult.values': 'keys and values',
  'controls.choice.rangeResult.keys-only': 'keys only (--keys-only)',
  'controls.choice.rangeResult.count-only': 'count only (--count-only)',
  'controls.choice.etcdVersion.3.3.27': '3.3.27',
  'controls.choice.etcdVersion.3.4.8': '3.4.8 (bcrypt under the backend lock)',
  'controls.choice.etcdVersion.3.4.9': '3.4.9 (bcrypt outside the lock)',
  'controls.choice.etcdVersion.3.4.23': '3.4.23 (the loopback measurement)',
  'controls.choice.etcdVersion.3.4.27': '3.4.27',
  'controls.choice.etcdVersion.3.5.0': '3.5.0',
  'controls.choice.etcdVersion.3.5.17': '3.5.17',

  // Hardware profiles
  'controls.profile.label': 'Machines',
  'controls.profile.help':
    'Fills members, cores, CPU speed, NIC, round trips, fsync and etcd version; change any of them afterwards.',
  'controls.profile.article-3x8c': 'Article: three 8-core members, SSD, one zone',
  'controls.profile.article-16c-auth': 'Article: 16-core machines (Authenticate test)',
  'controls.profile.laptop': 'A laptop running one member',
  'controls.profile.cloud-network-disk': 'Cloud VMs in three zones, network disk',
  'controls.profile.cross-region': 'Three regions, 40 ms between members',
  'controls.profile.hdd': 'Older servers: HDD and 1 GbE',
  'controls.profile.etcd-io-gce': 'etcd.io benchmark: three 8-vCPU cloud members',
  'controls.profile.loopback-2vcpu': 'One 2-vCPU machine: client and three members (loopback)',
  'controls.profile.laptop-cluster': 'A laptop running three members and the benchmark',

  // Presets: en/presets.ts (they come with the controls panel)

  // Notices about values the lab could not use
  'controls.notice.title': 'Some values could not be used and were adjusted',
  'controls.notice.adjusted': '{label}: {value} is not allowed ({allowed}); using {now}.',
  'controls.notice.unknown': 'Unknown setting “{name}” in the link was ignored.',
  'controls.notice.repeated':
    'The link gives “{name}” more than once: using {used}, ignoring {ignored}.',
  'controls.notice.dismiss': 'Dismiss',
  'controls.notice.lang':
    'Language “{value}” in the link is not one we speak ({allowed}); ignored.',
} as const;
