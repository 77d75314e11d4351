import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/main/security/csp';

// The CSP lives in one function; index.html gets it as a <meta> tag at build time.
function cspMeta(): Plugin {
  return {
    name: 'xinping-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file (an ESM preload turns the sandbox off).
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    publicDir: resolve('resources/public'),
    plugins: [react(), cspMeta()],
    worker: { format: 'es' },
    build: {
      outDir: resolve('out/renderer'),
      chunkSizeWarningLimit: 4096,
      // Dev pages for the benches, never navigated to by Electron: dev/seed.html fills IndexedDB with a
      // bench batch (scripts/bench/table.bench.ts); dev/import-bench.html times an import (import.bench.ts).
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), seed: resolve('renderer/dev/seed.html'), importBench: resolve('renderer/dev/import-bench.html') },
      },
    },
  },
});
