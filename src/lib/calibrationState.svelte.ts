/**
 * The app's calibration view: runs the three-source table (report/calibrationRun.ts, the same
 * code as `readpath calibrate`) on the study worker and holds where it is. The trends stay in the
 * CLI and docs/calibration.md; the view shows every row.
 */
import { runCalibration } from '../../report/calibrationRun.ts';
import type { CalibrationReport } from '../../report/calibrationTable.ts';
import { StudyStopped, type StudyClient } from './studyClient.ts';

export type CalibrationPhase = 'idle' | 'running' | 'done' | 'failed';

export class CalibrationState {
  phase = $state<CalibrationPhase>('idle');
  /** Runs finished, of `steps`. */
  done = $state(0);
  steps = $state(0);
  report = $state.raw<CalibrationReport | null>(null);
  error = $state<string | null>(null);
  #token = 0;

  constructor(private readonly study: StudyClient) {}

  async run(): Promise<void> {
    const token = ++this.#token;
    this.phase = 'running';
    this.error = null;
    this.done = 0;
    try {
      const report = await runCalibration(this.study.simulate, {
        trends: [],
        onStep: (index, steps) => {
          if (token !== this.#token) return;
          this.done = index;
          this.steps = steps;
        },
      });
      if (token !== this.#token) return;
      this.report = report;
      this.done = this.steps;
      this.phase = 'done';
    } catch (e) {
      if (token !== this.#token || e instanceof StudyStopped) return;
      this.error = e instanceof Error ? e.message : String(e);
      this.phase = 'failed';
    }
  }

  /** Stops a run in flight (the dialog closed); the last finished report stays. */
  stop(): void {
    if (this.phase !== 'running') return;
    this.#token += 1;
    this.study.stop();
    this.phase = this.report === null ? 'idle' : 'done';
  }
}
