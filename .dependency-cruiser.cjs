/**
 * The house's walls, checked on every `npm test` (scripts/test-all.mjs runs `npm run depcheck`).
 * ESLint's no-restricted-imports says the same about the boundary inside the editor; this file adds
 * what a per-file linter cannot see: cycles across files.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: split the shared piece into its own file, or pass a callback.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'outside-reaches-into-the-model',
      severity: 'error',
      comment:
        'The app, the CLI, the scripts and the report text see the model only through ' +
        'workers/contract/ and workers/api.ts; the mechanisms and the engine are private.',
      from: { path: '^(src|cli|scripts|report)/' },
      to: { path: '^workers/(model|engine)/' },
    },
    {
      name: 'model-reaches-outward',
      severity: 'error',
      comment: 'workers/ is the pure model: it never imports the app, the CLI or the report text.',
      from: { path: '^workers/' },
      to: { path: '^(src|cli|scripts|report)/' },
    },
    {
      name: 'contract-is-plain-data',
      severity: 'error',
      comment: 'workers/contract/ holds plain data and pure functions, never a mechanism.',
      from: { path: '^workers/contract/' },
      to: { path: '^workers/(model|engine)/|^workers/api\\.ts$' },
    },
    {
      name: 'report-is-dom-free-and-shared',
      severity: 'error',
      comment: 'report/ is text for people shared by the app and the CLI: it imports neither.',
      from: { path: '^report/' },
      to: { path: '^(src|cli)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(svelte|tsx)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|test-results)/' },
    tsConfig: { fileName: 'tsconfig.node.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.mjs', '.svelte'],
      // Packages without a main field (vite) resolve through their exports map only.
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
