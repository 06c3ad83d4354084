import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer bundle, built with `vite build --config renderer/vite.config.ts` from the repo root.
 * `base: './'` keeps every asset URL relative so the same build loads under Electron's `app://`
 * protocol and from the browser host's HTTP server. Paths are relative to the repo root (the cwd)
 * so this file needs no Node imports (the renderer layer has none). `vite build --mode profile`
 * builds it unminified, for the profiler's eye.
 */
export default defineConfig(({ mode }) => ({
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
    // which chunk imports which (out/renderer/.vite/manifest.json): test/packaging/firstBundle.test.ts reads it
    manifest: true,
    // one desktop bundle, loaded from disk or loopback: size warnings are noise here
    chunkSizeWarningLimit: 2000,
    // `--mode profile` (test/bench/editorProfile.ts): readable function names in a CPU profile
    minify: mode !== 'profile',
  },
}));
