#!/usr/bin/env node
// `readpath`: the command-line simulator. The CLI is TypeScript; tsx's API compiles it on the
// fly so there is no build step, and it resolves relative to this file, not the caller's cwd.
import { tsImport } from 'tsx/esm/api';

await tsImport('../cli/run.ts', import.meta.url);
