/** Results: numbers, charts, the benchmark text block, stage and resource names, bottleneck sentences. */
export const results = {} as const;
