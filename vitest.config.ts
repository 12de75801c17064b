import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Unit tests: the pure model and the app's lib in Node, with the Svelte plugin for .svelte.ts.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
      // Every language's strings, as the app has them once loaded (zh is a lazy chunk there).
      setupFiles: ['tests/unit/setup/languages.ts'],
      // Property tests over many runs take seconds on a quiet core and several times that on a
      // shared, loaded machine; a timeout is not an assertion about speed, so it is generous.
      testTimeout: 60_000,
      reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    },
  }),
);
