/**
 * The comparison's note when B's figures equal A's (sameFigures.ts), and the line naming whose the
 * results cards are while comparing; they come with those panels (enLater.ts), not in the first
 * load.
 */
export const compareSame = {
  'compare.sameFigures':
    'B ran too: each of its six figures equals A’s to the last digit, so in this model B’s change makes no difference to these reads.',
  'compare.sameFigures.sharedHost':
    'Here the client and every member share one machine’s cores, and a serializable read is answered by the member it reaches without asking the others: which member that is, and how many members there are, costs the same.',
  'compare.cardsOf.A':
    'The cards below describe experiment A. To read B’s, choose B under “The read path of” above.',
  'compare.cardsOf.B':
    'The cards below describe experiment B. To read A’s, choose A under “The read path of” above.',
} as const;
