/**
 * What the command is handed from outside: its output streams and the model. A file of its own so
 * that every command (main, calibrate) can name these types without importing one another.
 */
import type { SimOptions } from '../workers/api.ts';
import type { SimResult } from '../workers/contract/result.ts';
import type { Scenario } from '../workers/contract/scenario.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress is drawn on stderr only when it is a terminal, never into a pipe or a file. */
  stderrIsTTY: boolean;
  /** All of standard input, for `fit` (absent where there is none to read). */
  readStdin?: () => Promise<string>;
  /** True when standard input is a terminal: nothing was piped in. */
  stdinIsTTY?: boolean;
}

export type { SimOptions };

export type SimulateFn = (scenario: Scenario, options?: SimOptions) => Promise<SimResult>;
