/**
 * A result's latency histogram as shares of its requests per bucket, with each bucket's lower
 * edge, so two runs of different sizes can be drawn on one chart. Buckets outside the first and
 * last non-empty one are dropped.
 */
import type { SimResult } from '../../../workers/contract/result.ts';

export interface ShareBucket {
  lo: number;
  hi: number;
  /** Fraction of the run's requests in this bucket, 0..1. */
  share: number;
}

export function histogramShares(r: SimResult): ShareBucket[] {
  const { edgesMs, counts } = r.latencyHistogram;
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return [];
  const ratio = edgesMs.length > 1 ? edgesMs[1] / edgesMs[0] : 2;
  const all = edgesMs.map((hi, i) => ({
    lo: i === 0 ? hi / ratio : edgesMs[i - 1],
    hi,
    share: (counts[i] ?? 0) / n,
  }));
  const first = all.findIndex((b) => b.share > 0);
  let last = all.length - 1;
  while (last > first && all[last].share === 0) last -= 1;
  return all.slice(first, last + 1);
}
