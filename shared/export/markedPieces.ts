import type { ChangeRow, ChangeSet, TextSpan } from '../engine/changeSet';
import { tokenize } from '../engine/tokenize';

/** A span operation: text on both sides, only in the draft, or only in the baseline. */
export type PieceOp = TextSpan['op'];

/**
 * A piece of a row's marked text as an exporter writes it: plain text, or a footnote reference
 * resolved to the footnote rows it stands for (`base` on the baseline side, `draft` on the draft side).
 */
export type Piece =
  | { type: 'text'; op: PieceOp; text: string }
  | { type: 'ref'; op: PieceOp; base?: ChangeRow; draft?: ChangeRow };

/** The footnote rows of a change set, found by their `[^k]` label on either side. */
export interface FootnoteRows {
  byBase: Map<string, ChangeRow>;
  byDraft: Map<string, ChangeRow>;
}

/** Splits text around footnote references, keeping them. */
const REF = /(\[\^\d+\])/;
/** A whole footnote reference token. */
const IS_REF = /^\[\^\d+\]$/;

/** Index the footnote rows of a change set by their baseline and draft labels. */
export function footnoteRows(changes: ChangeSet): FootnoteRows {
  const byBase = new Map<string, ChangeRow>();
  const byDraft = new Map<string, ChangeRow>();
  for (const row of changes.rows) {
    if (row.kind !== 'footnote') continue;
    if (row.base?.label) byBase.set(row.base.label, row);
    if (row.draft?.label) byDraft.set(row.draft.label, row);
  }
  return { byBase, byDraft };
}

type Atom = { type: 'text'; text: string } | { type: 'ref'; row?: ChangeRow };

function atomsOf(text: string, notes: Map<string, ChangeRow>): Atom[] {
  const out: Atom[] = [];
  for (const tok of tokenize(text)) {
    if (IS_REF.test(tok)) out.push({ type: 'ref', row: notes.get(tok) });
    else out.push({ type: 'text', text: tok });
  }
  return out;
}

function sameAtom(a: Atom, b: Atom): boolean {
  if (a.type === 'text') return b.type === 'text' && a.text === b.text;
  return b.type === 'ref' && a.row !== undefined && a.row === b.row;
}

/**
 * Turn a row's spans into pieces. Footnote references become `ref` pieces tied to their footnote rows.
 * Where the engine marks a reference as deleted and re-inserted only because footnotes were
 * renumbered (`[-[^2]-]{+[^1]+}` for the same footnote), the change is not real: the shared tokens
 * at the start and end of each changed stretch become equal again, so Word keeps one footnote
 * (auto-numbered, with its own marks) instead of deleting and re-inserting it.
 */
export function piecesOf(spans: readonly TextSpan[], notes: FootnoteRows): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < spans.length) {
    const span = spans[i];
    if (span.op === 'equal') {
      pushEqual(out, span.text, notes);
      i++;
      continue;
    }
    let deleted = '';
    let inserted = '';
    while (i < spans.length && spans[i].op !== 'equal') {
      if (spans[i].op === 'delete') deleted += spans[i].text;
      else inserted += spans[i].text;
      i++;
    }
    pushHunk(out, atomsOf(deleted, notes.byBase), atomsOf(inserted, notes.byDraft));
  }
  return out;
}

function pushEqual(out: Piece[], text: string, notes: FootnoteRows): void {
  for (const part of text.split(REF)) {
    if (part === '') continue;
    if (IS_REF.test(part)) out.push({ type: 'ref', op: 'equal', base: notes.byBase.get(part), draft: notes.byDraft.get(part) });
    else pushText(out, 'equal', part);
  }
}

function pushText(out: Piece[], op: PieceOp, text: string): void {
  const last = out[out.length - 1];
  if (last && last.type === 'text' && last.op === op) last.text += text;
  else out.push({ type: 'text', op, text });
}

function pushAtoms(out: Piece[], op: PieceOp, atoms: Atom[]): void {
  for (const a of atoms) {
    if (a.type === 'text') pushText(out, op, a.text);
    else if (op === 'delete') out.push({ type: 'ref', op, base: a.row });
    else if (op === 'insert') out.push({ type: 'ref', op, draft: a.row });
    else out.push({ type: 'ref', op, base: a.row, draft: a.row });
  }
}

function pushHunk(out: Piece[], del: Atom[], ins: Atom[]): void {
  let head = 0;
  while (head < del.length && head < ins.length && sameAtom(del[head], ins[head])) head++;
  let tail = 0;
  while (tail < del.length - head && tail < ins.length - head && sameAtom(del[del.length - 1 - tail], ins[ins.length - 1 - tail])) tail++;
  // Only touch stretches that hold a footnote reference: elsewhere the engine's marks stand as they are.
  const hasRef = del.some((a) => a.type === 'ref') || ins.some((a) => a.type === 'ref');
  if (!hasRef || (head === 0 && tail === 0)) {
    pushAtoms(out, 'delete', del);
    pushAtoms(out, 'insert', ins);
    return;
  }
  pushAtoms(out, 'equal', del.slice(0, head));
  pushAtoms(out, 'delete', del.slice(head, del.length - tail));
  pushAtoms(out, 'insert', ins.slice(head, ins.length - tail));
  pushAtoms(out, 'equal', del.slice(del.length - tail));
}

/** The draft side of a row's pieces only (what `--clean` prints): deletions dropped, insertions plain. */
export function draftPieces(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.op === 'delete') continue;
    if (p.type === 'text') pushText(out, 'equal', p.text);
    else out.push({ type: 'ref', op: 'equal', base: p.draft, draft: p.draft });
  }
  return out;
}
