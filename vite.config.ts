// The renderer bundle: one static folder that Electron loads from disk and the local web host
// serves over HTTP, so every asset path is relative and nothing is inlined into the HTML (the
// Content-Security-Policy allows scripts from 'self' only).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // a data: URL is fine for images under the policy, but never for scripts or styles
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
