import type { TextSpan } from './changeSet';
import { diffWords } from './wordDiff';

/** One side's change of the common text: `[start, end)` of the old text replaced by `text`. */
interface Hunk {
  start: number;
  end: number;
  text: string;
}

/** The result of a three-way merge of one text: the merged text, or a conflict. */
export type TextMerge = { clean: true; text: string } | { clean: false };

/** The changes a word diff makes to its old text, as hunks in old-text offsets. */
function hunksOf(spans: readonly TextSpan[]): Hunk[] {
  const out: Hunk[] = [];
  let at = 0;
  let open: Hunk | undefined;
  for (const s of spans) {
    if (s.op === 'equal') {
      open = undefined;
      at += s.text.length;
      continue;
    }
    if (!open) {
      open = { start: at, end: at, text: '' };
      out.push(open);
    }
    if (s.op === 'delete') {
      at += s.text.length;
      open.end = at;
    } else open.text += s.text;
  }
  return out;
}

const sameHunk = (a: Hunk, b: Hunk): boolean => a.start === b.start && a.end === b.end && a.text === b.text;

/**
 * Three-way merge of one text, on whole words: the changes `mine` and `theirs` each made to `old`
 * (as the engine's word diff sees them) are applied together when they touch different words. A
 * change both made alike is applied once. Changes to the same words, or an insertion where the
 * other side changed the words around it (whose order no one can decide), are a conflict.
 */
export function mergeText(old: string, mine: string, theirs: string): TextMerge {
  if (mine === theirs || theirs === old) return { clean: true, text: mine };
  if (mine === old) return { clean: true, text: theirs };
  const hunks = [...hunksOf(diffWords(old, mine)), ...hunksOf(diffWords(old, theirs))].sort((x, y) => x.start - y.start || x.end - y.end);
  let out = '';
  let at = 0;
  let last: Hunk | undefined;
  for (const h of hunks) {
    if (last && sameHunk(last, h)) continue;
    const touching = last !== undefined && h.start === at && (h.start === h.end || last.start === last.end);
    if (h.start < at || touching) return { clean: false };
    out += old.slice(at, h.start) + h.text;
    at = h.end;
    last = h;
  }
  return { clean: true, text: out + old.slice(at) };
}
