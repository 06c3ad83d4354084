import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { ChangeRow, RowKind, TextSpan } from '../engine/changeSet';
import { STYLE, itemStyle } from './docxStyles';
import type { FootnoteCollector, RevisionWriter } from './docxRevisions';
import type { ExportProposal } from './exportTypes';
import { draftPieces, footnoteRows, piecesOf, type FootnoteRows, type Piece, type PieceOp } from './markedPieces';

/** What the paragraph writers share while building one document. */
export interface DocxContext {
  revisions: RevisionWriter;
  footnotes: FootnoteCollector;
  /** `clean`: write the draft side only, without marks. */
  clean: boolean;
}

/** The paragraph style of a row of `kind` at `depth`. */
function styleOf(kind: RowKind, depth: number): string {
  switch (kind) {
    case 'numberLine':
      return STYLE.resNo;
    case 'title':
      return STYLE.resTitle;
    case 'conferenceLine':
      return STYLE.afterTitle;
    case 'call':
      return STYLE.call;
    case 'item':
      return itemStyle(depth);
    default:
      return STYLE.body;
  }
}

/**
 * The paragraphs of one proposal: `SYMBOL<TAB>number`, the resolution (marked for MOD, plain for
 * ADD and clean exports; number and title only for SUP and NOC), then `Reasons:<TAB>reasons`.
 */
export function proposalParagraphs(p: ExportProposal, ctx: DocxContext): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ style: STYLE.proposal, children: [new TextRun(p.symbol), ctx.revisions.run('equal', { tab: true }), new TextRun({ text: p.number, bold: false })] }),
  ];
  const notes = footnoteRows(p.changes);
  const rows = p.changes.rows.filter((r) => r.kind !== 'footnote');
  if (p.symbol === 'SUP' || p.symbol === 'NOC') {
    // Number and title only, as adopted (SUP) or as kept (NOC): no marks, no footnotes.
    for (const row of rows) {
      if (row.kind !== 'numberLine' && row.kind !== 'title') continue;
      const side = p.symbol === 'SUP' ? (row.base ?? row.draft) : (row.draft ?? row.base);
      if (side) out.push(new Paragraph({ style: styleOf(row.kind, 0), children: [new TextRun(stripRefs(side.text))] }));
    }
  } else {
    const clean = ctx.clean || p.symbol === 'ADD';
    for (const row of rows) {
      const para = clean ? cleanRow(row, notes, ctx) : markedRow(row, notes, ctx);
      if (para) out.push(para);
    }
  }
  out.push(new Paragraph({ style: STYLE.reasons, children: [new TextRun({ text: 'Reasons:', bold: true }), ctx.revisions.run('equal', { tab: true }), new TextRun(p.reasons)] }));
  return out;
}

function stripRefs(text: string): string {
  return text.replace(/\[\^\d+\]/g, '');
}

/** A row as the draft has it (no marks); `undefined` for a row the draft deleted. */
function cleanRow(row: ChangeRow, notes: FootnoteRows, ctx: DocxContext): Paragraph | undefined {
  if (!row.draft) return undefined;
  const children: ParagraphChild[] = [];
  if (row.draft.label !== undefined) children.push(ctx.revisions.run('equal', { text: row.draft.label }), ctx.revisions.run('equal', { tab: true }));
  children.push(...piecesRuns(draftPieces(piecesOf(row.spans, notes)), ctx, true));
  return new Paragraph({ style: styleOf(row.kind, row.draft.depth), children });
}

/** A row with its revision marks: whole-paragraph insertions and deletions include the paragraph mark. */
function markedRow(row: ChangeRow, notes: FootnoteRows, ctx: DocxContext): Paragraph {
  const r = ctx.revisions;
  const side = row.draft ?? row.base!;
  const children: ParagraphChild[] = [];
  let mark: PieceOp = 'equal';
  if (row.status === 'inserted' || row.status === 'deleted') {
    mark = row.status === 'inserted' ? 'insert' : 'delete';
    if (side.label !== undefined) children.push(r.run(mark, { text: side.label }), r.run(mark, { tab: true }));
  } else {
    children.push(...labelRuns(row.base?.label, row.draft?.label, ctx));
  }
  children.push(...piecesRuns(piecesOf(row.spans, notes), ctx, false));
  return new Paragraph({ style: styleOf(row.kind, side.depth), run: r.paragraphMark(mark), children });
}

/** A label kept, relabelled (old struck, new inserted), added or removed, then its tab. */
function labelRuns(before: string | undefined, after: string | undefined, ctx: DocxContext): ParagraphChild[] {
  const r = ctx.revisions;
  if (before === after) return before === undefined ? [] : [r.run('equal', { text: before }), r.run('equal', { tab: true })];
  if (before !== undefined && after !== undefined) return [r.run('delete', { text: before }), r.run('insert', { text: after }), r.run('equal', { tab: true })];
  if (before !== undefined) return [r.run('delete', { text: before }), r.run('delete', { tab: true })];
  return [r.run('insert', { text: after! }), r.run('insert', { tab: true })];
}

/** Runs for pieces; each footnote reference writes its footnote (in reading order) with its own marks. */
function piecesRuns(pieces: readonly Piece[], ctx: DocxContext, clean: boolean): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const p of pieces) {
    if (p.type === 'text') {
      out.push(ctx.revisions.run(p.op, { text: p.text }));
      continue;
    }
    const id = ctx.footnotes.add([new Paragraph({ style: STYLE.footnote, children: footnoteBody(p, ctx, clean) })]);
    out.push(ctx.revisions.run(p.op, { footnote: id }));
  }
  return out;
}

/**
 * The body of the footnote a reference stands for. An inserted reference brings its footnote's
 * draft text (inserted), a deleted one its baseline text (deleted); a kept reference to a footnote
 * the engine aligned shows that footnote's own word marks.
 */
function footnoteBody(p: Extract<Piece, { type: 'ref' }>, ctx: DocxContext, clean: boolean): ParagraphChild[] {
  const r = ctx.revisions;
  if (clean) return p.draft?.draft ? [r.run('equal', { text: p.draft.draft.text })] : [];
  if (p.op === 'insert') return p.draft?.draft ? [r.run('insert', { text: p.draft.draft.text })] : [];
  if (p.op === 'delete') return p.base?.base ? [r.run('delete', { text: p.base.base.text })] : [];
  if (p.base && p.base === p.draft) return spansRuns(p.base.spans, ctx);
  const out: ParagraphChild[] = [];
  if (p.base?.base) out.push(r.run('delete', { text: p.base.base.text }));
  if (p.draft?.draft) out.push(r.run('insert', { text: p.draft.draft.text }));
  return out;
}

function spansRuns(spans: readonly TextSpan[], ctx: DocxContext): ParagraphChild[] {
  return spans.filter((s) => s.text !== '').map((s) => ctx.revisions.run(s.op, { text: s.text }));
}
