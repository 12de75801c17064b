/**
 * Writes golden.json from the current model: `npx tsx tests/unit/workers/model/golden/write.ts`.
 * Only for a deliberate change of behaviour, named in the commit that carries the new file; a
 * refactor must pass golden.test.ts against the file as it was.
 */
import { writeFileSync } from 'node:fs';
import { GOLDEN_SCENARIOS, goldenEntry, type GoldenEntry } from './scenarios.ts';

const out: Record<string, GoldenEntry> = {};
for (const [name, s] of Object.entries(GOLDEN_SCENARIOS)) out[name] = await goldenEntry(s);
writeFileSync(new URL('./golden.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
