import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';
import { inlinePublicFiles, inlineWorkers } from './scripts/build/singleFile.ts';

// `npm run build:single` → dist-single/etcd-read-path-lab.html: the whole lab in one file that
// works opened from file:// with no network (README, "One offline HTML file"). The normal build
// (vite.config.ts → dist/) is untouched: this config only adds to it.
export default mergeConfig(
  base,
  defineConfig({
    publicDir: false,
    plugins: [
      inlineWorkers(),
      inlinePublicFiles('static'),
      viteSingleFile({ outputFileName: 'etcd-read-path-lab.html' }),
    ],
    worker: { format: 'iife' },
    build: { outDir: 'dist-single' },
  }),
);
