/** The animated chain: hosts, stages, playback controls, follow-one-request and its waterfall. */
export const chain = {} as const;
