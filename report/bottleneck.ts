/**
 * What limits throughput, in English, from the model's analysis (result.bottleneck, built by
 * workers/model/limiter.ts): the saturated resource with its bound, the --rate cap, or — when
 * nothing is saturated — the clients waiting for their own requests, where that time goes and
 * what kind of time it is; then every bound beside the measurement. The app words the same
 * data in English and Chinese (src/lib/limiterText.ts); neither parses the other's text.
 */
import type {
  Limiter,
  ResourceHost,
  ResourceKind,
  ResourceName,
  SimResult,
} from '../workers/contract/result.ts';
import { resourceKey } from '../workers/contract/resourceId.ts';
import { paceChange, paceKind } from '../workers/contract/pace.ts';
import { grouped, short } from './numbers.ts';
import { kindInStage } from './timeWords.ts';
import { stageSplit } from './stageSplit.ts';

const KIND_NAMES: Record<ResourceKind, string> = {
  cpu: 'CPU',
  nic: 'NIC',
  disk: 'disk',
  lock: 'lock',
  loop: 'single-goroutine loop',
};

/** Locks and loops by name: which one it is says more than its kind. */
const NAMES: Partial<Record<ResourceName, string>> = {
  'lock.batchTx': 'BatchTx lock',
  'lock.readTx': 'readTx lock',
  'lock.treeIndex': 'treeIndex lock',
  'lock.token': 'token mutex',
  raftLoop: 'raft loop',
  // the benchmark's own report loop: one goroutine doing one thing at a time
  benchLoop: 'benchmark loop',
};

function owner(host: ResourceHost, leader: number): string {
  if (host === 'client') return "the client's";
  if (host === 'machine') return "the shared machine's (client and members)";
  return host === leader ? `member ${host}'s (the leader's)` : `member ${host}'s`;
}

/** Three significant digits below 100 req/s (12.5), grouped above (189,785). */
function rate(x: number): string {
  return `${x < 100 ? short(x) : grouped(x)} req/s`;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function ms(x: number): string {
  return `${short(x)} ms`;
}

/** "member 0's (the leader's) CPU (member0.cpu)" */
function named(result: SimResult, id: Parameters<typeof resourceKey>[0]): string {
  const what = NAMES[id.name] ?? KIND_NAMES[id.kind];
  return `${owner(id.host, result.leader)} ${what} (${resourceKey(id)})`;
}

function limiterText(result: SimResult, l: Limiter): string {
  switch (l.kind) {
    case 'none':
      return 'No request finished: nothing limits what did not run.';
    case 'rate':
      return (
        `Bottleneck: the --rate cap of ${rate(l.rate)}; the run reached ` +
        `${rate(result.summary.rps)}, and no resource is saturated before it.`
      );
    case 'resource': {
      const left =
        l.backgroundUtilisation > 0
          ? ` of what the background work (puts, backend commits, compaction: ${pct(l.backgroundUtilisation)}) leaves`
          : '';
      const servers =
        l.backgroundUtilisation > 0
          ? `${l.servers} × (1 − ${short(l.backgroundUtilisation)})`
          : `${l.servers}`;
      return (
        `Bottleneck: ${named(result, l.resource)}, ${pct(l.readUtilisation)} busy with the ` +
        `requests${left}; the utilisation law bounds throughput at X ≤ ${servers} / ` +
        `${ms(l.demandMs)} = ${rate(l.boundRps)}.`
      );
    }
    case 'clients': {
      const busiest =
        l.busiest === null
          ? 'no resource is busy'
          : `the busiest for the requests, ${named(result, l.busiest.resource)}, is ${pct(l.busiest.readUtilisation)} busy`;
      let text =
        `Bottleneck: no resource is saturated (${busiest}). The ${grouped(l.clients)} ` +
        `clients each wait for their own request.`;
      const stat =
        l.busiest === null
          ? undefined
          : result.resources.find(
              (x) =>
                x.id.host === l.busiest?.resource.host && x.id.name === l.busiest?.resource.name,
            );
      if (stat && stat.backgroundUtilisation >= 0.005)
        text +=
          ` Background work (puts, backend commits, compaction) keeps it busy a further ` +
          `${pct(stat.backgroundUtilisation)} of the time.`;
      if (l.lock !== null) {
        const by = l.lock.heldBy === 'background' ? 'background work' : 'the requests';
        const lock = l.lock.resource;
        text +=
          ` The lock requests wait for longest is the ${NAMES[lock.name] ?? lock.name}: ` +
          `${ms(l.lock.waitMs)} per request, on all members together; on ` +
          `${named(result, lock)} it was held ${pct(l.lock.heldFraction)} of the time, ` +
          `mostly by ${by}.`;
      }
      return text;
    }
  }
}

/** The bounds, each ≥ the measurement, and the measurement. */
function boundsText(result: SimResult): string {
  const b = result.bottleneck;
  const n = Math.min(result.scenario.clients, result.scenario.total);
  const parts: string[] = [];
  if (b.tightest !== null && b.tightestBoundRps > 0)
    parts.push(`${named(result, b.tightest)} X ≤ ${rate(b.tightestBoundRps)}`);
  if (b.populationBoundRps > 0)
    parts.push(
      `the ${grouped(n)} clients X ≤ N / (D + Z) = ${grouped(n)} / (${ms(b.demandMs)} + ` +
        `${ms(b.thinkMs)}) = ${rate(b.populationBoundRps)} (D: a request's time not spent ` +
        `waiting for a lock or a server; Z: the client's time between requests)`,
    );
  if (b.rateBoundRps > 0) parts.push(`--rate X ≤ ${rate(b.rateBoundRps)}`);
  const measured = `measured X = ${rate(result.summary.rps)}`;
  return parts.length > 0 ? `Bounds: ${parts.join('; ')}; ${measured}.` : `${measured}.`;
}

/** Where a request's time goes: the stage that holds most of it, and the four kinds overall. */
function whereText(result: SimResult): string {
  const b = result.bottleneck;
  const d = b.dominant;
  if (d === null) return '';
  const t = b.time;
  const st = result.stages.find((x) => x.id === d.stage);
  const split = st === undefined ? null : stageSplit(st);
  // "Mostly" only when one kind holds most of the stage; else its two largest, with their times.
  const how =
    split === null || split.mostly
      ? `mostly ${kindInStage(d.stage, d.kind)}`
      : `${ms(split.first.ms)} ${kindInStage(d.stage, split.first.kind)} and ` +
        `${ms(split.second.ms)} ${kindInStage(d.stage, split.second.kind)}`;
  return (
    `A request takes ${ms(b.latencyMs)} on average, ${ms(d.ms)} of it in the ${d.stage} ` +
    `stage, ${how}. In all: ${ms(t.lock)} waiting for locks, ` +
    `${ms(t.queue)} for cores, NICs, disks or loops, ${ms(t.flight)} on the wire or in raft, ` +
    `${ms(t.service)} in service.\n`
  );
}

/** How throughput moved from the run's first tenth to its ninth, if it did (contract/pace.ts). */
function paceText(result: SimResult): string {
  const p = paceChange(result.pace, result.scenario.clients);
  if (p === null) return '';
  const kind = paceKind(p, result.scenario);
  const figures =
    `${rate(p.firstRps)} over the first tenth of the requests, ${rate(p.laterRps)} over the ` +
    `ninth (the last tenth is left out: it holds the drain once the clients stop sending).`;
  const averages = `Requests/sec and the bounds above are the whole run's averages`;
  const later = `, so more requests of the same experiment average more of the later rate.`;
  if (kind === 'falling') return `Throughput fell during the run: ${figures} ${averages}.\n`;
  const start =
    kind === 'risingShared'
      ? `The model starts with every queue empty; as queues form, the requests that share a ` +
        `connection share more of its reads and writes, which makes each cheaper.`
      : `The model starts with every queue empty.`;
  return `Throughput rose during the run: ${figures} ${start} ${averages}${later}\n`;
}

/** The analysis, where the time goes, the bounds, then the pace; each paragraph ends in "\n". */
export function formatBottleneck(result: SimResult): string {
  const l = result.bottleneck.limiter;
  return `${limiterText(result, l)}\n${whereText(result)}${boundsText(result)}\n${paceText(result)}`;
}
