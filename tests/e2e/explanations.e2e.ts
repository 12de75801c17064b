/**
 * Every preset, loaded as a reader loads it, says nothing its numbers contradict (issue 9): the
 * same scenario is run in this process (the model is deterministic) and the page's words are
 * checked against that result — what limits throughput, every bound against the measurement,
 * the chain's marks, the counters in service against the servers, the preset card's figures, and
 * the run's pace.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PRESETS } from '../../src/lib/presets.ts';
import { en } from '../../src/lib/i18n/en.ts';
import { runInProcess, type SimResult } from '../../workers/api.ts';
import type { ResourceId } from '../../workers/contract/result.ts';
import { paceChange } from '../../workers/contract/pace.ts';
import { openPage, useHarness } from './page.ts';

const h = useHarness();

const RUN_TIMEOUT = 120_000;

function resultKey(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('[data-testid="results"]')?.getAttribute('data-key') ?? null,
  );
}

/** The full result of the experiment in the address bar is on screen (see lab.e2e.ts). */
async function settled(page: Page, before: string | null): Promise<void> {
  await page.waitForFunction(
    (previous) => {
      const status = document.querySelector('[data-testid="run-status"]');
      const results = document.querySelector('[data-testid="results"]');
      if (status?.getAttribute('data-phase') !== 'done' || !results) return false;
      const key = results.getAttribute('data-key');
      const query = new URLSearchParams(location.search);
      query.delete('lang');
      return key !== previous && key === `?${query.toString()}`;
    },
    before,
    { timeout: RUN_TIMEOUT },
  );
}

/** "12.5", "189,785" → number. */
function num(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The resource as the English page names it: host, then its own name. */
function englishName(id: ResourceId, r: SimResult): string {
  const host =
    id.host === 'client'
      ? en['results.host.client']
      : id.host === r.leader
        ? en['results.host.leader'].replace('{n}', String(id.host))
        : en['results.host.member'].replace('{n}', String(id.host));
  return `${host} ${en[`results.rname.${id.name}`]}`;
}

describe('every preset’s explanation agrees with its numbers', () => {
  test(
    'limiter, bounds, chain marks, counters and preset card, for all ten presets (en)',
    async () => {
      const w = await openPage(h, '?lang=en');
      await settled(w.page, null);
      for (const preset of PRESETS) {
        const id = preset.id;
        const card = w.page.locator(`[data-preset="${id}"]`);
        const before = await resultKey(w.page);
        await card.getByRole('button').click();
        await settled(w.page, before);
        const r = await runInProcess(preset.scenario);
        const b = r.bottleneck;

        // The loaded preset is marked, and an article card shows the run on screen.
        expect(await card.getAttribute('data-current'), id).toBe('true');
        if (preset.kind === 'article')
          expect(await card.getByTestId('model-figure').textContent(), id).toMatch(/\d.*req\/s/);

        // What limits throughput is the model's, and the measurement is this run's.
        const box = w.page.getByTestId('bottleneck');
        expect(await box.getAttribute('data-limiter'), id).toBe(b.limiter.kind);
        const measuredText = (await w.page.getByTestId('bottleneck-measured').textContent()) ?? '';
        const measured = num(/([\d,.]+) req\/s/.exec(measuredText)?.[1] ?? 'NaN');
        expect(Math.abs(measured - r.summary.rps) / r.summary.rps, id).toBeLessThan(0.006);

        // Every bound printed is at least the measurement printed.
        const bounds = await w.page
          .getByTestId('bottleneck-bounds')
          .locator('li')
          .allTextContents();
        const printed = bounds.flatMap((t) => [...t.matchAll(/at most ([\d,.]+) req\/s/g)]);
        expect(printed.length, id).toBeGreaterThan(0);
        for (const m of printed)
          expect(num(m[1]), `${id}: ${m[0]}`).toBeGreaterThanOrEqual(measured);

        const lead = (await w.page.getByTestId('bottleneck-lead').textContent()) ?? '';
        const chain = w.page.getByTestId('chain');
        const l = b.limiter;
        if (l.kind === 'resource') {
          // The named resource is saturated, and the chain outlines its host.
          expect(lead, id).toContain(englishName(l.resource, r));
          const pct = Number(/busy ([\d.]+)%/.exec(lead)?.[1]);
          expect(pct, id).toBeGreaterThanOrEqual(70);
          const hot = chain.locator(l.resource.host === 'client' ? '.host.hot' : '.lane.hot');
          expect(await hot.count(), id).toBeGreaterThan(0);
          expect(await chain.getByTestId('chain-most-time').count(), id).toBe(0);
        } else if (l.kind === 'clients') {
          // No resource is named, the busiest is under 70 %, and the chain marks the stage
          // that holds most of the time, the one the sentence names.
          expect(lead, id).toContain('No resource is saturated');
          const pct = Number(/is ([\d.]+)% busy/.exec(lead)?.[1] ?? '0');
          expect(pct, id).toBeLessThan(70);
          expect(await chain.locator('.lane.hot, .host.hot').count(), id).toBe(0);
          const stage = b.dominant?.stage;
          if (stage === undefined) throw new Error(`${id}: no dominant stage in the analysis`);
          const mark = chain.locator(`g[data-stage="${stage}"] [data-testid="chain-most-time"]`);
          expect(await mark.count(), id).toBe(1);
          const where = await box.locator('p.where').first().textContent();
          expect(where, id).toContain(`${en[`results.stage.${stage}` as const]} holds`);
        }

        // The pace sentence is there exactly when the run's first and ninth tenth differ, with
        // this run's two rates.
        const pace = paceChange(r.pace, r.scenario.clients);
        const paceBox = w.page.getByTestId('bottleneck-pace');
        expect(await paceBox.count(), id).toBe(pace === null ? 0 : 1);
        if (pace !== null) {
          const rates = [...((await paceBox.textContent()) ?? '').matchAll(/([\d,.]+) req\/s/g)];
          expect(
            rates.map((m) => num(m[1])),
            id,
          ).toEqual([Math.round(pace.firstRps), Math.round(pace.laterRps)]);
        }

        // The chain never counts more requests in service than there are servers.
        const servers = r.resources
          .filter((x) => x.id.kind !== 'lock')
          .reduce((n, x) => n + x.servers, 0);
        const serving = await chain
          .locator('g.load')
          .evaluateAll((gs) => gs.reduce((n, g) => n + Number(g.getAttribute('data-serving')), 0));
        expect(serving, id).toBeLessThanOrEqual(servers);
      }
      expect(w.consoleErrors).toEqual([]);
    },
    12 * RUN_TIMEOUT,
  );

  test(
    'Authenticate before and after 3.4.9 look different at a glance: the lock vs the cores (zh)',
    async () => {
      const w = await openPage(h, '?lang=zh');
      await settled(w.page, null);
      const counts: Record<string, { lock: number; queued: number; serving: number }> = {};
      for (const id of ['authenticate-3.4.8', 'authenticate-3.4.9'] as const) {
        const before = await resultKey(w.page);
        await w.page.locator(`[data-preset="${id}"]`).getByRole('button').click();
        await settled(w.page, before);
        // Let the animation run into the sampled window, then pause and read the counters.
        await w.page.waitForTimeout(1500);
        await w.page.getByTestId('chain-play').click();
        const row = w.page.locator('g.load[data-stage="authenticate"]');
        counts[id] = {
          lock: Number(await row.getAttribute('data-lock')),
          queued: Number(await row.getAttribute('data-queued')),
          serving: Number(await row.getAttribute('data-serving')),
        };
        const lead = (await w.page.getByTestId('bottleneck-lead').textContent()) ?? '';
        expect(lead, id).toContain(id === 'authenticate-3.4.8' ? 'BatchTx 锁' : 'CPU');
        await w.page
          .getByTestId('chain')
          .screenshot({ path: `test-results/explain-${id}-desktop-zh.png` });
      }
      const old = counts['authenticate-3.4.8'];
      const fixed = counts['authenticate-3.4.9'];
      // 3.4.8: logins wait for the lock, one at a time in service; 3.4.9: they wait for cores,
      // and every core serves one.
      expect(old.lock).toBeGreaterThan(10 * Math.max(old.queued, 0.1));
      expect(old.serving).toBeLessThanOrEqual(1.5);
      expect(fixed.queued).toBeGreaterThan(10 * Math.max(fixed.lock, 0.1));
      expect(fixed.serving).toBeGreaterThan(8);
      expect(w.consoleErrors).toEqual([]);
    },
    3 * RUN_TIMEOUT,
  );
});
