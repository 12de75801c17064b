/**
 * When B comes out exactly like A. On a shared host with serializable reads and no background
 * writes, moving reads between members or adding members changes nothing the model charges for
 * (the members share one pool of cores, and a serializable read never asks another member; writes
 * would: each member applies them), so every headline figure of B equals A's to the last digit — and a table of identical numbers with ×1 beside each reads as if B never
 * ran. This says that it did, and why when the reason is that one.
 */
import type { SimResult } from '../../../workers/contract/result.ts';
import type { Scenario } from '../../../workers/contract/scenario.ts';
import type { MessageKey } from '../i18n/en.ts';
import { fieldChanges, HEADLINE_METRICS, metric } from './delta.ts';

/** Fields whose change costs nothing on one shared machine when every read is serializable. */
const FREE_ON_SHARED_HOST: readonly (keyof Scenario)[] = ['members', 'endpoints'];

/**
 * The sentences to show under the table when B's every headline figure equals A's (each one a
 * number, none missing), or none: the finding first, then the shared-host reason when it applies.
 */
export function sameFiguresNotes(a: SimResult, b: SimResult): MessageKey[] {
  const equal = HEADLINE_METRICS.every((m) => {
    const va = metric(a, m);
    return va !== null && va === metric(b, m);
  });
  const changes = fieldChanges(a.scenario, b.scenario);
  if (!equal || changes.length === 0) return [];
  const notes: MessageKey[] = ['compare.sameFigures'];
  const sharedSerializable = [a.scenario, b.scenario].every(
    (s) => s.sharedHost && s.readMode === 'serializable',
  );
  if (sharedSerializable && changes.every((c) => FREE_ON_SHARED_HOST.includes(c.field)))
    notes.push('compare.sameFigures.sharedHost');
  return notes;
}
