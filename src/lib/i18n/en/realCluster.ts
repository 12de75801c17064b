/** The real-cluster card's strings: they come with the card (enLater.ts, issue 16). */
export const realCluster = {
  'real.title': 'Try it on a real cluster',
  'real.intro':
    'The commands that measure this experiment on your own etcd: etcd’s benchmark tool, and the etcd and etcdctl setup it assumes. Replace etcd-0, etcd-1, … with your members’ addresses, and the passwords.',
  'real.bench': 'etcd’s benchmark',
  'real.benchNone':
    'etcd’s benchmark has no Authenticate command (the article used a modified one): the setup below measures logins with etcdctl instead.',
  'real.setup': 'The whole setup, step by step (etcd, etcdctl, openssl)',
  'real.model': 'The same experiment in this model, from a terminal',
  'real.copyScript': 'Copy the script',
  'real.notes': 'What a real cluster does differently',
  'real.step.env':
    'Where etcdctl finds the cluster (the members’ client addresses; replace etcd-0 … with yours)',
  'real.step.certs':
    'A CA, a certificate for each member, and one for each user: the user is the certificate’s CN (OpenSSL 3)',
  'real.step.jwtKeys':
    'The key pair etcd signs its JWT tokens with (copy both files to every member)',
  'real.step.start': 'Start etcd {version} on each member, with NAME set to its name ({names})',
  'real.step.learner': 'Add {name} as a learner, then start it on its host (NAME={name})',
  'real.step.data': 'The data: {keys} {keys|key|keys} of {bytes} {bytes|byte|bytes}',
  'real.step.auth':
    'Users and roles: root (needed to enable auth) and {user}, who may read the benchmark’s keys',
  'real.step.rbacRules':
    'More permissions, to give {user} {rules} {rules|permission|permissions} in all: etcd checks them on every request',
  'real.step.authEnable': 'Turn authentication on',
  'real.step.writes': 'Background writes: {qps} puts/s of {bytes} bytes, beside the reads',
  'real.step.logins':
    'Logins as a real cluster sees them: many etcdctl calls at once, each authenticating with the password',
  'real.step.bench': 'The benchmark (etcd’s tools/benchmark)',
  'real.step.stopWrites': 'Stop the background writes',
  'real.note.sharedMachine':
    'The model runs the benchmark and every member on one machine of {cores} cores over loopback ({clientRtt} ms round trip, {fsync} ms per fsync), as a laptop cluster under goreman, docker compose or kind does: run yours the same way, each member with its own ports and data directory.',
  'real.note.machines':
    'The model’s machines are not yours: {cores} cores per member, {clientRtt} ms client round trip, {peerRtt} ms between members, {fsync} ms per fsync, {nic} Gbit/s NICs. Compare those before comparing numbers.',
  'real.note.lb':
    'The benchmark hands its connections to the endpoints in turn; “{lb}” load balancing is a client or network setting it cannot be told.',
  'real.note.perRequest':
    'The benchmark logs in once per client and reuses the token, so it measures “password, token reused”; the etcdctl logins show the cost of a password on every request.',
  'real.note.authenticate':
    'Each etcdctl call also starts a process and sends one Range: divide the time by the calls for an upper bound on one Authenticate.',
  'real.note.jwt':
    'With JWT the benchmark logs in the same way; the difference is in how each member checks the token.',
  'real.note.bcryptOld': 'etcd {version} has no --bcrypt-cost: it always uses cost 10, not {cost}.',
  'real.note.learnerOld': 'etcd {version} has no learners: use etcd 3.4 or later.',
  'real.note.learnerReads':
    'The learner refuses linearizable reads and logins (“rpc not supported for learner”), as in the model’s errors.',
} as const;
