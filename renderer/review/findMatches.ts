import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { Extension } from '@tiptap/react';
import type { ChangeSet } from '../../shared/engine/changeSet';
import { footnoteRef } from '../../shared/grammar/footnoteRef';

/** Where to look: everywhere, only inside insertions (the marked text), or only in unchanged text. */
export type FindScope = 'all' | 'marked' | 'clean';

/** How to search. */
export interface FindOptions {
  wholeWords: boolean;
  matchCase: boolean;
  scope: FindScope;
}

/** A match in the editor document. */
export interface Match {
  from: number;
  to: number;
  line: number;
  text: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** For each text offset of a line, whether it is inserted (true) or unchanged (false), from the engine's spans. */
function insertedMask(changes: ChangeSet | null, line: number, length: number): boolean[] {
  const row = changes?.rows.find((r) => r.draft?.line === line);
  if (!row) return new Array<boolean>(length).fill(false);
  if (!row.base) return new Array<boolean>(length).fill(true);
  const mask: boolean[] = [];
  for (const s of row.spans) {
    if (s.op === 'delete') continue;
    for (let k = 0; k < s.text.length; k++) mask.push(s.op === 'insert');
  }
  while (mask.length < length) mask.push(false);
  return mask;
}

/**
 * Every match of `query` in the document's lines (text only: a match never spans a footnote
 * reference), kept to the scope: inside the engine's insertions, or in unchanged text.
 */
export function findMatches(doc: PMNode, changes: ChangeSet | null, query: string, options: FindOptions): Match[] {
  if (!query) return [];
  const body = escape(query);
  // a hyphen joins a word (ITU‑D is one word, not ITU)
  const pattern = options.wholeWords ? `(?<![\\p{L}\\p{N}_\\-\u2010\u2011])${body}(?![\\p{L}\\p{N}_\\-\u2010\u2011])` : body;
  const re = new RegExp(pattern, `gu${options.matchCase ? '' : 'i'}`);
  const out: Match[] = [];
  doc.forEach((block, offset, line) => {
    // the layout text of the line and the document position of each of its characters
    let text = '';
    const pos: number[] = [];
    block.forEach((child, childOffset) => {
      const start = offset + 1 + childOffset;
      if (child.isText) {
        for (let k = 0; k < (child.text ?? '').length; k++) pos.push(start + k);
        text += child.text;
      } else {
        const ref = footnoteRef(Number(child.attrs.id));
        for (let k = 0; k < ref.length; k++) pos.push(-1);
        text += ref;
      }
    });
    const mask = options.scope === 'all' ? null : insertedMask(changes, line, text.length);
    for (const m of text.matchAll(re)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      const span = pos.slice(a, b);
      if (span.length === 0 || span.includes(-1)) continue;
      if (mask) {
        const inside = mask.slice(a, b);
        if (options.scope === 'marked' ? !inside.every(Boolean) : inside.some(Boolean)) continue;
      }
      out.push({ from: span[0], to: span[span.length - 1] + 1, line, text: m[0] });
    }
  });
  return out;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Select a match and scroll it into view. */
      selectMatch: (match: Match) => ReturnType;
      /** Replace matches by `by` in one step (from the end back); the engine then marks each replacement. */
      replaceMatches: (matches: Match[], by: string) => ReturnType;
    };
  }
}

/** Find and replace in the draft, as TipTap commands (the search itself is {@link findMatches}). */
export const FindReplaceCommands = Extension.create({
  name: 'findReplace',
  addCommands() {
    return {
      selectMatch:
        (m) =>
        ({ tr, dispatch }) => {
          dispatch?.(tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView());
          return true;
        },
      replaceMatches:
        (matches, by) =>
        ({ tr, dispatch }) => {
          if (matches.length === 0) return false;
          for (const m of [...matches].sort((a, b) => b.from - a.from)) {
            if (by) tr.insertText(by, m.from, m.to);
            else tr.delete(m.from, m.to);
          }
          dispatch?.(tr);
          return true;
        },
    };
  },
});
