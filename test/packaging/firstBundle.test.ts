import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/runCli';

/**
 * The window's first screen loads only what it draws (issue 21, point 4): the editor (TipTap,
 * ProseMirror), the co-drafting code (Yjs, its provider, IndexedDB) and Word's code are chunks
 * loaded when first used, not part of the scripts index.html loads. Read from the built renderer
 * (`npm test` builds first) through each first script's source map.
 */
const OUT = join(ROOT, 'out/renderer');
const LATER = /node_modules\/(?:@tiptap|prosemirror-|yjs\/|lib0\/|y-protocols|y-indexeddb|@hocuspocus|docx\/|fflate)|renderer\/editor\/(?!spellcheck)|renderer\/collab\/coDraftingSession/;

function firstScripts(): string[] {
  const html = readFileSync(join(OUT, 'index.html'), 'utf8');
  return [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
}

describe("the window's first scripts", () => {
  it('hold neither the editor, nor co-drafting, nor Word', () => {
    expect(existsSync(join(OUT, 'index.html')), 'out/renderer is built by npm test before the tests').toBe(true);
    const scripts = firstScripts();
    expect(scripts.some((s) => /^assets\/index-/.test(s))).toBe(true);
    const sources = scripts.flatMap((s) => (JSON.parse(readFileSync(join(OUT, `${s}.map`), 'utf8')) as { sources: string[] }).sources);
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((s) => LATER.test(s))).toEqual([]);
  });
});
