/**
 * Per-resource figures of a finished world (docs/design/MODEL.md §4): utilisation, service demand per
 * request, servers, and the stages whose work or waiting the resource is part of. Resources are
 * named by the contract's structured id (resourceId.ts).
 */
import type { Server } from '../engine/server.ts';
import type { HostCpu } from '../engine/cpuShare.ts';
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

export function resourceStats(w: World, horizon: number, finished: number): ResourceStat[] {
  const out: ResourceStat[] = [];
  const per = Math.max(finished, 1);
  const server = (r: Server | HostCpu, id: ResourceId): void => {
    out.push({
      id,
      utilisation: r.utilisation(horizon),
      demandMs: r.busy / per,
      servers: r.servers,
      stages: resourceStages(id),
    });
  };
  const lock = (l: Mutex | RwLock, id: ResourceId): void => {
    const held = 'writeHeld' in l ? l.writeHeld : l.held;
    out.push({
      id,
      utilisation: l.utilisation(horizon),
      demandMs: held / per,
      servers: 1,
      stages: resourceStages(id),
    });
  };
  // On a shared host the machine's cores come first: the processes' shares below are parts of it.
  if (w.machine !== null) server(w.machine, machineResource('cpu'));
  server(w.client.cpu, clientResource('cpu'));
  server(w.client.nicTx, clientResource('nic.tx'));
  server(w.client.nicRx, clientResource('nic.rx'));
  server(w.benchLoop, clientResource('benchLoop'));
  for (const m of w.members) {
    const at = (name: MemberResourceName): ResourceId => memberResource(m.index, name);
    server(m.cpu, at('cpu'));
    server(m.nicTx, at('nic.tx'));
    server(m.nicRx, at('nic.rx'));
    server(m.disk, at('disk'));
    server(m.raftLoop, at('raftLoop'));
    lock(m.batchTx, at('lock.batchTx'));
    lock(m.readTx, at('lock.readTx'));
    lock(m.treeIndex, at('lock.treeIndex'));
    lock(m.tokenMu, at('lock.token'));
  }
  return out;
}
