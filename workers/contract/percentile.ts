// etcd's pkg/report percentile rule, shared by the engine's histogram and the report text.
/**
 * The 0-based rank etcd's pkg/report takes for percentile p of n sorted samples: the first i with
 * i·100/n ≥ p, compared in float64 exactly as Go does (so 999·100/1000 ≥ 99.9 holds).
 */
export function rankFor(p: number, n: number): number {
  let i = Math.max(0, Math.ceil((p * n) / 100) - 1);
  while (i > 0 && ((i - 1) * 100) / n >= p) i--;
  while ((i * 100) / n < p) i++;
  return i;
}
