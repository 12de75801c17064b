/** What one bench child process reports back to the parent over IPC. */
export interface Measurement {
  id: string;
  /** Requests the timed run simulated. */
  requests: number;
  wallSec: number;
  /**
   * CPU time the process spent over the timed run (user + system, all its threads). On a machine
   * whose other jobs take the cores, wall time grows and this does not: it is what the run would
   * take alone on one core.
   */
  cpuSec: number;
  /** Resident memory once the model is loaded, before any run: Node, tsx and the code, MB. */
  startRssMB: number;
  /** process.resourceUsage().maxRSS: the child's peak resident memory, warm-up included, MB. */
  peakRssMB: number;
  /** Largest V8 heap in use, sampled during and after the timed run, MB. */
  peakHeapMB: number;
}

export function isMeasurement(value: unknown): value is Measurement {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    ['requests', 'wallSec', 'cpuSec', 'startRssMB', 'peakRssMB', 'peakHeapMB'].every(
      (k) => typeof v[k] === 'number',
    )
  );
}
