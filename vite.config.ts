import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded by Electron from a custom protocol and by the browser shell from
// 127.0.0.1, both under a strict CSP (no inline scripts or styles): relative asset paths, no
// inlined assets, and no inline modulepreload polyfill.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'chrome130',
    // A local app loads from disk: the zxcvbn dictionaries (lazy-loaded) are big and that is fine.
    chunkSizeWarningLimit: 2000,
  },
});
