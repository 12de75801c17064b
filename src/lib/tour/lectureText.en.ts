/**
 * The built-in tour's words in English. Numbers in braces are the model's, filled from the run
 * on screen (tourFormat.ts); the figures are the lecture's, as published (docs/design/ARTICLE.md),
 * each measured on the machines of its step's A.
 */
import type { StepText } from './tourFormat.ts';
import type { LectureStepId } from './lectureExperiments.ts';

const LECTURE_3X8C =
  'Lecture 16 (Tang Cong, 2021): three members of 8 cores / 16 GB with SSD, client 16 cores, ' +
  'same zone (RTT 0.1–0.2 ms), etcd 3.4.9, 1,000 clients over 100 connections, one key, no writes';
const LECTURE_16C =
  'Lecture 16 (Tang Cong, 2021): 16-core / 32 GB machines, etcd’s benchmark modified to call ' +
  'Authenticate, 200 clients and connections';

export const LECTURE_EN: Record<LectureStepId, StepText> = {
  'benchmark-vs-production': {
    title: 'A benchmark’s reads and an application’s reads',
    question:
      'Both on etcd 3.5.17. A: the benchmark reads one key, no auth, no writes, from 1,000 clients over 100 connections. B: an application on the same cluster (100 clients over 10 connections, round-robin, 10,000 keys) authenticates every read with a password and writes 500 keys/s. How many reads per second does B get, next to A?',
    choices: ['About as many', 'A few times fewer', 'Hundreds of times fewer'],
    takeaway:
      'The benchmark serves {qps} reads/s; the application on the same machines gets {inverse} ' +
      'times fewer: {qpsB} reads/s (B ÷ A in the table: ×{ratio}). A request of B spends {stageMsB} in Authenticate alone. The rest ' +
      'of the tour walks the read path stage by stage to find out where such losses come from.',
    // The lecture's benchmark on the machines A runs on (etcd.io's 141,578/s was measured on
    // slower ones: beside A's number it read as a large overshoot).
    figure: {
      source: 'lecture',
      value: 'the benchmark: ≈ 190,000 linearizable reads/s, average 4.9 ms',
      measuredOn: LECTURE_3X8C,
    },
  },
  'load-balancing': {
    title: 'Load balancing: one member or all three',
    question:
      'The application’s cluster of step 1, now read by 1,000 clients over 100 connections, without authentication or writes. A: every client connection is pinned to the first member (clients before etcd 3.4). B: the 3.4+ client round-robins over the three endpoints. How many times as many reads does B serve?',
    choices: ['About the same', 'Two to three times as many', 'Ten times as many'],
    takeaway:
      'Pinned to one member: {qps} reads/s while two members idle; round-robin: {qpsB} (×{ratio}). ' +
      'On clients before 3.4, put a load balancer in front of etcd. Round-robin still serves fewer ' +
      'than the benchmark of step 1, mostly for this reason: the benchmark spreads its connections ' +
      'too but keeps each on one member, while here every connection sends to all three, so fewer ' +
      'of its requests share a socket read or write. (This run is also shorter, and a run’s rate ' +
      'rises as its queues form.)',
  },
  'authenticate-lock': {
    title: 'Authenticate: bcrypt under a lock',
    question:
      '200 clients call Authenticate (bcrypt cost 10). A: etcd 3.4.8 compares passwords while holding the backend lock. B: 3.4.9 compares outside it. How many more logins per second does B serve?',
    choices: ['About the same', 'More than ten times as many', 'Twice as many'],
    takeaway:
      'Under the lock one member checks one password at a time: {qps} logins/s, {avgMs} on ' +
      'average. Outside it the cores work in parallel: {qpsB}/s (×{ratio}). bcrypt itself is the ' +
      'cost, so this is close to the limit: authenticating per request cannot scale.',
    figure: {
      source: 'lecture',
      value: 'before 3.4.9: under 16/s, 8/s with P99 = 18 s; 3.4.9: about 200/s, P99 under 1 s',
      measuredOn: LECTURE_16C,
    },
  },
  'token-and-certificates': {
    title: 'Reuse the token — or use certificates',
    question:
      'A: the application authenticates with its password before every read. B: the same reads with a client certificate (no Authenticate call). How much faster is B?',
    choices: ['A little', 'Twice', 'Over a hundred times'],
    takeaway:
      'Authenticating every read: {qps} reads/s, {stageMs} in Authenticate per request. With a ' +
      'certificate there is no Authenticate call at all: {qpsB} reads/s (×{ratio}). A password ' +
      'client that keeps its token gets close to this too; a certificate cannot forget to.',
  },
  'read-mode': {
    title: 'Serializable or linearizable',
    question:
      'The lecture’s benchmark, 1,000 clients over 100 connections. A: linearizable reads (the default). B: serializable reads, which skip ReadIndex. How much faster is B?',
    choices: ['About the same', 'Between 1.5 and 2 times', 'Ten times'],
    takeaway:
      'Linearizable: {qps} reads/s, average {avgMs}; serializable: {qpsB} reads/s, average ' +
      '{avgMsB} (×{ratio}). A linearizable read spends {stageMs} in ReadIndex here. If a read may ' +
      'be slightly stale, serializable is cheaper.',
    figure: {
      source: 'lecture',
      value: 'linearizable ≈ 190,000 QPS, 4.9 ms; serializable ≈ 320,000 QPS, 2.5 ms',
      measuredOn: LECTURE_3X8C,
    },
  },
  'readindex-rtt': {
    title: 'ReadIndex: a round trip between members',
    question:
      'Linearizable reads. A: members 0.2 ms apart (one zone). B: members 40 ms apart (two regions). What happens to B?',
    choices: [
      'Nothing: reads are local',
      'A little slower',
      'Far slower: every read waits for the round trip',
    ],
    takeaway:
      'ReadIndex takes {stageMs} in one zone and {stageMsB} across regions; reads fall from {qps} ' +
      'to {qpsB} per second. Keep members close; for a remote copy use a learner and serve nearby ' +
      'serializable reads from it.',
    figure: {
      source: 'lecture',
      value: 'cross-zone RTT is usually under 2 ms; cross-city deployment hurts a lot',
      measuredOn: 'Lecture 16 (Tang Cong, 2021), §4: a rule of thumb, not a measurement',
    },
  },
  'apply-wait': {
    title: 'Apply wait: writes slow down reads',
    question:
      'Linearizable reads on cloud network disks. A: no writes. B: 20,000 writes/s of 1 KiB. What happens to the reads?',
    choices: ['Nothing: reads do not write', 'They slow down', 'They stop'],
    takeaway:
      'Without writes: {qps} reads/s; with 20,000 writes/s: {qpsB} reads/s (×{ratio}). Each read ' +
      'now waits {stageMsB} for its member to apply up to the leader’s commit index, and the disk ' +
      'is busy committing. Longer still is its ReadIndex round (see “Time per stage, A and B”): ' +
      'it waits for raft loops busy saving the writes to their WALs. Write load is the most ' +
      'overlooked cost of a read.',
    figure: {
      source: 'lecture',
      value:
        'a table of linearizable read QPS falling as write QPS rises (its numbers are an image, not available here)',
      measuredOn: 'Lecture 16 (Tang Cong, 2021), §5: three members of 8 cores / 16 GB, one key',
    },
  },
  rbac: {
    title: 'RBAC: checking permissions',
    question:
      'Password users with a reused token. A: 10 permission rules. B: 10,000 rules. How do B’s reads per second compare with A’s?',
    choices: ['About the same', 'About a tenth', 'Under a thousandth'],
    takeaway:
      'A read spends {stageMs} in the check with 10 rules and {stageMsB} with 10,000; of that, ' +
      'the check’s own work is {serviceMs} and {serviceMsB}, the rest is waiting (“Time per ' +
      'stage, A and B” splits it). Permissions live in an interval tree, so the work grows only ' +
      'with the logarithm of the rules. Reads per second: {qps} and {qpsB}.',
  },
  'expensive-range': {
    title: 'Expensive ranges: list all pods',
    question:
      '10 clients, 50,000 keys of 2 KiB. A: every request lists 5,000 keys (all pods at once). B: a page of 500 keys. How long does one request of B take?',
    choices: ['As long as A', 'Half as long', 'About a tenth as long'],
    takeaway:
      'Listing 5,000 keys takes {avgMs} and serves {qps} lists/s; a page of 500 takes {avgMsB} ' +
      '({qpsB} pages/s). A paginated list bounds each request’s time and memory. Better still: ' +
      'list once, then watch (Kubernetes informers); split data by prefix; cache in the application.',
  },
  'large-value': {
    title: 'Large values',
    question:
      'The benchmark reads one key with 1,000 clients. A: a 256 B value. B: a 1 MiB value. How many reads per second does B serve?',
    choices: ['About the same', 'Half as many', 'Over a hundred times fewer'],
    takeaway:
      'A 256 B value: {qps} reads/s; 1 MiB: {qpsB} reads/s, average {avgMsB}. Every read now ' +
      'moves a megabyte, and the network fills up. etcd is a small metadata store: keep values ' +
      'small (the request limit is 1.5 MiB).',
    figure: {
      source: 'lecture',
      value: '1 MiB value: 1,163 QPS, average 818 ms (down from about 170,000)',
      measuredOn: LECTURE_3X8C,
    },
  },
  summary: {
    title: 'Summary',
    question:
      'A: pinned connections, a password check on every read, linearizable. B: what the lecture advises — round-robin, a client certificate, serializable where staleness is acceptable. How far apart are they?',
    choices: ['Within twice', 'About ten times', 'Over a thousand times'],
    takeaway:
      'A: {qps} reads/s, average {avgMs}; B: {qpsB} reads/s, average {avgMsB} — ×{ratio}. Balance ' +
      'load over members, prefer certificates, choose the read mode per use, keep members close and ' +
      'disks fast (writes slow reads), and avoid huge ranges and large values.',
  },
};
