import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium against the built dist/, one file at a time
// (two cores; browsers are heavy).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
