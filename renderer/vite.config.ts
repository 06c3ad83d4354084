import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer bundle, built with `vite build --config renderer/vite.config.ts` from the repo root.
 * `base: './'` keeps every asset URL relative so the same build loads under Electron's `app://`
 * protocol and from the browser host's HTTP server. Paths are relative to the repo root (the cwd)
 * so this file needs no Node imports (the renderer layer has none).
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // no inline <script>/<style>: the page runs under a strict Content-Security-Policy
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // one desktop bundle, loaded from disk or loopback: size warnings are noise here
    chunkSizeWarningLimit: 2000,
  },
});
