/**
 * The comparison's note when B's figures equal A's (sameFigures.ts); it comes with the comparison
 * panel (enLater.ts), not in the first load.
 */
export const compareSame = {
  'compare.sameFigures':
    'B ran too: each of its six figures equals A’s to the last digit, so in this model B’s change makes no difference to these reads.',
  'compare.sameFigures.sharedHost':
    'Here the client and every member share one machine’s cores, and a serializable read is answered by the member it reaches without asking the others: which member that is, and how many members there are, costs the same.',
} as const;
