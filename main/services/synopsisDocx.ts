/**
 * The synoptic table as a Word document (the secretariat's compilation of proposals): per
 * resolution, a heading and one table with a column for the baseline text and one per source.
 *
 * How it maps to the resolution text layout (what the LibreOffice proof checks): the first row of
 * each table is its header (the baseline's number line; each source's name, proposal number,
 * symbol and reasons). Every later row is one synopsis row, and each of its cells holds one
 * paragraph: in the baseline column the baseline line (empty on a row a source inserts); in a
 * source's column that source's line with real Word revision marks (`w:ins`/`w:del`, the source's
 * name as author), the baseline line unmarked where it changes nothing, empty where it inserts
 * nothing. Lines read `label<TAB>text`; footnote references and footnote lines are written as in the
 * layout (`[^k]`, `[^k]: text`). So a source's column, its non-empty cells read top to bottom,
 * is that source's draft after Accept All and the baseline after Reject All, line for line.
 * Cells where sources conflict are shaded orange, cells agreeing with another source green.
 */
import { DeletedTextRun, Document, InsertedTextRun, Packer, PageOrientation, Paragraph, ShadingType, Tab, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { ChangeRow, RowSide } from '../../shared/engine/changeSet';
import { linePrefix } from '../../shared/engine/toWordDiff';
import { attribution } from '../../shared/synopsis/synopsisText';
import type { Synopsis, SynopsisRow } from '../../shared/synopsis/synopsisTypes';

/** Fill colours (Word shading, hex RGB). */
const CONFLICT_FILL = 'F8CBAD';
const AGREEMENT_FILL = 'E2EFDA';
const HEADER_FILL = 'DEEAF6';
/** A4 landscape with 1.5 cm margins, in twips. */
const PAGE = { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 850, right: 850, bottom: 850, left: 850 } };
const TABLE_WIDTH = 16838 - 2 * 850;

type Op = 'equal' | 'insert' | 'delete';

/** Options of the synoptic .docx. */
export interface SynopsisDocxOptions {
  /** ISO 8601 time stamped on every revision (default: now). */
  date?: string;
}

class Marks {
  private nextId = 1;
  constructor(readonly date: string) {}

  /** Runs for `text` under `op` by `author`; tabs become real tabs. */
  runs(op: Op, text: string, author: string): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    text.split('\t').forEach((part, i) => {
      if (i > 0) out.push(this.one(op, { children: [new Tab()] }, author));
      if (part !== '') out.push(this.one(op, { text: part }, author));
    });
    return out;
  }

  private one(op: Op, content: { text?: string; children?: Tab[] }, author: string): ParagraphChild {
    if (op === 'equal') return new TextRun(content);
    const mark = { id: this.nextId++, author, date: this.date };
    return op === 'insert' ? new InsertedTextRun({ ...mark, ...content }) : new DeletedTextRun({ ...mark, ...content });
  }
}

/** A row's line with its marks: the label (relabels struck and inserted), then the spans. */
function markedRuns(row: ChangeRow, author: string, marks: Marks): ParagraphChild[] {
  if (row.status === 'inserted') return marks.runs('insert', `${linePrefix(row.kind, row.draft)}${row.draft!.text}`, author);
  if (row.status === 'deleted') return marks.runs('delete', `${linePrefix(row.kind, row.base)}${row.base!.text}`, author);
  const out: ParagraphChild[] = [];
  const before = linePrefix(row.kind, row.base);
  const after = linePrefix(row.kind, row.draft);
  if (before === after) out.push(...marks.runs('equal', before, author));
  else {
    const tail = (side: RowSide | undefined, prefix: string): string => (side?.label === undefined ? '' : prefix.slice(side.label.length));
    if (row.base!.label !== undefined && row.draft!.label !== undefined && tail(row.base, before) === tail(row.draft, after)) {
      out.push(...marks.runs('delete', row.base!.label, author), ...marks.runs('insert', row.draft!.label, author), ...marks.runs('equal', tail(row.base, before), author));
    } else {
      out.push(...marks.runs('delete', before, author), ...marks.runs('insert', after, author));
    }
  }
  for (const span of row.spans) out.push(...marks.runs(span.op, span.text, author));
  return out;
}

function cell(children: ParagraphChild[], width: number, fill?: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
    children: [new Paragraph({ children })],
  });
}

function headerCell(lines: Array<{ text: string; bold?: boolean }>, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
    children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold })] })),
  });
}

function bodyRow(s: Synopsis, row: SynopsisRow, widths: number[], marks: Marks): TableRow {
  const cells: TableCell[] = [];
  const baseFill = row.conflict ? CONFLICT_FILL : undefined;
  cells.push(cell(row.place === 'baseline' ? marks.runs('equal', row.baseline!, '') : [], widths[0], baseFill));
  s.sources.forEach((src, i) => {
    const e = row.entries.find((x) => x.source === i);
    if (!e) {
      cells.push(cell(row.place === 'baseline' ? marks.runs('equal', row.baseline!, '') : [], widths[i + 1]));
      return;
    }
    const conflicted = row.conflicts.some((c) => c.sources.includes(i));
    const agreed = row.groups.some((g) => g.sources.length > 1 && g.sources.includes(i)) || row.words.some((w) => w.sources.length > 1 && w.sources.includes(i));
    cells.push(cell(markedRuns(e.row, src.name, marks), widths[i + 1], conflicted ? CONFLICT_FILL : agreed ? AGREEMENT_FILL : undefined));
  });
  return new TableRow({ children: cells, cantSplit: true });
}

function widthsFor(sources: number): number[] {
  const base = Math.round(TABLE_WIDTH / (sources + 1));
  return [base, ...Array.from({ length: sources }, () => Math.floor((TABLE_WIDTH - base) / sources))];
}

function resolutionBlock(s: Synopsis, marks: Marks, first: boolean): Array<Paragraph | Table> {
  const widths = widthsFor(s.sources.length);
  const header = new TableRow({
    tableHeader: true,
    children: [
      headerCell([{ text: 'Baseline', bold: true }, { text: s.numberLine }], widths[0]),
      ...s.sources.map((src, i) => headerCell([{ text: src.name, bold: true }, { text: `${src.symbol}${src.proposal ? ` ${src.proposal}` : ''}` }, ...(src.reasons ? [{ text: `Reasons: ${src.reasons}` }] : [])], widths[i + 1])),
    ],
  });
  const conflicts = s.rows.flatMap((r) => r.conflicts.map((c) => `${r.place === 'baseline' ? `line ${r.line! + 1}` : `after line ${r.after! + 1}`}: ${c.reason}`));
  return [
    new Paragraph({ pageBreakBefore: !first, children: [new TextRun({ text: `Synopsis of proposals on ${s.numberLine}`, bold: true, size: 28 })] }),
    new Paragraph({ children: [new TextRun({ text: s.title, italics: true })] }),
    new Paragraph({
      children: [
        new TextRun(
          `Sources: ${s.sources.map(attribution).join('; ')}. ${s.stats.changedRows} lines changed, ${s.stats.agreements} with agreement, ${s.stats.conflicts} with conflicts. Shaded orange: changes that conflict; green: a change several sources make alike.`,
        ),
      ],
    }),
    ...conflicts.map((c) => new Paragraph({ children: [new TextRun(`Conflict, ${c}`)] })),
    new Table({ width: { size: TABLE_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...s.rows.map((r) => bodyRow(s, r, widths, marks))] }),
    new Paragraph({ children: [] }),
  ];
}

/** The synoptic .docx of one or more resolutions (bytes of the zip). */
export async function synopsisToDocx(synopses: readonly Synopsis[], options: SynopsisDocxOptions = {}): Promise<Uint8Array> {
  const d = options.date === undefined ? new Date() : new Date(options.date);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid date "${options.date}": expected an ISO 8601 time such as 2025-11-17T09:00:00Z`);
  const marks = new Marks(d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  const doc = new Document({
    creator: 'Resolution Drafter',
    title: 'Synopsis of proposals',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 18 } } } },
    sections: [{ properties: { page: PAGE }, children: synopses.flatMap((s, i) => resolutionBlock(s, marks, i === 0)) }],
  });
  return Packer.pack(doc, 'uint8array');
}
