import type { ChangeRow, ChangeSet, TextSpan } from '../engine/changeSet';
import { isFootnoteRef, splitAtFootnoteRefs } from '../grammar/footnoteRef';

/** A span operation: text on both sides, only in the draft, or only in the baseline. */
export type PieceOp = TextSpan['op'];

/**
 * A piece of a row's marked text as an exporter writes it: plain text, or a footnote reference
 * resolved to the footnote row it stands for (`base` on the baseline side, `draft` on the draft side).
 */
export type Piece =
  | { type: 'text'; op: PieceOp; text: string }
  | { type: 'ref'; op: PieceOp; base?: ChangeRow; draft?: ChangeRow };

/** The footnote rows of a change set, found by their `[^k]` label on either side. */
export interface FootnoteRows {
  byBase: Map<string, ChangeRow>;
  byDraft: Map<string, ChangeRow>;
}

/** Index the footnote rows of a change set (or of a list of rows) by their baseline and draft labels. */
export function footnoteRows(changes: ChangeSet | readonly ChangeRow[]): FootnoteRows {
  const byBase = new Map<string, ChangeRow>();
  const byDraft = new Map<string, ChangeRow>();
  for (const row of 'rows' in changes ? changes.rows : changes) {
    if (row.kind !== 'footnote') continue;
    if (row.base?.label && row.status !== 'inserted') byBase.set(row.base.label, row);
    if (row.draft?.label && row.status !== 'deleted') byDraft.set(row.draft.label, row);
  }
  return { byBase, byDraft };
}

/**
 * A row's spans as pieces, a plain mapping with no diffing: text stays text, and each reference
 * `[^k]` becomes a `ref` piece tied to its footnote row. The engine already compared references
 * by footnote identity, so a kept reference (renumbered or not) is an equal span and stands for
 * one footnote on both sides; a deleted one names its baseline footnote, an inserted one its draft footnote.
 */
export function piecesOf(spans: readonly TextSpan[], notes: FootnoteRows): Piece[] {
  const out: Piece[] = [];
  for (const span of spans) {
    const parts = splitAtFootnoteRefs(span.text);
    const baseParts = span.baseText === undefined ? parts : splitAtFootnoteRefs(span.baseText);
    parts.forEach((part, k) => {
      if (part === '') return;
      if (!isFootnoteRef(part)) return pushText(out, span.op, part);
      const base = span.op === 'insert' ? undefined : notes.byBase.get(span.op === 'equal' ? baseParts[k] : part);
      const draft = span.op === 'delete' ? undefined : notes.byDraft.get(part);
      out.push({ type: 'ref', op: span.op, base, draft });
    });
  }
  return out;
}

function pushText(out: Piece[], op: PieceOp, text: string): void {
  const last = out[out.length - 1];
  if (last && last.type === 'text' && last.op === op) last.text += text;
  else out.push({ type: 'text', op, text });
}
