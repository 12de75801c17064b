/**
 * Which resource a figure is about, as data: the host it belongs to (the client, or a member by
 * index), its kind, and its name on that host. Results carry this structure; the one string form,
 * `member0.lock.batchTx` / `client.nic.rx` (printed by the CLI and used as a map key), is built
 * here and nowhere else, so no consumer has to parse a resource id.
 */

export type ResourceKind = 'cpu' | 'nic' | 'disk' | 'lock' | 'loop';

/** The client host's resources (the benchmark's machine). */
export const CLIENT_RESOURCES = ['cpu', 'nic.tx', 'nic.rx', 'benchLoop'] as const;
/** Every member's resources: cores, NIC directions, disk, raft loop, and the locks reads meet. */
export const MEMBER_RESOURCES = [
  'cpu',
  'nic.tx',
  'nic.rx',
  'disk',
  'raftLoop',
  'lock.batchTx',
  'lock.readTx',
  'lock.treeIndex',
  'lock.token',
] as const;

export type ClientResourceName = (typeof CLIENT_RESOURCES)[number];
export type MemberResourceName = (typeof MEMBER_RESOURCES)[number];
export type ResourceName = ClientResourceName | MemberResourceName;

/** The shared machine's resources (sharedHost): the one pool of cores every process uses. */
export const MACHINE_RESOURCES = ['cpu'] as const;
export type MachineResourceName = (typeof MACHINE_RESOURCES)[number];

/**
 * 'client', the member's index (which one leads: SimResult.leader), or 'machine': the one host
 * the client and every member share (sharedHost), whose cores they all use.
 */
export type ResourceHost = 'client' | 'machine' | number;

/** A client resource, a member's, or the shared machine's; the host says which names are possible. */
export type ResourceId =
  | { host: 'client'; kind: ResourceKind; name: ClientResourceName }
  | { host: 'machine'; kind: ResourceKind; name: MachineResourceName }
  | { host: number; kind: ResourceKind; name: MemberResourceName };

const KIND_OF: Record<ResourceName, ResourceKind> = {
  cpu: 'cpu',
  'nic.tx': 'nic',
  'nic.rx': 'nic',
  disk: 'disk',
  // one goroutine doing one thing at a time: the raft node loop, the benchmark's report loop
  raftLoop: 'loop',
  benchLoop: 'loop',
  'lock.batchTx': 'lock',
  'lock.readTx': 'lock',
  'lock.treeIndex': 'lock',
  'lock.token': 'lock',
};

/** A client resource. */
export function clientResource(name: ClientResourceName): ResourceId {
  return { host: 'client', kind: KIND_OF[name], name };
}

/** The shared machine's resource (only when the client and members share one host). */
export function machineResource(name: MachineResourceName): ResourceId {
  return { host: 'machine', kind: KIND_OF[name], name };
}

/** A resource of member `member`. */
export function memberResource(member: number, name: MemberResourceName): ResourceId {
  return { host: member, kind: KIND_OF[name], name };
}

/** The resource's one string form: `client.<name>`, `machine.<name>` or `member<i>.<name>`. */
export function resourceKey(id: ResourceId): string {
  const host = typeof id.host === 'number' ? `member${id.host}` : id.host;
  return `${host}.${id.name}`;
}

export function sameResource(a: ResourceId, b: ResourceId): boolean {
  return a.host === b.host && a.name === b.name;
}
