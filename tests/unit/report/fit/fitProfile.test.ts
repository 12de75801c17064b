/**
 * Fitting a profile: from the model's own output on known machines, the search recovers those
 * machines within a few percent; it searches only what the runs depend on; and it is
 * deterministic. The pasted text goes through the same parser and flag reader as a real paste.
 */
import { describe, expect, test } from 'vitest';
import { runInProcess } from '../../../../workers/api.ts';
import { scenarioOnProfile, type Scenario } from '../../../../workers/contract/scenario.ts';
import { benchmarkArgv } from '../../../../report/benchmarkLine.ts';
import { benchHeader } from '../../../../report/benchHeader.ts';
import { formatBenchReport } from '../../../../report/benchReport.ts';
import { shellLine } from '../../../../report/shellWords.ts';
import { fitProfile, searchedParams } from '../../../../report/fit/fitProfile.ts';
import { machinesOf, pastedRuns } from '../../../../report/fit/fitRuns.ts';

const simulate = (s: Scenario) => runInProcess(s, { journeys: 0 });

/** What `benchmark … --precise` would print for these experiments on these machines. */
async function modelOutput(experiments: Partial<Scenario>[], machines: Partial<Scenario>) {
  let text = '';
  for (const e of experiments) {
    const s = scenarioOnProfile('loopback-2vcpu', { ...e, ...machines });
    const r = await simulate(s);
    const line = shellLine([...benchmarkArgv(s), '--precise']);
    text += `$ ${line}\n${benchHeader(s)}\n${formatBenchReport(r.summary, { precise: true })}\n`;
  }
  return text;
}

const EXPERIMENTS: Partial<Scenario>[] = [
  { clients: 1, conns: 1, endpoints: 1, readMode: 'serializable', total: 3000 },
  { clients: 1, conns: 1, endpoints: 1, readMode: 'linearizable', total: 3000 },
  { clients: 50, conns: 50, endpoints: 3, readMode: 'serializable', total: 5000 },
];

describe('fitting the machines to benchmark output', () => {
  async function fitTo(truth: { cpuSpeed: number; clientRttMs: number; peerRttMs: number }) {
    const text = await modelOutput(EXPERIMENTS, truth);
    const { runs } = pastedRuns(text, 'loopback-2vcpu');
    expect(runs.map((r) => r.scenario.clients)).toEqual([1, 1, 50]);
    const start = machinesOf(scenarioOnProfile('loopback-2vcpu'));
    const fit = await fitProfile(runs, start, simulate);
    expect(fit.searched).toEqual(['cpuSpeed', 'clientRttMs', 'peerRttMs']);
    expect(fit.fitted.fsyncMs).toBe(start.fsyncMs); // no writes: nothing to tell it by
    expect(fit.lossAfter).toBeLessThan(fit.lossBefore / 50);
    // The fitted model gives the runs' figures back.
    for (const [i, run] of runs.entries())
      expect(Math.abs(fit.after[i].qps / run.real.qps - 1)).toBeLessThan(0.02);
    return fit;
  }

  test('recovers a known profile from the model’s own output within 3 %', async () => {
    // Cores 1.5× the profile's, a client four times as far away.
    const truth = { cpuSpeed: 1.5, clientRttMs: 0.08, peerRttMs: 0.2 };
    const fit = await fitTo(truth);
    for (const [p, value] of Object.entries(truth) as [keyof typeof truth, number][])
      expect(Math.abs(fit.fitted[p] / value - 1), p).toBeLessThan(0.03);
  }, 120_000);

  test('on cores slower than the profile’s, one client tells the client’s RTT less well', async () => {
    // At 0.8 a read's CPU on the loopback machine (≈ 200 µs) dwarfs an 80 µs RTT, so a percent
    // of core speed trades against several of RTT at one client, and the score is rugged at that
    // scale (a seeded run's jobs all move): where the search stops along that valley moves with
    // any change to the model. Measured (core speed, client RTT, peer RTT) in three versions of
    // this change: −3.4 %, −11.5 %, −4.1 %; +0.5 %, +4.9 %, −2.0 %; −2.1 %, −5.5 %, −3.5 %.
    // (At 1, 1.25 and 1.5 every figure came within 3 %.) The fitted model gives every run's QPS
    // back within 2 % all the same (fitTo).
    const truth = { cpuSpeed: 0.8, clientRttMs: 0.08, peerRttMs: 0.2 };
    const fit = await fitTo(truth);
    expect(Math.abs(fit.fitted.cpuSpeed / truth.cpuSpeed - 1)).toBeLessThan(0.06);
    expect(Math.abs(fit.fitted.peerRttMs / truth.peerRttMs - 1)).toBeLessThan(0.06);
    expect(Math.abs(fit.fitted.clientRttMs / truth.clientRttMs - 1)).toBeLessThan(0.12);
  }, 120_000);

  test('searches only what the runs depend on', () => {
    const on = (o: Partial<Scenario>) => ({
      scenario: scenarioOnProfile('article-3x8c', o),
      real: { qps: 1, avgMs: 1, p50Ms: 1, p90Ms: 1, p99Ms: 1, percentiles: [] },
    });
    expect(searchedParams([on({ readMode: 'serializable' })])).toEqual(['cpuSpeed', 'clientRttMs']);
    expect(searchedParams([on({ readMode: 'linearizable', members: 1, endpoints: 1 })])).toEqual([
      'cpuSpeed',
      'clientRttMs',
    ]);
    expect(searchedParams([on({ readMode: 'linearizable' })])).toContain('peerRttMs');
    expect(searchedParams([on({ readMode: 'serializable', writeQps: 100 })])).toEqual([
      'cpuSpeed',
      'clientRttMs',
      'peerRttMs',
      'fsyncMs',
    ]);
  });

  test('the same runs give the same fit, evaluation for evaluation', async () => {
    const text = await modelOutput([EXPERIMENTS[0]], { cpuSpeed: 0.7 });
    const { runs } = pastedRuns(text, 'loopback-2vcpu');
    const start = machinesOf(scenarioOnProfile('loopback-2vcpu'));
    const a = await fitProfile(runs, start, simulate);
    const b = await fitProfile(runs, start, simulate);
    expect(b).toEqual(a);
  }, 60_000);
});
