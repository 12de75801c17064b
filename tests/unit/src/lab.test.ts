import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SimResult } from '../../../workers/contract/result.ts';
import { defaultScenario, type Scenario } from '../../../workers/contract/scenario.ts';
import { LabState, type Runner } from '../../../src/lib/lab.svelte.ts';
import type { RunPhase } from '../../../src/lib/simClient.svelte.ts';
import { PRESETS } from '../../../src/lib/presets.ts';
import { fixtureResult } from './fixtureResult.ts';

/** A runner that answers at once with the fixture and remembers what it was asked. */
class FakeRunner implements Runner {
  result: SimResult | null = null;
  estimated = false;
  phase: RunPhase = 'idle';
  progress = 0;
  runError: string | null = null;
  lost = null;
  gaveUp = false;
  refused = null;
  asked: Scenario[] = [];
  run(scenario: Scenario): Promise<SimResult | null> {
    this.asked.push(scenario);
    this.result = fixtureResult(scenario);
    this.phase = 'done';
    return Promise.resolve(this.result);
  }
}

describe('LabState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('a burst of changes starts one run, 120 ms after the last change', () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    lab.update({ clients: 10 });
    vi.advanceTimersByTime(100);
    lab.update({ clients: 20 });
    vi.advanceTimersByTime(100);
    lab.update({ clients: 30 });
    expect(runner.asked).toEqual([]);
    vi.advanceTimersByTime(120);
    expect(runner.asked.map((s) => s.clients)).toEqual([30]);
  });

  test('loading a scenario runs it at once and replaces the notices', () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    lab.load(defaultScenario(), [{ kind: 'unknown', name: 'x' }]);
    expect(runner.asked).toHaveLength(1);
    expect(lab.notices).toHaveLength(1);
    lab.load(defaultScenario());
    expect(lab.notices).toEqual([]);
  });

  test('finalResult: the result only while it answers the controls, final and not an estimate', async () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    lab.load(defaultScenario());
    await vi.runAllTimersAsync();
    expect(lab.finalResult).not.toBeNull();
    // A change waiting for its run (and so an older result kept after a refused or failed run):
    // the result on screen answers another experiment.
    lab.update({ clients: 7 });
    expect(lab.result).not.toBeNull();
    expect(lab.finalResult).toBeNull();
    vi.advanceTimersByTime(120);
    await vi.runAllTimersAsync();
    expect(lab.finalResult?.scenario.clients).toBe(7);
    runner.estimated = true;
    expect(lab.finalResult).toBeNull();
    runner.estimated = false;
    runner.phase = 'refining';
    expect(lab.finalResult).toBeNull();
  });

  test('fewer members than endpoints shrinks the endpoints and says so', () => {
    const lab = new LabState(new FakeRunner());
    lab.update({ members: 1 });
    expect(lab.scenario.endpoints).toBe(1);
    expect(lab.notices).toEqual([{ kind: 'adjusted', field: 'endpoints', value: '3', now: 1 }]);
    lab.dismiss(lab.notices[0]);
    expect(lab.notices).toEqual([]);
  });

  test('a full answer to a preset is kept beside that preset', async () => {
    const lab = new LabState(new FakeRunner());
    const preset = PRESETS[0];
    lab.load(preset.scenario);
    await vi.runAllTimersAsync();
    expect(lab.presetRuns[preset.id]?.rps).toBe(fixtureResult(preset.scenario).summary.rps);
    expect(lab.result?.scenario).toEqual(preset.scenario);
  });

  test('the scenario is replaced, never mutated', () => {
    const lab = new LabState(new FakeRunner());
    const before = lab.scenario;
    lab.update({ readMode: 'serializable' });
    expect(before.readMode).toBe('linearizable');
    expect(lab.scenario.readMode).toBe('serializable');
  });

  test('the result is stale from a change until the run for it answers', async () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    expect(lab.stale).toBe(false);
    lab.load(defaultScenario());
    await vi.runAllTimersAsync();
    expect(lab.stale).toBe(false);
    lab.update({ clients: 10 });
    expect(lab.stale).toBe(true);
    await vi.runAllTimersAsync();
    expect(lab.stale).toBe(false);
  });

  test('a failed run leaves the previous result marked stale', async () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    lab.load(defaultScenario());
    await vi.runAllTimersAsync();
    runner.run = () => {
      runner.phase = 'failed';
      runner.runError = 'boom';
      return Promise.resolve(null);
    };
    lab.update({ readMode: 'serializable' });
    await vi.runAllTimersAsync();
    expect(lab.stale).toBe(true);
  });

  test('a quick estimate of the current scenario (its total cut short) is not stale', () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    const scenario = { ...defaultScenario(), total: 500_000 };
    lab.scenario = scenario;
    runner.result = fixtureResult({ ...scenario, total: 20_000 });
    runner.estimated = true;
    expect(lab.stale).toBe(false);
    lab.scenario = { ...scenario, clients: 7 };
    expect(lab.stale).toBe(true);
  });

  test('set changes one field like update does', () => {
    const runner = new FakeRunner();
    const lab = new LabState(runner);
    lab.set('clients', 250);
    lab.set('readMode', 'serializable');
    expect(lab.scenario.clients).toBe(250);
    expect(lab.scenario.readMode).toBe('serializable');
    vi.advanceTimersByTime(120);
    expect(runner.asked.map((s) => s.clients)).toEqual([250]);
  });
});
