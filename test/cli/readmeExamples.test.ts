/**
 * Every `resdraft` example of the README runs as written (issue 19, point 4): the CLI section's
 * shell block is read from README.md, and each `npx resdraft …` line is run by bash, in order, in
 * the folder the block starts with `cd` into (`examples/`, shipped with the files the examples
 * read), with a fresh data folder. Each must exit 0 with nothing on standard error but notices;
 * what the examples write is removed afterwards and the shipped files are left byte for byte.
 *
 * bash runs each line as written (its redirections, pipes and globs), with `npx resdraft` standing
 * for what npx runs: `node <the package's bin>` (npx's own start, 0.6 s a call here, is left out;
 * test/packaging/cliBundle.test.ts runs `npx resdraft` itself and compares it with the bin).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/runCli';

/** The shell blocks of a Markdown text, each as its lines. */
function shellBlocks(markdown: string): string[][] {
  return [...markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => m[1].split('\n').filter((l) => l.trim() !== ''));
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const block = shellBlocks(readme).find((lines) => lines.some((l) => l.startsWith('npx resdraft ')));
const folder = block?.find((l) => l.startsWith('cd '))?.slice(3).trim();
const examples = (block ?? []).filter((l) => l.startsWith('npx resdraft '));
const where = join(ROOT, folder ?? '.');

const shipped = existsSync(where) ? new Map(readdirSync(where).map((f) => [f, readFileSync(join(where, f))])) : new Map<string, Buffer>();
const dataDir = mkdtempSync(join(tmpdir(), 'resdraft-readme-'));
afterAll(() => {
  for (const f of readdirSync(where)) if (!shipped.has(f)) rmSync(join(where, f), { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the README’s resdraft examples', () => {
  it('are found: one shell block that changes into a folder of the repository that exists', () => {
    expect(examples.length).toBeGreaterThanOrEqual(30);
    expect(folder).toBe('examples');
    expect(existsSync(where)).toBe(true);
  });

  // `npx resdraft …` as npx resolves it in the repository: the package's bin under this Node
  const npx = 'npx() { if [ "$1" = resdraft ]; then shift; "$RESDRAFT_NODE" "$RESDRAFT_BIN" "$@"; else command npx "$@"; fi; }';
  it.each(examples.map((line, i) => [i + 1, line]))('%i. %s', (_, line) => {
    const env = { ...process.env, RESDRAFT_DATA_DIR: dataDir, NO_COLOR: '1', RESDRAFT_NODE: process.execPath, RESDRAFT_BIN: BIN };
    const r = spawnSync('bash', ['-c', `${npx}\n${line}`], { cwd: where, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('notice: ')), line).toEqual([]);
    expect(r.status, `${line}\n${r.stderr}`).toBe(0);
  }, 120_000);

  it('leave the shipped example files as they were', () => {
    for (const [f, bytes] of shipped) expect(readFileSync(join(where, f)).equals(bytes), f).toBe(true);
  });
});
