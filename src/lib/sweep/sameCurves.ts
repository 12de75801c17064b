/**
 * Curves that lie on each other. Swept as A and B on one shared machine with serializable reads
 * and no background writes, B reading from one member and A from three give the same figures at every point (the members
 * share one pool of cores), so B's curve, drawn last, hides A's entirely: the legend shows a blue
 * A that is nowhere on the chart. This finds such pairs, so the panel can say so.
 */
import type { SeriesId } from '../../../workers/contract/sweep.ts';
import { pointValues, type SeriesCurves } from './sweepCurves.ts';

/**
 * Pairs [earlier, later] of curves whose every plotted figure (requests/sec, mean, p50, p99)
 * is equal at every swept value, each curve having all `values` points (a sweep still running, or
 * one with failed points, is not judged).
 */
export function coincidentCurves(
  curves: readonly SeriesCurves[],
  values: number,
): [SeriesId, SeriesId][] {
  const whole = curves.filter((c) => c.points.length === values && values > 0);
  const pairs: [SeriesId, SeriesId][] = [];
  for (let i = 0; i < whole.length; i++)
    for (let j = i + 1; j < whole.length; j++) {
      const [a, b] = [whole[i], whole[j]];
      const same = a.points.every((p, k) => {
        const q = b.points[k];
        const [va, vb] = [pointValues(p.result), pointValues(q.result)];
        return (
          p.x === q.x &&
          va.rps === vb.rps &&
          va.meanMs === vb.meanMs &&
          va.p50Ms === vb.p50Ms &&
          va.p99Ms === vb.p99Ms
        );
      });
      if (same) pairs.push([a.id, b.id]);
    }
  return pairs;
}
