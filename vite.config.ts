import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentSecurityPolicy } from './scripts/vite/contentSecurityPolicy.ts';

// base './' lets dist/ work from any sub-folder of any static host.
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [svelte(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // Pre-bundle what the worker imports so the dev server does not reload on first worker load.
  optimizeDeps: { include: ['comlink', 'bcryptjs'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Everything the entry imports statically is one file: the first load is fetched and
        // gzipped as one (≈ 4 kB less than as a dozen small chunks); what loads on demand stays
        // split (issue 16: first load ≤ 60 kB gzipped, scripts/firstLoad.ts).
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
});
