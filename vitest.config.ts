import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** What a test file uses when it drives another process (Chromium, LibreOffice, the CLI, a server, ESLint): such files take seconds. */
const DRIVES_A_PROCESS = /useAppSession|startBrowserSession|runOffice|loReadBack|startServe|resdraft\(|resdraftWith|spawnSync|spawn\(|fork\(|new ESLint|tscProbe/;

/**
 * Files in the order that ends soonest on two workers: the longest first. Vitest orders by the
 * durations of the last run when it has them (a developer's machine); without them (a fresh clone,
 * as in CI) it would order by size, which puts a short file that drives many processes last, where
 * it runs alone. So without durations, files that drive another process go first, by size.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = files.every((f) => this.ctx.cache.getTestSpecificationResult(f));
    if (known) return super.sort(files);
    const weight = new Map(
      files.map((f) => {
        const text = readFileSync(f.moduleId, 'utf8');
        return [f, (DRIVES_A_PROCESS.test(text) ? 1e9 : 0) + text.length] as const;
      }),
    );
    return [...files].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0));
  }
}

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
    sequence: { sequencer: LongestFirst },
    reporters: ['default'],
  },
});
