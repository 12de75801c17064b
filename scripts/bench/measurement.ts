/** What one bench child process reports back to the parent over IPC. */
export interface Measurement {
  id: string;
  /** Requests the timed run simulated. */
  requests: number;
  wallSec: number;
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
    ['requests', 'wallSec', 'startRssMB', 'peakRssMB', 'peakHeapMB'].every(
      (k) => typeof v[k] === 'number',
    )
  );
}
