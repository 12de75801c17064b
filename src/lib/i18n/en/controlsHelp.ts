/**
 * Each control's help sentence: shown only by the controls, which come as a chunk of their own, so
 * these come with the later strings (enLater.ts; issue 16's first-load budget).
 */
export const controlsHelp = {
  'controls.param.clients.help':
    'Concurrent clients, each sending its next request as soon as the last returns: more clients, longer queues at every stage.',
  'controls.param.conns.help':
    'gRPC connections the clients share; client i uses connection i mod conns, and each connection is pinned to a member (with round-robin it takes them in turn). Requests on one connection share its reads and writes: one system call carries every message waiting, so on a busy machine more clients per connection make each read cheaper.',
  'controls.param.endpoints.help':
    'How many members the client lists; reads go only to listed members (the learner is listed last).',
  'controls.param.lb.help':
    'How a request picks its member — the first stage of the chain; a pinned client overloads one member while others idle.',
  'controls.param.total.help':
    'Requests to complete before the run ends, like the benchmark’s --total; larger runs are steadier and take longer.',
  'controls.param.rate.help':
    'Caps requests per second across all clients, like --rate; 0 sends as fast as the replies come back.',
  'controls.param.auth.help':
    'How each request proves who it is; a password on every request calls Authenticate, which runs bcrypt on the member’s CPU.',
  'controls.param.etcdVersion.help':
    'Changes lock scopes only: before 3.4.9 bcrypt runs under the backend lock; later releases narrow the RBAC and boltdb locks.',
  'controls.param.bcryptCost.help':
    'CPU work of one password check in Authenticate; each step doubles it (etcd uses 10).',
  'controls.param.bcrypt10Ms.help':
    'One password compare at cost 10 on a reference core; the cost doubles it per step and the machines’ raw compute speed divides it. 50 ms is Go on a modern x86 core; the bcrypt lab below can put your own device’s time here.',
  'controls.param.rbacRules.help':
    'Permission intervals of the user; the RBAC check searches them on every read (O(log n)).',
  'controls.param.request.help':
    'What each client sends: a Range read, or an Authenticate call as in the article’s modified benchmark.',
  'controls.param.readMode.help':
    'Linearizable reads wait for a ReadIndex round and the apply loop; serializable reads answer from the local member at once.',
  'controls.param.valueBytes.help':
    'Size of each value read; large values cost CPU to copy and marshal and NIC time to send (etcd refuses more than 1.5 MiB).',
  'controls.param.keysPerRange.help':
    'Keys one Range returns; the treeIndex walk and the boltdb copy grow with it (listing all pods is a huge range).',
  'controls.param.rangeResult.help':
    'Values as usual; keys only (the member still reads every entry from boltdb, but sends no values); or only the count (the member walks the index and reads nothing from boltdb).',
  'controls.param.totalKeys.help':
    'Keys in the in-memory index; the treeIndex seek grows with their logarithm.',
  'controls.param.members.help':
    'Voting members; a ReadIndex round waits for acknowledgements from a quorum of them.',
  'controls.param.learner.help':
    'Adds a non-voting member that serves serializable reads only; linearizable reads sent to it fail.',
  'controls.param.writeQps.help':
    'Puts per second while reading; each is replicated, fsynced and applied, so linearizable reads wait for the apply loop.',
  'controls.param.writeValueBytes.help':
    'Size of each background put; larger entries take longer to replicate, fsync and apply.',
  'controls.param.compactionMs.help':
    'How often old revisions are compacted; compaction takes the treeIndex write lock, so reads wait behind it.',
  'controls.param.sharedHost.help':
    'The client and every member run on one machine (a laptop cluster under goreman, docker compose or kind): they share its member cores and talk over loopback, so more members or spreading reads over followers add no CPU there. Client cores are then not used.',
  'controls.param.serverCores.help':
    'CPU cores of each member; request handling, bcrypt and marshalling run on them in parallel. On one machine: that machine’s cores, shared by the client and every member.',
  'controls.param.clientCores.help':
    'CPU cores of the client machine, which marshals every request and unmarshals every response (not used when everything runs on one machine).',
  'controls.param.cpuSpeed.help':
    'Speed of one core at per-request work (system calls, networking, marshalling) relative to the cost table’s reference core; every CPU cost but raw compute is divided by it.',
  'controls.param.bcryptSpeed.help':
    'Speed of one core at raw compute — bcrypt, and the Go runtime’s in-process work that copies no message (a linearizable read’s hand-offs between goroutines, raft’s steps) — relative to the reference core; those costs are divided by it. On most machines it is the core speed; etcd.io’s profile takes a faster one for its vCPUs (an inference).',
  'controls.param.nicGbps.help':
    'Network card of every machine; each response crosses the member’s and the client’s NIC.',
  'controls.param.clientRttMs.help':
    'Round trip between the client and a member; every request pays it once.',
  'controls.param.peerRttMs.help':
    'Round trip between members; every ReadIndex round and every write replication pays it.',
  'controls.param.fsyncMs.help':
    'One fsync of the WAL or the db file; it paces writes and backend commits, hence the apply wait of linearizable reads.',
  'controls.param.seed.help':
    'Seed of the simulation’s random numbers: which jobs a core is slowed on and, on a shared host, which requests wait for a turn on its busy cores (the tails), and when writes arrive. The same seed gives exactly the same result; another seed, another draw of them.',
} as const;
