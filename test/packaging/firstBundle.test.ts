import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/runCli';

/**
 * The window's first screen loads only what it draws (issue 21, point 4). index.html's frame
 * paints before any of the app's code runs: its entry script is small and starts the app
 * (`start.tsx`) after the first frame. What the app draws first (the entry, the app, and every
 * chunk they import statically) holds neither the editor (TipTap, ProseMirror), nor the
 * co-drafting code (Yjs, its provider, IndexedDB), nor Word's code: those are chunks loaded when
 * first used. Read from the built renderer (`npm test` builds first): Vite's manifest for which
 * chunk imports which, each chunk's source map for what it holds.
 */
const OUT = join(ROOT, 'out/renderer');
const LATER = /node_modules\/(?:@tiptap|prosemirror-|yjs\/|lib0\/|y-protocols|y-indexeddb|@hocuspocus|docx\/|fflate)|renderer\/editor\/(?!spellcheck)|renderer\/collab\/coDraftingSession/;

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function manifest(): Record<string, Chunk> {
  return JSON.parse(readFileSync(join(OUT, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
}

/** The chunks a chunk needs before it runs: itself and what it imports statically, transitively. */
function withStaticImports(chunks: Record<string, Chunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of chunks[key].imports ?? []) withStaticImports(chunks, next, seen);
  return seen;
}

/** The sources a chunk holds, from its source map; a chunk without one may only be the bundler's small runtime helper. */
function sourcesOf(file: string): string[] {
  const map = join(OUT, `${file}.map`);
  if (!existsSync(map)) {
    expect(readFileSync(join(OUT, file)).length, `${file} has no source map`).toBeLessThan(4_000);
    return [];
  }
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

describe("the window's first screen", () => {
  it('paints its frame before the app runs: the entry script is small and imports nothing statically', () => {
    expect(existsSync(join(OUT, '.vite/manifest.json')), 'out/renderer is built by npm test before the tests').toBe(true);
    const chunks = manifest();
    const entry = chunks['index.html'];
    expect(entry?.isEntry).toBe(true);
    expect(readFileSync(join(OUT, 'index.html'), 'utf8')).toContain(`src="./${entry.file}"`);
    expect(entry.imports ?? []).toEqual([]);
    expect(readFileSync(join(OUT, entry.file)).length).toBeLessThan(8_000);
    expect(entry.dynamicImports).toContain('start.tsx');
  });

  it('then loads the app without the editor, co-drafting or Word', () => {
    const chunks = manifest();
    const first = [...withStaticImports(chunks, 'index.html'), ...withStaticImports(chunks, 'start.tsx')].map((k) => chunks[k].file);
    const sources = first.flatMap(sourcesOf);
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((s) => LATER.test(s))).toEqual([]);
  });
});
