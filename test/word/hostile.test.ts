/**
 * Bounded reading through the CLI (issue 19, "Bounded reading"): every hostile file of
 * hostile/hostileFiles.ts, and every special file named like an input, is refused with exit 2 and
 * a message naming the file and the problem by every command that reads it, and nothing is
 * written; the two hostile files that are real contributions (a 1 GB part that lies about its
 * size and is never inflated, 100,000 nested insertions) are read as the contributions they are.
 * Time and memory are measured by `npm run bench:hostile`, not here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Corpus } from '../../main/services/corpus';
import { hostileDocuments, specialFiles, type HostileFile } from './hostile/hostileFiles';
import { runInProcess } from '../support/runCli';

const corpus = new Corpus();
const dir = mkdtempSync(join(tmpdir(), 'resdraft-hostile-'));
const out = join(dir, 'out');
let documents: HostileFile[] = [];
let special: Awaited<ReturnType<typeof specialFiles>>;
const env = process.env.RESDRAFT_DATA_DIR;

beforeAll(async () => {
  process.env.RESDRAFT_DATA_DIR = join(dir, 'data');
  documents = await hostileDocuments(join(dir, 'docs'), corpus);
  special = await specialFiles(join(dir, 'special'));
  mkdirSync(out); // the outputs' folder exists: each command reads its input, and must write nothing
}, 120_000);
afterAll(() => {
  special?.close();
  if (env === undefined) delete process.env.RESDRAFT_DATA_DIR;
  else process.env.RESDRAFT_DATA_DIR = env;
  rmSync(dir, { recursive: true, force: true });
});

/** Every command that reads a Word document, on `path`. */
const commands = (path: string): string[][] => [
  ['show', path],
  ['show', path, '--original'],
  ['list', path],
  ['import', path, '-o', join(out, 'x.resdraft')],
  ['compare', '34', path],
  ['export', path, '-o', join(out, 'x.docx')],
  ['check', path],
  ['synopsis', path],
  ['edition', 'import', path, '--name', 'hostile'],
];

function expectRefused(file: HostileFile, argv: string[], r: { code: number; stderr: string }): void {
  expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(2);
  expect(r.stderr, argv.join(' ')).toContain(file.path);
  expect(r.stderr, argv.join(' ')).toMatch(file.says!);
}

describe('hostile Word documents, refused by every command', () => {
  it('each refused file: exit 2 naming the file and the problem, nothing written', async () => {
    const refused = documents.filter((d) => d.outcome === 'refused');
    expect(refused.map((d) => d.name)).toEqual([
      'zip-bomb',
      'zip-bomb-lying',
      'unused-part',
      'huge-document',
      'huge-document-lying',
      'invalid-utf8',
      'invalid-utf8-cover',
      'invalid-utf8-properties',
      'duplicate-document',
      'many-paragraphs',
      'largest-document',
      'many-entries',
    ]);
    for (const file of refused) {
      for (const argv of commands(file.path)) expectRefused(file, argv, await runInProcess(argv));
    }
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(dir, 'data', '.state', 'editions', 'hostile'))).toBe(false);
  }, 240_000);

  it('the real CLI (the built bundle and its worker) refuses them the same way', async () => {
    const { resdraft } = await import('../support/runCli');
    for (const file of documents.filter((d) => d.outcome === 'refused')) {
      const r = await resdraft(['show', file.path]);
      expectRefused(file, ['show', file.path], r);
    }
  }, 120_000);
});

describe('hostile structure in a real contribution, read as it is', () => {
  it('a 1 GB part that declares 1,000 bytes is never inflated: the contribution reads', async () => {
    const file = documents.find((d) => d.name === 'unused-part-lying')!;
    const r = await runInProcess(['show', `${file.path}#34`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(corpus.text('34').replace('potentially serious negative', 'serious negative'));
  });

  it('100,000 nested insertions are read without recursion: the word they insert is in the draft, not in the original', async () => {
    const file = documents.find((d) => d.name === 'nested-ins')!;
    const draft = await runInProcess(['show', `${file.path}#34`]);
    expect(draft.code, draft.stderr).toBe(0);
    expect(draft.stdout).toContain('a)\tdeeply that there is a growing general awareness');
    const original = await runInProcess(['show', `${file.path}#34`, '--original']);
    expect(original.stdout).toBe(corpus.text('34'));
  });
});

describe('special files named like inputs, refused before they are opened', () => {
  it('a FIFO, /dev/zero, a socket and a folder, as .docx and as contribution files, by every command', async () => {
    for (const file of special.files) {
      for (const argv of commands(file.path)) expectRefused(file, argv, await runInProcess(argv));
    }
    // the same kinds named like contribution files, where a contribution is read
    const named = await specialFiles(join(dir, 'special-resdraft'), '.resdraft');
    try {
      for (const file of named.files) {
        for (const argv of [['check', file.path], ['list', file.path], ['compare', '34', file.path], ['compare', '34', `${file.path}#34`], ['export', file.path, '-o', join(out, 'z.docx')], ['synopsis', file.path]]) {
          expectRefused(file, argv, await runInProcess(argv));
        }
      }
    } finally {
      named.close();
    }
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(join(dir, 'special')).sort()).toEqual(['fifo.docx', 'folder.docx', 'socket.docx', 'zero.docx']);
  }, 120_000);
});
