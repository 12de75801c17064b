/**
 * The article's five qualitative claims (Tang Cong, etcd实战课 lecture 16, 2021), as checks the
 * model must pass besides the five measured figures in calibration.ts. Each trend runs a few small
 * scenarios and compares the results with each other, never with a number fitted to the model, so
 * the checks keep their meaning while the cost table is tuned. Like calibration.ts, nothing in the
 * model reads this file: `readpath calibrate` and docs/calibration.md do.
 */
import type { SimResult } from '../workers/contract/result.ts';
import { resourceKey } from '../workers/contract/resourceId.ts';
import { scenarioOnProfile, type Scenario } from '../workers/contract/scenario.ts';

/** Runs one scenario: the real simulate() in the CLI, a stand-in in tests. */
export type RunScenario = (scenario: Scenario) => Promise<SimResult>;

export interface TrendOutcome {
  pass: boolean;
  /** The measured numbers behind `pass`, and the thresholds they were held to. */
  detail: string;
}

export interface Trend {
  id: string;
  /** The claim, as one English sentence. */
  sentence: string;
  check: (run: RunScenario) => Promise<TrendOutcome>;
}

/**
 * The article's read benchmark (one key, 256 B, no writes, 1000 clients over 100 connections to
 * three members), cut to `total` requests: enough for a steady state, small enough for seconds.
 */
function articleRead(overrides: Partial<Scenario>): Scenario {
  return scenarioOnProfile('article-3x8c', {
    clients: 1000,
    conns: 100,
    endpoints: 3,
    request: 'range',
    auth: 'none',
    valueBytes: 256,
    keysPerRange: 1,
    totalKeys: 1,
    writeQps: 0,
    total: 40_000,
    ...overrides,
  });
}

/** Integer with thousands commas; locale-free so the report is the same on every machine. */
function int(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.round(x)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function rps(r: SimResult): number {
  return r.summary.rps;
}

function avgMs(r: SimResult): number {
  return r.summary.averageSec * 1000;
}

/** Signed change from `from` to `to`, as a percentage with one decimal: "−7.2 %". */
function pct(from: number, to: number): string {
  const p = ((to - from) / from) * 100;
  return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)} %`;
}

/** True when every value is below the one before it. */
function falling(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || x < xs[i - 1]);
}

/** Runs scenarios one after another: the model is single-threaded, parallel runs gain nothing. */
async function runEach(run: RunScenario, scenarios: Scenario[]): Promise<SimResult[]> {
  const out: SimResult[] = [];
  for (const s of scenarios) out.push(await run(s));
  return out;
}

/** The lecture's own run length (--total=500000). Requests sharing a connection fall into step
 *  over the first ≈ 0.4 s of simulated time (connections.ts: responses per write from 1.2 to
 *  3.1), and a 40,000-request run, 0.14 s at 1,000 clients, measures mostly that warm-up. */
const LECTURE_TOTAL = 500_000;
const SERIALIZABLE_MIN_SPEEDUP = 1.3; // "30%+ above linearizable"
const SERIALIZABLE_MAX_LATENCY = 0.6; // "about half the average latency", with room
const WRITE_LOADS = [0, 1000, 5000, 10_000]; // puts/s
const PEER_RTTS_MS = [0.15, 2, 40]; // same zone, cross-zone (ARTICLE §4: "under 2 ms"), cross-region
const SERIALIZABLE_RTT_BAND = 0.05;
const LARGE_VALUE_BYTES = 1_048_576;
const LARGE_VALUE_MIN_SLOWDOWN = 100; // the article measures ≈ 150×
const BOUND_SLACK = 1.05; // the operational law holds exactly; 5 % covers the run's edges
const CERT_BAND = 0.1;

export const TRENDS: readonly Trend[] = [
  {
    id: 'serializable-faster',
    sentence:
      'At 1000 clients serializable reads reach at least 1.3× the QPS of linearizable reads, ' +
      'with at most 0.6× their average latency.',
    async check(run) {
      const [lin, ser] = await runEach(run, [
        articleRead({ readMode: 'linearizable', total: LECTURE_TOTAL }),
        articleRead({ readMode: 'serializable', total: LECTURE_TOTAL }),
      ]);
      const speedup = rps(ser) / rps(lin);
      const latency = avgMs(ser) / avgMs(lin);
      return {
        pass: speedup >= SERIALIZABLE_MIN_SPEEDUP && latency <= SERIALIZABLE_MAX_LATENCY,
        detail:
          `serializable ${int(rps(ser))}/s vs linearizable ${int(rps(lin))}/s = ` +
          `${speedup.toFixed(2)}× (need ≥ ${SERIALIZABLE_MIN_SPEEDUP}×); average ` +
          `${avgMs(ser).toFixed(2)} vs ${avgMs(lin).toFixed(2)} ms = ${latency.toFixed(2)}× ` +
          `(need ≤ ${SERIALIZABLE_MAX_LATENCY}×)`,
      };
    },
  },
  {
    id: 'writes-slow-linearizable',
    sentence:
      'Linearizable read QPS falls at every step as writes rise from 0 to 10,000 puts/s ' +
      '(3 members, 8 cores, one key), and falls further in relative terms than serializable QPS.',
    async check(run) {
      const lin = (
        await runEach(
          run,
          WRITE_LOADS.map((writeQps) => articleRead({ readMode: 'linearizable', writeQps })),
        )
      ).map(rps);
      const ser = (
        await runEach(
          run,
          WRITE_LOADS.map((writeQps) => articleRead({ readMode: 'serializable', writeQps })),
        )
      ).map(rps);
      const fall = (xs: number[]): number => 1 - xs[xs.length - 1] / xs[0];
      const series = (xs: number[]): string => `${xs.map(int).join(' → ')}/s`;
      return {
        pass: falling(lin) && fall(lin) > fall(ser),
        detail:
          `at ${WRITE_LOADS.map(int).join(', ')} puts/s: linearizable ${series(lin)} ` +
          `(${pct(lin[0], lin[lin.length - 1])}), serializable ${series(ser)} ` +
          `(${pct(ser[0], ser[ser.length - 1])})`,
      };
    },
  },
  {
    id: 'rtt-slows-linearizable',
    sentence:
      'Raising the RTT between members (0.15 → 2 → 40 ms) lowers linearizable QPS at every ' +
      'step and leaves serializable QPS within 5 %.',
    async check(run) {
      const lin = (
        await runEach(
          run,
          PEER_RTTS_MS.map((peerRttMs) => articleRead({ readMode: 'linearizable', peerRttMs })),
        )
      ).map(rps);
      const ser = (
        await runEach(
          run,
          PEER_RTTS_MS.map((peerRttMs) => articleRead({ readMode: 'serializable', peerRttMs })),
        )
      ).map(rps);
      const drift = Math.max(...ser.map((x) => Math.abs(x - ser[0]) / ser[0]));
      return {
        pass: falling(lin) && drift <= SERIALIZABLE_RTT_BAND,
        detail:
          `at ${PEER_RTTS_MS.join(', ')} ms: linearizable ${lin.map(int).join(' → ')}/s; ` +
          `serializable ${ser.map(int).join(' → ')}/s (largest change ` +
          `${(drift * 100).toFixed(1)} %, need ≤ ${SERIALIZABLE_RTT_BAND * 100} %)`,
      };
    },
  },
  {
    id: 'large-value-slow',
    sentence: 'A 1 MiB value makes linearizable reads at least 100× slower (QPS) than a 256 B one.',
    async check(run) {
      const [small, large] = await runEach(run, [
        articleRead({ readMode: 'linearizable' }),
        // Each 1 MiB read takes far longer, so fewer requests reach the same steady state.
        articleRead({ readMode: 'linearizable', valueBytes: LARGE_VALUE_BYTES, total: 20_000 }),
      ]);
      const slowdown = rps(small) / rps(large);
      return {
        pass: slowdown >= LARGE_VALUE_MIN_SLOWDOWN,
        detail:
          `256 B ${int(rps(small))}/s vs 1 MiB ${int(rps(large))}/s = ${int(slowdown)}× slower ` +
          `(need ≥ ${LARGE_VALUE_MIN_SLOWDOWN}×)`,
      };
    },
  },
  {
    id: 'password-bounded-by-bcrypt',
    sentence:
      'Password auth without token reuse is bounded by bcrypt: the bottleneck is a CPU or the ' +
      'BatchTx lock bcrypt runs under, and QPS stays within its operational bound; client-cert ' +
      'auth keeps QPS within 10 % of no auth.',
    async check(run) {
      const [password, none, cert] = await runEach(run, [
        // Every read pays a bcrypt compare, so a few thousand requests are seconds of run.
        articleRead({ auth: 'password-per-request', total: 10_000 }),
        articleRead({ auth: 'none' }),
        articleRead({ auth: 'client-cert' }),
      ]);
      const b = password.bottleneck;
      const named = b.resource;
      const bcryptBound = named !== null && (named.kind === 'cpu' || named.name === 'lock.batchTx');
      const withinBound = rps(password) <= BOUND_SLACK * b.boundRps;
      const certGap = Math.abs(rps(cert) - rps(none)) / rps(none);
      return {
        pass: bcryptBound && withinBound && certGap <= CERT_BAND,
        detail:
          `password-per-request ${int(rps(password))}/s, bottleneck ${named ? resourceKey(named) : 'none'} ` +
          `bounding it at ${int(b.boundRps)}/s (need a cpu or batchTx resource and ≤ ` +
          `${BOUND_SLACK}× its bound); client-cert ${int(rps(cert))}/s vs none ` +
          `${int(rps(none))}/s = ${pct(rps(none), rps(cert))} (need within ${CERT_BAND * 100} %)`,
      };
    },
  },
];
