/** The bcrypt card and its lab: real bcrypt on this device, the cost lab and the login storm. */
export const bcrypt = {
  'bcrypt.title': 'What one password check costs',
  'bcrypt.cost': 'bcrypt cost',
  'bcrypt.costHelp':
    'Each step doubles the CPU work of Authenticate; etcd uses cost 10 unless told otherwise. This is the experiment’s own cost, the same value as in the parameters.',
  'bcrypt.result':
    'One Authenticate spends {ms} ms of one member core on bcrypt: one core can check at most {rate} passwords per second.',
  'bcrypt.source.go':
    'Timed as Go’s bcrypt on a modern x86 core: 50 ms per compare at cost 10 (the cost table), doubling per step.',
  'bcrypt.source.own':
    'Timed at {ms10} ms per compare at cost 10 on a reference core instead of Go’s 50 ms (the “bcrypt time at cost 10” parameter).',
  'bcrypt.backToGo': 'Back to Go’s time',

  'bcrypt.lab.summary': 'Measure it on this device: real bcrypt in your browser',
  'bcrypt.lab.intro':
    'The checks below run real bcrypt (bcryptjs, in JavaScript) on {workers} worker {workers|thread|threads} of this device: one per core your browser reports ({cores}), at most 8. Nothing runs on the page’s own thread.',
  'bcrypt.lab.privacy':
    'The password goes to the workers and stays there: it is not stored, logged or put in the link. Closing this section or leaving the tab stops everything and ends the workers.',
  'bcrypt.lab.password': 'Password to hash',
  'bcrypt.lab.passwordHelp': 'Any text; leave it empty to use a sample word.',
  'bcrypt.lab.stop': 'Stop',
  'bcrypt.lab.stopped': 'Stopped; the numbers so far stay below.',
  'bcrypt.lab.stoppedHidden': 'Stopped because the tab was hidden; run it again when you are back.',
  'bcrypt.lab.failed': 'The bcrypt workers failed: {message}',

  'bcrypt.cost.title': 'One compare at each cost, on this device',
  'bcrypt.cost.measure': 'Measure costs {from}–{to}',
  'bcrypt.cost.high': 'Also 13 and 14 (seconds per compare)',
  'bcrypt.cost.method':
    'At each cost, one worker hashes the password and compares once to warm up, then times {runs} compares ({runsHigh} from cost {high}) and keeps the median.',
  'bcrypt.cost.progress': 'Measuring: {percent}',
  'bcrypt.cost.done': 'Measured {n} {n|cost|costs}.',
  'bcrypt.cost.chartLabel':
    'Time of one bcrypt compare against its cost, on a log scale: this device from {from} to {to}, Go’s reference beside it.',
  'bcrypt.cost.x': 'bcrypt cost (log₂ rounds)',
  'bcrypt.cost.y': 'ms per compare (log scale)',
  'bcrypt.cost.device': 'this device (bcryptjs)',
  'bcrypt.cost.go': 'Go, one x86 core (cost table)',
  'bcrypt.cost.col.cost': 'Cost',
  'bcrypt.cost.col.device': 'This device',
  'bcrypt.cost.col.go': 'Go',
  'bcrypt.cost.col.ratio': 'This device / Go',
  'bcrypt.cost.ratio':
    'At cost {cost} this device takes {device} per compare, {ratio}× Go’s {go}. Part of the gap is the language: bcryptjs is JavaScript, Go’s bcrypt is compiled.',
  'bcrypt.cost.use': 'Use this device’s bcrypt time in the simulation',
  'bcrypt.cost.useHelp':
    'Sets “bcrypt time at cost 10” so that one compare on a member’s core takes {ms} at cost {cost}, as here; the Authenticate stage and every result above follow.',
  'bcrypt.cost.useHelpScaled':
    'Sets “bcrypt time at cost 10” so that one compare on a member’s core takes {ms} at cost {cost}: this device’s time at cost {from}, doubled per step (cost {cost} was not measured); the Authenticate stage and every result above follow.',
  'bcrypt.cost.inUse': 'The simulation runs on this device’s time.',

  'bcrypt.storm.title': 'Login storm: one lock against the pool',
  'bcrypt.storm.intro':
    '{clients} {clients|client logs|clients log} in at the same moment against one real bcrypt hash at cost {cost}, the experiment’s cost. First as etcd 3.4.8 and earlier did: one compare at a time behind one lock. Then as 3.4.9 and later do: spread over the {workers} {workers|worker|workers}.',
  'bcrypt.storm.clients': 'Clients logging in at once',
  'bcrypt.storm.clientsUnit': 'clients',
  'bcrypt.storm.run': 'Run the storm',
  'bcrypt.storm.hashing': 'Hashing the password at cost {cost}…',
  'bcrypt.storm.ranWith':
    'The numbers below are from {clients} {clients|client|clients} at cost {cost}.',
  'bcrypt.storm.col.mode': 'Run',
  'bcrypt.storm.col.rate': 'Logins/s',
  'bcrypt.storm.col.p50': 'p50',
  'bcrypt.storm.col.p99': 'p99',
  'bcrypt.storm.serialised': 'One lock (etcd ≤ 3.4.8)',
  'bcrypt.storm.pool': 'Pool of {workers} (etcd ≥ 3.4.9)',
  'bcrypt.storm.waiting': 'waiting',
  'bcrypt.storm.of': '{done} of {clients} logged in',
  'bcrypt.storm.speedup':
    'Spread over {workers} {workers|worker|workers}, the storm logged in {speedup}× as many clients per second as behind one lock.',
  'bcrypt.storm.shared':
    'That is well short of {workers}×: the workers did not each get a full core of their own. Either other programs were busy on this device (close them and run it again), or the browser counts hyperthreads, two per physical core, as cores.',
  'bcrypt.storm.whyLock':
    'Why: up to etcd 3.4.8, Authenticate compared the password while holding the backend’s BatchTx lock, so a member checked one password at a time however many cores it had. Lecture 16 of Tang Cong’s “etcd实战课” (极客时间, 2021) measured under 16 Authenticate/s on 16-core / 32 GB machines with etcd’s benchmark modified to call Authenticate, 8/s with 200 clients and a p99 of 18 s. etcd PR 11735, released in 3.4.9, moved the compare out of the lock, and the same machines reached about 200/s: bcrypt itself is then the limit, shared by every core.',
  'bcrypt.storm.whyMore':
    'Real etcd pays more per Authenticate than this storm: first a ReadIndex round, like a linearizable read, so the member reads a current user record; then a raft proposal, written to the WAL on a quorum and applied on every member, which installs the token. The simulator adds both around the compare — try the Authenticate presets.',
} as const;
