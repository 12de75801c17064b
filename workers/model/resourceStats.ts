/**
 * Per-resource figures of a finished world (docs/design/MODEL.md §4): utilisation, the share of
 * background work, the requests' service demand and the throughput bound it implies, servers, and
 * the stages whose work or waiting the resource is part of. Resources are named by the contract's
 * structured id (resourceId.ts).
 */
import { Server } from '../engine/server.ts';
import { CpuShare, type HostCpu } from '../engine/cpuShare.ts';
import type { Mutex, RwLock } from '../engine/locks.ts';
import type { ResourceStat } from '../contract/result.ts';
import {
  clientResource,
  machineResource,
  memberResource,
  type ClientResourceName,
  type MemberResourceName,
  type ResourceId,
} from '../contract/resourceId.ts';
import type { StageId } from '../contract/stages.ts';
import { R } from './ledger.ts';
import type { World } from './world.ts';

/**
 * Which stages each resource serves, by the mechanisms in this folder: where its work is charged
 * or where waiting for it shows up.
 */
const CLIENT_STAGES: Record<ClientResourceName, StageId[]> = {
  cpu: ['client', 'authenticate', 'response'],
  'nic.tx': ['network'],
  'nic.rx': ['response'],
  benchLoop: ['client'],
};
const MEMBER_STAGES: Record<MemberResourceName, StageId[]> = {
  cpu: ['network', 'token', 'authenticate', 'readIndex', 'rbac', 'treeIndex', 'boltdb', 'response'],
  'nic.tx': ['response'],
  'nic.rx': ['network'],
  // WAL fsyncs gate commits and so applies; a backend commit's fsync holds readTx.
  disk: ['applyWait', 'boltdb'],
  raftLoop: ['readIndex'],
  'lock.batchTx': ['authenticate', 'rbac', 'applyWait'],
  'lock.readTx': ['rbac', 'boltdb'],
  'lock.treeIndex': ['treeIndex'],
  'lock.token': ['token'],
};

/** The shared machine's cores serve every stage any process's CPU serves. */
const MACHINE_STAGES: StageId[] = [
  'client',
  'network',
  'token',
  'authenticate',
  'readIndex',
  'rbac',
  'treeIndex',
  'boltdb',
  'response',
];

/** The stages a resource serves. */
export function resourceStages(id: ResourceId): StageId[] {
  if (id.host === 'client') return CLIENT_STAGES[id.name];
  if (id.host === 'machine') return MACHINE_STAGES;
  return MEMBER_STAGES[id.name];
}

/** The measured window: from the first request issued to the last one finished, ms. */
export interface Window {
  from: number;
  to: number;
  /** Requests finished (succeeded or failed) in it. */
  finished: number;
}

/**
 * One resource's figures. `busy` is all its busy time (a read-write lock: its writers' only, as
 * readers share it), `bg` the background's part, `tail` the work booked past the window's end.
 * Only work inside the window counts toward the bound; as the split at its edges is unknown,
 * both parts are counted low (minus the tail, minus everything the resource could have done
 * before the window), which only raises the bound, so it stays a bound:
 *   X = ok ÷ T ≤ finished ÷ T, and fg + bg ≤ servers × T, so X ≤ servers × (1 − bg ÷ (servers × T)) ÷ D
 * with D = fg ÷ finished (docs/design/MODEL.md §4, the utilisation law on what the background leaves).
 */
function stat(
  id: ResourceId,
  servers: number,
  busy: number,
  bg: number,
  tail: number,
  utilisation: number,
  shared: boolean,
  win: Window,
): ResourceStat {
  const T = Math.max(win.to - win.from, 0);
  const cap = servers * T;
  const edge = tail + servers * win.from;
  // What is not background is the requests'; a difference within rounding of the total is 0.
  const rest = busy - bg;
  const fg = shared || rest <= 1e-9 * busy ? 0 : rest;
  const bgIn = Math.max(0, bg - edge);
  const fgIn = Math.max(0, fg - edge);
  const left = cap - bgIn;
  // The law's demand (busy = completions × demand), as printed; the bound uses fgIn (≤ it).
  const demandMs = win.finished > 0 ? fg / win.finished : 0;
  const demandIn = win.finished > 0 ? fgIn / win.finished : 0;
  return {
    id,
    utilisation,
    backgroundUtilisation: cap > 0 ? Math.min(1, bgIn / cap) : 0,
    readUtilisation: left > 0 ? Math.min(1, fgIn / left) : fgIn > 0 ? 1 : 0,
    demandMs,
    servers,
    boundRps: demandIn > 0 && T > 0 ? (left / T / demandIn) * 1000 : 0,
    stages: resourceStages(id),
  };
}

/** Work a server has booked past `to`, summed over its servers. */
function serverTail(r: Server, to: number): number {
  let tail = 0;
  for (let i = 0; i < r.freeAt.length; i++) if (r.freeAt[i] > to) tail += r.freeAt[i] - to;
  return tail;
}

/** Work booked past `to`; for a process's share of a shared machine, the machine's (an upper
 *  bound of the share's, which keeps the bound a bound). */
function tailOf(r: Server | HostCpu, to: number): number {
  if (r instanceof Server) return serverTail(r, to);
  if (r instanceof CpuShare) return serverTail(r.pool, to);
  return 0;
}

export function resourceStats(w: World, horizon: number, win: Window): ResourceStat[] {
  const out: ResourceStat[] = [];
  const server = (r: Server | HostCpu, id: ResourceId, bg: number): void => {
    out.push(
      stat(id, r.servers, r.busy, bg, tailOf(r, win.to), r.utilisation(horizon), false, win),
    );
  };
  const mutex = (l: Mutex, id: ResourceId, bg: number): void => {
    const tail = l.freeAt > win.to ? l.freeAt - win.to : 0;
    out.push(stat(id, 1, l.held, bg, tail, l.utilisation(horizon), false, win));
  };
  // Readers share a read-write lock, so it bounds no request's throughput; its writers are
  // background work (applies, backend commits, compaction).
  const rwLock = (l: RwLock, id: ResourceId): void => {
    const tail = l.writerEnd > win.to ? l.writerEnd - win.to : 0;
    out.push(stat(id, 1, l.writeHeld, l.writeHeld, tail, l.utilisation(horizon), true, win));
  };
  // On a shared host the machine's cores come first: the processes' shares below are parts of
  // it, and its background is every member's.
  if (w.machine !== null) {
    let bg = 0;
    for (const m of w.members) bg += m.bgBusy[R.cpu];
    server(w.machine, machineResource('cpu'), bg);
  }
  server(w.client.cpu, clientResource('cpu'), 0);
  server(w.client.nicTx, clientResource('nic.tx'), 0);
  server(w.client.nicRx, clientResource('nic.rx'), 0);
  server(w.benchLoop, clientResource('benchLoop'), 0);
  for (const m of w.members) {
    const at = (name: MemberResourceName): ResourceId => memberResource(m.index, name);
    const bg = m.bgBusy;
    server(m.cpu, at('cpu'), bg[R.cpu]);
    server(m.nicTx, at('nic.tx'), bg[R['nic.tx']]);
    server(m.nicRx, at('nic.rx'), bg[R['nic.rx']]);
    server(m.disk, at('disk'), bg[R.disk]);
    server(m.raftLoop, at('raftLoop'), bg[R.raftLoop]);
    mutex(m.batchTx, at('lock.batchTx'), bg[R['lock.batchTx']]);
    rwLock(m.readTx, at('lock.readTx'));
    rwLock(m.treeIndex, at('lock.treeIndex'));
    mutex(m.tokenMu, at('lock.token'), 0);
  }
  return out;
}
