import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // The model is pure: no wall clock, no unseeded randomness.
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG passed in.' },
        { object: 'Date', property: 'now', message: 'The model runs on virtual time.' },
        { object: 'performance', property: 'now', message: 'The model runs on virtual time.' },
      ],
    },
  },
  {
    // The one exception: the bcrypt worker times real hashing on the learner's CPU (the bcrypt
    // lab), so it may read performance.now(). It is not part of the model; the model and the
    // engine stay on virtual time, and workers/bcrypt/bcryptApi.ts takes the clock as a parameter.
    files: ['workers/bcrypt.worker.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'bcryptjs draws salts from Web Crypto.' },
        { object: 'Date', property: 'now', message: 'Time compares with performance.now().' },
      ],
    },
  },
  {
    // The boundary (docs/architecture.md): outside code sees the model only through
    // workers/contract/ and workers/api.ts. .dependency-cruiser.cjs checks the same, plus cycles.
    files: ['src/**/*.{ts,svelte}', 'cli/**/*.ts', 'scripts/**/*.{ts,mjs}', 'report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workers/model/**', '**/workers/engine/**'],
              message:
                'The mechanisms and the engine are private to the worker: import workers/contract/ or workers/api.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // One place starts workers (src/lib/workers.ts, `?worker` imports), so the single-file build
    // can inline every one of them; a `new Worker(new URL(…))` elsewhere would break file://.
    files: ['src/**/*.{ts,svelte}'],
    ignores: ['src/lib/workers.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "NewExpression[callee.name='Worker'], NewExpression[callee.name='SharedWorker']",
          message:
            'Create workers in src/lib/workers.ts (import the worker with ?worker) so build:single can inline them.',
        },
      ],
    },
  },
  {
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '**/cli/**', '**/report/**', '**/scripts/**'],
              message:
                'workers/ is the pure model: it never imports the app, the CLI or the report text.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['workers/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../model/**', '../engine/**', '../api.ts'],
              message:
                'workers/contract/ is plain data and pure functions: no mechanism, no engine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Two shortcuts the mechanisms must not take: writing a request's stage times around
    // stageMarks.ts (the one writer), and taking member 0 for the leader (ask world.leader).
    files: ['workers/model/**/*.ts'],
    ignores: ['workers/model/stageMarks.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            ':matches(AssignmentExpression > .left, UpdateExpression > .argument)[object.property.name=/^(stEnter|stStart|stEnd|visited)$/]',
          message: 'Stage times are written by stageMarks.ts only: call mark, serve, extend, ….',
        },
        {
          selector:
            'MemberExpression[computed=true][object.property.name="members"][property.value=0]',
          message: 'Member 0 is not the leader by definition: use leaderOf(w) or w.leader.',
        },
      ],
    },
  },
);
