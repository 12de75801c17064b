/**
 * The stages of one request, in the order the article walks them (docs/design/MODEL.md §2). The `step`
 * is etcd's own trace step name where etcd has one; the UI shows it beside the translated label.
 */
export const STAGES = [
  { id: 'client', step: 'client marshal + send' },
  { id: 'network', step: 'network to member' },
  { id: 'authenticate', step: 'Authenticate (bcrypt)' },
  { id: 'token', step: 'validate auth token' },
  { id: 'readIndex', step: 'agreement among raft nodes before linearized reading' },
  { id: 'applyWait', step: 'wait for applied index' },
  { id: 'rbac', step: 'get authentication metadata' },
  { id: 'treeIndex', step: 'range keys from in-memory index tree' },
  { id: 'boltdb', step: 'range keys from bolt db' },
  { id: 'response', step: 'marshal + send response' },
] as const;

export type StageId = (typeof STAGES)[number]['id'];
export const STAGE_COUNT = STAGES.length;
/** Stage index by id, for the hot loop (arrays indexed by stage, not maps). */
export const S = Object.fromEntries(STAGES.map((s, i) => [s.id, i])) as Record<StageId, number>;
