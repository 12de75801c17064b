// Prose for docs/calibration.md and the tests' names: why the model misses a row, today.
import type { CalibrationRowId } from '../workers/contract/calibrationRows.ts';

const PER_READ =
  'All of the linearizable extra is CPU per read (linearizableReadUs) and a ReadIndex round ' +
  'costs no member CPU (it runs on a loop that is not a core), so batching amortises nothing: ' +
  'serializable ÷ linearizable stays ≈ 1.85 at every concurrency.';
const FOLLOWER_FREE =
  'On the shared host spreading no longer adds CPU (1.00; it was 3.0 with a machine per ' +
  'process), but a follower’s ReadIndex — forwarding to the leader and back — costs no CPU in ' +
  'the model, so spreading linearizable reads costs nothing either; real spreading loses 30 %.';
const BYTES =
  'Per-byte copy costs are about half what the real processes pay: on loopback every byte is ' +
  'also copied by the kernel on both sides, on the same shared cores, which the model does not ' +
  'charge.';
const TAILS =
  'Service times are constant (no scheduler wake-ups, no GC pauses), so P99 is close to the ' +
  'average; real tails are 2.3–4× it.';
const KEYS =
  'Per-key work, member and client together on the shared cores, costs ≈ 1.8× what the real ' +
  'processes spend (real: 116 ranges/s of 10,000 keys on 2 cores, ≈ 1.7 µs per key).';

/**
 * Why each row the model misses today misses, from the mechanisms (not a fit): printed under the
 * row in docs/calibration.md and named in the test that asserts the measured gap.
 */
export const KNOWN_GAPS: Partial<Record<CalibrationRowId, string>> = {
  'lecture.authenticate-3.4.8.qps':
    'Up to 3.4.8 bcrypt runs holding the BatchTx lock, so a member compares one password at a ' +
    'time: 1 / 80 ms = 12.5/s, the lecture’s “under 16/s”; its 8/s at 200 clients needs the lock ' +
    'idle a third of the time, and nothing in the model idles it.',
  'etcd.io.s-1c.avgMs':
    'The average is published to 0.1 ms (0.25–0.35 ms), and its own 2,909/s with one client ' +
    'bounds it by Little’s law at 0.344 ms; the model’s average follows its QPS.',
  'etcd.io.l-1000c.qps': PER_READ,
  'etcd.io.l-1000c.avgMs':
    'By Little’s law 1,000 clients at 141,578/s cycle every 7.1 ms against a 5.5 ms average: the ' +
    'source’s client spends ≈ 1.6 ms per request outside the timed call; the model’s client ' +
    'spends µs, and its linearizable QPS is low (see l-1000c.qps).',
  'etcd.io.s-1000c.avgMs':
    'By Little’s law 1,000 clients at 185,758/s cycle every 5.4 ms against a 2.2 ms average: the ' +
    'source’s client machine spends ≈ 3 ms per request outside the timed call, which the ' +
    'model’s client (µs of bookkeeping per request) does not.',
  'etcd.io.s-l-1000c': PER_READ,
  'loopback.s-l.c10-spread': PER_READ,
  'loopback.s-l.c100-spread': PER_READ,
  'loopback.s-l.c500-spread': PER_READ,
  'loopback.cpu-l-s.c1-leader':
    'A ReadIndex round costs no member CPU in the model; the real round (messages, heartbeat ' +
    'acks, wake-ups) costs ≈ 310 µs of member CPU at one client, shared by its batch.',
  'loopback.cpu-l-s.c100-spread': PER_READ,
  'loopback.spread-leader.l-c10': FOLLOWER_FREE,
  'loopback.c100-c1.l-leader':
    'A ReadIndex round costs no CPU, so at one client a linearizable read is cheap in CPU and at ' +
    '100 the per-read extra bounds it: nothing is shared by a batch (real: 4.6× from 1 to 100).',
  'loopback.value.s-c1-100KiB': BYTES,
  'loopback.value.s-c1-1MiB': BYTES,
  'loopback.value.s-c100-100KiB': BYTES,
  'loopback.value.s-c100-1MiB': BYTES,
  'loopback.keys.100': KEYS,
  'loopback.keys.1000': KEYS,
  'loopback.keys.10000': KEYS,
  'loopback.result.keys-only':
    'keys-only saves only marshalling, sending and unmarshalling the values; the model costs ' +
    'those bytes at about half what the real processes pay (see the value-size rows).',
  'loopback.result.count-only':
    'A real count-only range over 10,000 keys is 21× faster than the full one, so ≥ 95 % of the ' +
    'full range is boltdb reads, marshalling and the client’s per-key work; the model puts 22 % ' +
    'of it in the treeIndex walk that count-only still does.',
  'loopback.tail.s.c1-leader': TAILS,
  'loopback.tail.l.c1-leader': TAILS,
  'loopback.tail.l.c10-spread': TAILS,
  'loopback.tail.s.c100-leader': TAILS,
  'loopback.tail.l.c100-leader': TAILS,
};

/** Where two sources cannot both hold, with the numbers, and the side the model takes. */
export const SOURCE_CONFLICTS: string[] = [
  'Serializable ÷ linearizable QPS at high concurrency: the lecture gives 320,000 ÷ 190,000 = ' +
    '1.68 at 1,000 clients, etcd.io 185,758 ÷ 141,578 = 1.31 at 1,000 clients and the loopback ' +
    'cluster 1.34 at 100. Per read, all three put the linearizable extra at 35–50 µs of member ' +
    'CPU (lecture: 24 cores ÷ 190k − 24 ÷ 320k ≈ 51 µs; etcd.io ≈ 40 µs; loopback ≈ 35 µs ' +
    'measured), so they differ in what a serializable read costs, not in the extra.',
  'Average latency at 1,000 clients: the lecture’s 2.5 ms at 320,000/s and etcd.io’s 2.2 ms at ' +
    '185,758/s both sit well under Little’s cycle (3.1 and 5.4 ms): their clients spend 0.6 and ' +
    '3.2 ms per request outside the timed call, on machines the sources do not describe. The ' +
    'model’s client spends µs there; it follows the lecture’s QPS and misses both averages by ' +
    'what Little’s law requires.',
];
