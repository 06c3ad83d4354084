import { diffArrays } from 'diff';
import type { TextSpan } from './changeSet';
import { memoTextPairs } from './memo';
import { countWords, isWordToken, tokenize } from './tokenize';

/** A stretch of the diff: an equality, or a change (deleted text then inserted text). */
type Piece = { eq: string } | { del: string; ins: string };

/** A rewritten line is shown in at most this many runs of marks. */
const MAX_RUNS = 4;
/** A line keeping less than this share of its words is a rewrite. */
const REWRITE_KEPT_SHARE = 0.6;
/** A kept stretch with words is folded into the changes around it when they are this many times longer. */
const SEMANTIC_RATIO = 2;

const cache = memoTextPairs<TextSpan[]>(4000);

/**
 * Whole-word diff of one line's text: the baseline's `base` against the draft's `draft`.
 * Marks cover whole words; punctuation is marked alone; small equalities stranded between
 * changes are folded in (diff-match-patch's semantic cleanup); a rewritten line becomes one
 * deletion and one insertion. Joining equal+insert spans gives `draft`, equal+delete `base`.
 * Results are memoised, so re-comparing a draft after a keystroke re-diffs only changed lines.
 */
export function diffWords(base: string, draft: string): TextSpan[] {
  if (base === draft) return base === '' ? [] : [{ op: 'equal', text: base }];
  const hit = cache.get(base, draft);
  if (hit) return hit;
  const spans = toSpans(cleanup(rawPieces(tokenize(base), tokenize(draft))));
  cache.set(base, draft, spans);
  return spans;
}


function rawPieces(a: string[], b: string[]): Piece[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pieces: Piece[] = [];
  const push = (p: Piece): void => {
    const last = pieces[pieces.length - 1];
    if ('eq' in p) {
      if (p.eq === '') return;
      if (last && 'eq' in last) last.eq += p.eq;
      else pieces.push(p);
    } else {
      if (p.del === '' && p.ins === '') return;
      if (last && !('eq' in last)) {
        last.del += p.del;
        last.ins += p.ins;
      } else pieces.push(p);
    }
  };
  push({ eq: a.slice(0, start).join('') });
  for (const c of diffArrays(a.slice(start, endA), b.slice(start, endB))) {
    const text = c.value.join('');
    if (c.added) push({ del: '', ins: text });
    else if (c.removed) push({ del: text, ins: '' });
    else push({ eq: text });
  }
  push({ eq: a.slice(endA).join('') });
  return pieces;
}

/** diff-match-patch's semantic cleanup on whole tokens, then the rewrite rule. */
function cleanup(pieces: Piece[]): Piece[] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < pieces.length - 1; i++) {
      const p = pieces[i];
      const before = pieces[i - 1];
      const after = pieces[i + 1];
      if (!('eq' in p) || 'eq' in before || 'eq' in after) continue;
      const len = p.eq.length;
      const spaceOnly = !tokenize(p.eq).some(isWordToken) && len <= 3;
      // An equality holding words is folded only when the changes on both sides dwarf it.
      const limit = (q: { del: string; ins: string }): number => Math.max(q.del.length, q.ins.length) / SEMANTIC_RATIO;
      if (spaceOnly || (len <= limit(before) && len <= limit(after))) {
        pieces.splice(i - 1, 3, { del: before.del + p.eq + after.del, ins: before.ins + p.eq + after.ins });
        changed = true;
        break;
      }
    }
  }
  if (isRewrite(pieces)) {
    // Fold the smallest stretches kept between changes until at most MAX_RUNS remain:
    // the reader sees a few whole replacements, and the larger kept phrases stay unmarked.
    while (pieces.filter((p) => !('eq' in p)).length > MAX_RUNS) {
      let smallest = -1;
      for (let i = 1; i < pieces.length - 1; i++) {
        const p = pieces[i];
        if (!('eq' in p)) continue;
        if (smallest < 0 || weight(p.eq) < weight((pieces[smallest] as { eq: string }).eq)) smallest = i;
      }
      const before = pieces[smallest - 1] as { del: string; ins: string };
      const eq = (pieces[smallest] as { eq: string }).eq;
      const after = pieces[smallest + 1] as { del: string; ins: string };
      pieces.splice(smallest - 1, 3, { del: before.del + eq + after.del, ins: before.ins + eq + after.ins });
    }
  }
  noWhitespaceOnlyMarks(pieces);
  return pieces;
}

const WHITESPACE = /^\s+$/;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * No mark holds only whitespace: whitespace both sides of a change share at its edges is moved out
 * (`C8[- -]{+, C9 +}and` → `C8{+, C9+} and`); a change whose deleted or inserted side is still only
 * whitespace takes in the word before it (or after it), so it reads as that word rewritten.
 */
function noWhitespaceOnlyMarks(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if ('eq' in p) continue;
    let lead = '';
    while (p.del && p.ins && p.del[0] === p.ins[0] && isSpace(p.del[0])) {
      lead += p.del[0];
      p.del = p.del.slice(1);
      p.ins = p.ins.slice(1);
    }
    let trail = '';
    while (p.del && p.ins && p.del.at(-1) === p.ins.at(-1) && isSpace(p.del.at(-1))) {
      trail = p.del.at(-1)! + trail;
      p.del = p.del.slice(0, -1);
      p.ins = p.ins.slice(0, -1);
    }
    if (lead) i += addEqual(pieces, i, lead, 'before');
    if (trail) addEqual(pieces, i, trail, 'after');
    if (!WHITESPACE.test(p.del) && !WHITESPACE.test(p.ins)) continue;
    const before = pieces[i - 1];
    const after = pieces[i + 1];
    const tokensBefore = before && 'eq' in before ? tokenize(before.eq) : [];
    const lastWord = tokensBefore.findLastIndex(isWordToken);
    if (lastWord >= 0) {
      const taken = tokensBefore.slice(lastWord).join('');
      (before as { eq: string }).eq = tokensBefore.slice(0, lastWord).join('');
      p.del = taken + p.del;
      p.ins = taken + p.ins;
      continue;
    }
    const tokensAfter = after && 'eq' in after ? tokenize(after.eq) : [];
    const firstWord = tokensAfter.findIndex(isWordToken);
    if (firstWord >= 0) {
      const taken = tokensAfter.slice(0, firstWord + 1).join('');
      (after as { eq: string }).eq = tokensAfter.slice(firstWord + 1).join('');
      p.del += taken;
      p.ins += taken;
    }
  }
  // Drop emptied equalities and join the changes that now touch.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if ('eq' in p ? p.eq === '' : p.del === '' && p.ins === '') pieces.splice(i, 1);
  }
  for (let i = pieces.length - 1; i > 0; i--) {
    const p = pieces[i];
    const q = pieces[i - 1];
    if ('eq' in p && 'eq' in q) {
      q.eq += p.eq;
      pieces.splice(i, 1);
    } else if (!('eq' in p) && !('eq' in q)) {
      q.del += p.del;
      q.ins += p.ins;
      pieces.splice(i, 1);
    }
  }
}

/** Put `text` in the equality before (or after) change `i`, creating one if needed; returns how far `i` moved. */
function addEqual(pieces: Piece[], i: number, text: string, where: 'before' | 'after'): number {
  const j = where === 'before' ? i - 1 : i + 1;
  const q = pieces[j];
  if (q && 'eq' in q) {
    q.eq = where === 'before' ? q.eq + text : text + q.eq;
    return 0;
  }
  pieces.splice(where === 'before' ? i : i + 1, 0, { eq: text });
  return where === 'before' ? 1 : 0;
}

/** More than MAX_RUNS changes in a line that keeps under REWRITE_KEPT_SHARE of its words. */
function isRewrite(pieces: Piece[]): boolean {
  if (pieces.filter((p) => !('eq' in p)).length <= MAX_RUNS) return false;
  let kept = 0;
  let total = 0;
  for (const p of pieces) {
    const words = countWords('eq' in p ? p.eq : p.del);
    total += words;
    if ('eq' in p) kept += words;
  }
  return total > 0 && kept / total < REWRITE_KEPT_SHARE;
}

/** How much an equality is worth keeping: its words first, then its length. */
function weight(text: string): number {
  return countWords(text) * 1000 + text.length;
}

/**
 * A pure insertion or deletion that ends with a space, after an equality ending with the same
 * space, reads better with the space moved before it: `integrating {+and coordinating +}role`
 * becomes `integrating{+ and coordinating+} role` (diff-match-patch's lossless shift).
 */
function shiftSpaces(pieces: Piece[]): void {
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i];
    const before = pieces[i - 1];
    if ('eq' in p || !('eq' in before) || (p.del !== '' && p.ins !== '')) continue;
    const text = p.del || p.ins;
    const space = /\s+$/.exec(text)?.[0];
    if (!space || !before.eq.endsWith(space) || text.length === space.length) continue;
    const moved = space + text.slice(0, -space.length);
    before.eq = before.eq.slice(0, -space.length);
    const after = pieces[i + 1];
    if (after && 'eq' in after) after.eq = space + after.eq;
    else pieces.splice(i + 1, 0, { eq: space });
    if (p.del) p.del = moved;
    else p.ins = moved;
  }
}

function toSpans(pieces: Piece[]): TextSpan[] {
  shiftSpaces(pieces);
  const spans: TextSpan[] = [];
  for (const p of pieces) {
    if ('eq' in p) spans.push({ op: 'equal', text: p.eq });
    else {
      if (p.del) spans.push({ op: 'delete', text: p.del });
      if (p.ins) spans.push({ op: 'insert', text: p.ins });
    }
  }
  return spans;
}
