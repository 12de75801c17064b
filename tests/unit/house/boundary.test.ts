/**
 * The house's walls refuse a shortcut: these tests make one on purpose and expect the gates that
 * `npm test` runs (eslint, and dependency-cruiser through `npm run depcheck`) to refuse it.
 */
import { spawnSync } from 'node:child_process';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('the boundary between the app and the model', () => {
  test('the app, the CLI, the scripts and the report text cannot import a mechanism or the engine', async () => {
    const into = [
      [
        'src/lib/probe.ts',
        "import { COSTS } from '../../workers/model/costs.ts';\nexport const c = COSTS;\n",
      ],
      [
        'cli/probe.ts',
        "import { Engine } from '../workers/engine/engine.ts';\nexport const e = Engine;\n",
      ],
      [
        'report/probe.ts',
        "import { COSTS } from '../workers/model/costs.ts';\nexport const c = COSTS;\n",
      ],
      [
        'scripts/probe.ts',
        "import { COSTS } from '../workers/model/costs.ts';\nexport const c = COSTS;\n",
      ],
    ] as const;
    for (const [file, code] of into)
      expect(await ruleIds(code, file), file).toContain('no-restricted-imports');
  });

  test('the contract and the worker API are allowed', async () => {
    const code =
      "import { PARAMS } from '../../workers/contract/params.ts';\nimport type { SimApi } from '../../workers/api.ts';\nexport const p: unknown = PARAMS;\nexport type A = SimApi;\n";
    expect(await ruleIds(code, 'src/lib/probe.ts')).not.toContain('no-restricted-imports');
  });

  test('the model cannot import the app, and the contract cannot import a mechanism', async () => {
    expect(
      await ruleIds(
        "import { i18n } from '../../src/lib/i18n/i18n.svelte.ts';\nexport const x = i18n;\n",
        'workers/model/probe.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        "import { COSTS } from '../model/costs.ts';\nexport const c = COSTS;\n",
        'workers/contract/probe.ts',
      ),
    ).toContain('no-restricted-imports');
  });
});

describe('import cycles', () => {
  test('dependency-cruiser with the project config refuses a cycle', () => {
    const r = spawnSync(
      'npx',
      ['depcruise', 'tests/unit/house/fixtures/cycle', '--config', '.dependency-cruiser.cjs'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain('no-circular');
  });
});
