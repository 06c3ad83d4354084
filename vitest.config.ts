import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/.tmp/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // two files at a time: most of a file's time is spent waiting on the processes it drives
    // (Chromium, LibreOffice, the CLI), so two share a 2-core machine well (vitest's default here: one)
    maxWorkers: 2,
    reporters: ['default'],
  },
});
