/** Reading the word-diff notation back, for tests: accept-all, reject-all, and the whole-word rule. */

type Piece = { op: 'equal' | 'insert' | 'delete'; text: string };

/** Split word-diff text into equal, inserted and deleted pieces; throws on an unclosed mark. */
export function readWordDiff(marked: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  let plain = '';
  while (i < marked.length) {
    const del = marked.startsWith('[-', i);
    const ins = marked.startsWith('{+', i);
    if (!del && !ins) {
      plain += marked[i++];
      continue;
    }
    const close = marked.indexOf(del ? '-]' : '+}', i + 2);
    if (close < 0) throw new Error(`unclosed mark at ${i}`);
    if (plain) pieces.push({ op: 'equal', text: plain });
    plain = '';
    pieces.push({ op: del ? 'delete' : 'insert', text: marked.slice(i + 2, close) });
    i = close + 2;
  }
  if (plain) pieces.push({ op: 'equal', text: plain });
  return pieces;
}

/** Drop deletions, unwrap insertions: the draft. */
export function acceptAll(marked: string): string {
  return readWordDiff(marked).filter((p) => p.op !== 'delete').map((p) => p.text).join('');
}

/** Drop insertions, unwrap deletions: the baseline. */
export function rejectAll(marked: string): string {
  return readWordDiff(marked).filter((p) => p.op !== 'insert').map((p) => p.text).join('');
}

const WORD = /[\p{L}\p{N}]/u;

/** Marks that start or end inside a word, as `…context…` strings (empty when the rule holds). */
export function marksInsideWords(marked: string): string[] {
  const bad: string[] = [];
  const pieces = readWordDiff(marked);
  for (const side of ['insert', 'delete'] as const) {
    const visible = pieces.filter((p) => p.op === 'equal' || p.op === side);
    for (let k = 0; k < visible.length; k++) {
      const p = visible[k];
      if (p.op !== side || p.text === '') continue;
      const before = visible[k - 1]?.op === 'equal' ? visible[k - 1].text.slice(-1) : '';
      const after = visible[k + 1]?.op === 'equal' ? visible[k + 1].text.slice(0, 1) : '';
      if ((WORD.test(before) && WORD.test(p.text[0])) || (WORD.test(after) && WORD.test(p.text[p.text.length - 1]))) {
        bad.push(`${before}|${p.text.slice(0, 30)}|${after}`);
      }
    }
  }
  return bad;
}

/** Number of mark runs (maximal stretches of adjacent marks) in the marked text. */
export function markRuns(marked: string): number {
  let runs = 0;
  let inRun = false;
  for (const p of readWordDiff(marked)) {
    if (p.op === 'equal') inRun = false;
    else if (!inRun) {
      runs++;
      inRun = true;
    }
  }
  return runs;
}

/** Marks that hold only whitespace (`[- -]`, `{+\n+}`), which a reader cannot see: empty when none. */
export function whitespaceOnlyMarks(marked: string): string[] {
  return readWordDiff(marked)
    .filter((p) => p.op !== 'equal' && /^\s*$/.test(p.text))
    .map((p) => JSON.stringify(p.text));
}

/** Two marks of the same kind printed side by side (`[-a-][-b-]`), which should be one: empty when none. */
export function adjacentSameMarks(marked: string): string[] {
  return [...marked.matchAll(/-\]\[-|\+\}\{\+/g)].map((m) => marked.slice(Math.max(0, m.index - 20), m.index + 20));
}
