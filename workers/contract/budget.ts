/**
 * What a run will cost before it starts (workers/model/budget.ts estimates it): the app renders a
 * refusal from these figures in the reader's language; the CLI prints the model's own sentence.
 */
export type BudgetCause = 'writes' | 'reads';

export interface BudgetEstimate {
  /** Lower bound on the simulated time the run needs, ms. */
  simulatedMs: number;
  /** What sets that bound: the --rate cap, the responses' bytes on the NICs, or round trips. */
  timeLimitedBy: 'rate' | 'network' | 'round-trips';
  readEvents: number;
  writeEvents: number;
  /** Background puts the run must simulate in that time. */
  writes: number;
  events: number;
  limit: number;
  /** Null when the run fits; else what makes it too large. */
  over: BudgetCause | null;
}
