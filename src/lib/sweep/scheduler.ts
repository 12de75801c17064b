/**
 * Runs the points of a sweep plan through an executor (in the app: a WorkerPool of simulation
 * workers) and gathers the outcomes in plan order, whatever order they finish in. Each finished
 * point is reported at once so its curve can grow. A point that fails does not stop the others.
 *
 * Stopping (the signal) resolves only once every point that had started has settled, so when
 * runSweep returns no work of the sweep is left anywhere. Pure: no DOM, no timers.
 */
import type { SweepPoint } from '../../../workers/contract/sweep.ts';

/** A failure keeps the thrown value (`cause`) so the page can word it; `error` is its message. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: string; cause: unknown };

export type Executor<R> = (point: SweepPoint, signal: AbortSignal) => Promise<R>;

export interface SweepRun<R> {
  /** One outcome per point of the plan, in plan order; undefined where stopped before it ran. */
  outcomes: (Outcome<R> | undefined)[];
  stopped: boolean;
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'CancelledError');
}

export async function runSweep<R>(
  points: readonly SweepPoint[],
  exec: Executor<R>,
  signal: AbortSignal,
  onPoint: (point: SweepPoint, outcome: Outcome<R>) => void = () => {},
): Promise<SweepRun<R>> {
  const outcomes: (Outcome<R> | undefined)[] = points.map(() => undefined);
  await Promise.all(
    points.map(async (point, i) => {
      let outcome: Outcome<R>;
      try {
        outcome = { ok: true, value: await exec(point, signal) };
      } catch (e) {
        if (signal.aborted && isAbort(e)) return;
        outcome = { ok: false, error: e instanceof Error ? e.message : String(e), cause: e };
      }
      // An answer that lands after the stop is dropped: the sweep it belonged to is gone.
      if (signal.aborted) return;
      outcomes[i] = outcome;
      onPoint(point, outcome);
    }),
  );
  return { outcomes, stopped: signal.aborted };
}
