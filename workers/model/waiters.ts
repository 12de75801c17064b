/**
 * Who waits for a member's apply loop, and why. The apply loop (apply.ts) does not know its
 * waiters' continuations: it hands each one back, with its kind, to the world's `resume`, which
 * simulate.ts wires to the mechanisms at creation — so apply.ts imports none of its callers.
 */

/** A request whose simple token was installed by an entry this member has not applied yet (who = client). */
export const WAIT_TOKEN = 0;
/** A member's linearizableReadLoop, waiting to apply its read index before it releases the batch (who = member). */
export const WAIT_READ_LOOP = 1;
/** An Authenticate whose token entry the member that took the call has now applied (who = client). */
export const WAIT_OWN_ENTRY = 2;

export type WaitKind = typeof WAIT_TOKEN | typeof WAIT_READ_LOOP | typeof WAIT_OWN_ENTRY;
