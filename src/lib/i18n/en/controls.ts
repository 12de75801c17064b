/** Controls: parameter labels, units, one-line explanations, groups, presets, URL notices. */
export const controls = {} as const;
