/**
 * The bottleneck analysis (result.bottleneck, from workers/model/limiter.ts) in the reader's
 * language: the limiter, where a request's time goes, why (for the Authenticate lock scope and
 * the lock that kept requests waiting), and every bound beside the measurement. Words only: the
 * decisions and numbers are the model's; report/bottleneck.ts words the same data for the CLI.
 * For the results card and the comparison, which load after the first screen with these strings
 * (en/limiterCard.ts); the chain's one line is limiterNote.ts.
 */
import type { SimResult } from '../../workers/contract/result.ts';
import { count, durationText, percent, rate, type Locale } from './format.ts';
import type { Translate } from './i18n/i18n.svelte.ts';
import { hostName, resourceLabel } from './resourceName.ts';
import { kindWords } from './limiterNote.ts';
import { stageSplit } from '../../report/stageSplit.ts';

export interface LimiterText {
  /** What limits throughput. */
  lead: string;
  /** Where a request's time goes, and how it splits into the four kinds. */
  where: string[];
  /** Why, when the data says (the Authenticate lock scope, a lock held by other work). */
  why: string[];
  /** Every bound printed, each ≥ the measurement, then the measurement. */
  bounds: string[];
  measured: string;
}

export function limiterText(t: Translate, lang: Locale, result: SimResult): LimiterText {
  const b = result.bottleneck;
  const l = b.limiter;
  const ms = (v: number): string => durationText(v, lang);
  const req = (v: number): string => rate(v, lang);
  const name = (id: Parameters<typeof resourceLabel>[1]['id']): string =>
    resourceLabel(t, { id }, result);
  const clients = Math.min(result.scenario.clients, result.scenario.total);

  let lead: string;
  const why: string[] = [];
  switch (l.kind) {
    case 'none':
      lead = t('limiter.none');
      break;
    case 'rate':
      lead = t('limiter.rate', { rate: req(l.rate), rps: req(result.summary.rps) });
      break;
    case 'resource':
      lead =
        l.backgroundUtilisation > 0.005
          ? t('limiter.resourceLeft', {
              resource: name(l.resource),
              util: percent(l.readUtilisation, lang),
              bg: percent(l.backgroundUtilisation, lang),
            })
          : t('limiter.resource', {
              resource: name(l.resource),
              util: percent(l.readUtilisation, lang),
            });
      // Logins saturating a lock or the cores: the lock scope of Authenticate is the reason.
      if (b.dominant?.stage === 'authenticate') {
        if (l.resource.name === 'lock.batchTx') why.push(t('limiter.why.bcryptUnderLock'));
        else if (l.resource.kind === 'cpu')
          why.push(
            t('limiter.why.bcryptOnCores', {
              servers: count(l.servers, lang),
              demand: ms(l.demandMs),
            }),
          );
      }
      break;
    case 'clients':
      lead =
        l.busiest === null
          ? t('limiter.clientsIdle', { clients: count(l.clients, lang) })
          : t('limiter.clients', {
              resource: name(l.busiest.resource),
              util: percent(l.busiest.readUtilisation, lang),
              clients: count(l.clients, lang),
            });
      if (l.busiest !== null) {
        const stat = result.resources.find(
          (x) => x.id.host === l.busiest?.resource.host && x.id.name === l.busiest?.resource.name,
        );
        if (stat && stat.backgroundUtilisation >= 0.005)
          why.push(
            t('limiter.background', {
              resource: name(stat.id),
              bg: percent(stat.backgroundUtilisation, lang),
            }),
          );
      }
      if (l.lock !== null)
        why.push(
          t('limiter.lock', {
            lockName: t(`results.rname.${l.lock.resource.name}`),
            member: hostName(t, l.lock.resource.host, result),
            wait: ms(l.lock.waitMs),
            held: percent(l.lock.heldFraction, lang),
            by: t(`limiter.by.${l.lock.heldBy}`),
          }),
        );
      break;
  }

  const where: string[] = [];
  if (b.dominant !== null) {
    const d = b.dominant;
    const st = result.stages.find((x) => x.id === d.stage);
    const split = st === undefined ? null : stageSplit(st);
    where.push(
      split === null || split.mostly
        ? t('limiter.where', {
            latency: ms(b.latencyMs),
            stage: t(`results.stage.${d.stage}`),
            stageMs: ms(d.ms),
            kind: kindWords(t, d.stage, d.kind),
          })
        : // No one kind holds most of it: say the two largest, with their times.
          t('limiter.whereSplit', {
            latency: ms(b.latencyMs),
            stage: t(`results.stage.${d.stage}`),
            stageMs: ms(d.ms),
            firstMs: ms(split.first.ms),
            first: kindWords(t, d.stage, split.first.kind),
            secondMs: ms(split.second.ms),
            second: kindWords(t, d.stage, split.second.kind),
          }),
    );
    where.push(
      t('limiter.split', {
        lock: ms(b.time.lock),
        queue: ms(b.time.queue),
        flight: ms(b.time.flight),
        service: ms(b.time.service),
      }),
    );
  }

  const bounds: string[] = [];
  if (b.tightest !== null && b.tightestBoundRps > 0) {
    const stat = result.resources.find(
      (r) => r.id.host === b.tightest?.host && r.id.name === b.tightest?.name,
    );
    bounds.push(
      t('limiter.bound.resource', {
        resource: name(b.tightest),
        bound: req(b.tightestBoundRps),
        demand: ms(stat?.demandMs ?? 0),
      }),
    );
  }
  if (b.populationBoundRps > 0)
    bounds.push(
      t('limiter.bound.population', {
        clients: count(clients, lang),
        bound: req(b.populationBoundRps),
        demand: ms(b.demandMs),
        think: ms(b.thinkMs),
      }),
    );
  if (b.rateBoundRps > 0) bounds.push(t('limiter.bound.rate', { bound: req(b.rateBoundRps) }));
  return {
    lead,
    where,
    why,
    bounds,
    measured: t('limiter.measured', { rps: req(result.summary.rps) }),
  };
}
