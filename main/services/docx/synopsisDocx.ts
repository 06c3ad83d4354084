/**
 * The synoptic table as a Word document (the secretariat's compilation of proposals), written by
 * the one OOXML writer of the contributions (`RevisionWriter`, the `docx` package): per
 * resolution, a compact landscape table with a column for the adopted text and one per source,
 * then each source's reasons, once, after the table.
 *
 * How it maps to the synopsis (what the LibreOffice proof checks): the first row of each table is
 * its header (`Adopted text`, then each source's name with its symbol and proposal number),
 * repeated on every page. Every later row is one synopsis row, and each of its cells holds one
 * paragraph: in the adopted-text column the baseline line (empty on a row a source inserts); in a
 * source's column that source's change of the line with real Word revision marks (`w:ins`/`w:del`,
 * the source's name as author), and nothing where the source keeps the adopted line. Lines read
 * `label<TAB>text`; footnote references and footnote lines as in the layout (`[^k]`, `[^k]: text`).
 * So a source's column, each empty cell of a baseline row read as that row's adopted text, is the
 * source's draft after Accept All and the adopted text after Reject All, line for line. Cells
 * where sources conflict are shaded orange, cells agreeing with another source green.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ChangeRow, RowKind, TextSpan } from '../../../shared/engine/changeSet';
import { labelSeparator, separatorOp } from '../../../shared/engine/toWordDiff';
import { attribution } from '../../../shared/synopsis/synopsisText';
import type { Synopsis, SynopsisRow } from '../../../shared/synopsis/synopsisTypes';
import { ForbiddenCharacterError } from '../../../shared/text/contributionCharacters';
import { describeForbidden, findXmlForbidden } from '../../../shared/text/xmlCharacters';
import { RevisionWriter } from './docxRevisions';
import { stampOf } from './revisionDate';

/** Fill colours (Word shading, hex RGB). */
const CONFLICT_FILL = 'F8CBAD';
const AGREEMENT_FILL = 'E2EFDA';
const HEADER_FILL = 'DEEAF6';
/** A4 landscape with 1 cm margins, in twips. */
const PAGE_LONG = 16838;
const PAGE_SHORT = 11906;
const MARGIN = 567;
const TABLE_WIDTH = PAGE_LONG - 2 * MARGIN;
/** 8 pt text (half-points), as dense as a synoptic table is printed; headings 10 pt. */
const TEXT_SIZE = 16;
const HEADING_SIZE = 20;
/** Cell padding: 1 mm each side. */
const CELL_MARGIN = 57;
/** The adopted-text column counts as this many source columns (it is read first and most). */
const BASELINE_SHARE = 2;

/** Options of the synoptic .docx. */
export interface SynopsisDocxOptions {
  /** ISO 8601 time stamped on every revision (default: now). */
  date?: string;
}

/**
 * A row's line as pieces with their marks, a plain mapping of the engine's row (as the word-diff
 * notation maps it, without the line end): the label, its separator, the text; a renumbered
 * footnote reference shows both numbers.
 */
function pieces(row: ChangeRow): Array<{ op: TextSpan['op']; text: string }> {
  const out: Array<{ op: TextSpan['op']; text: string }> = [];
  const span = (s: TextSpan): void => {
    if (s.op === 'equal' && s.baseText !== undefined) out.push({ op: 'delete', text: s.baseText }, { op: 'insert', text: s.text });
    else out.push({ op: s.op, text: s.text });
  };
  row.labelSpans.forEach(span);
  const sep = separatorOp(row);
  if (sep) out.push({ op: sep, text: labelSeparator(row.kind) });
  row.spans.forEach(span);
  return out.filter((p) => p.text !== '');
}

/** Runs for marked text: tabs become Word tabs, each mark a revision by the writer's current author. */
function runs(parts: ReadonlyArray<{ op: TextSpan['op']; text: string }>, revisions: RevisionWriter): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const { op, text } of parts) {
    text.split('\t').forEach((part, i) => {
      if (i > 0) out.push(revisions.run(op, { tab: true }));
      if (part !== '') out.push(revisions.run(op, { text: part }));
    });
  }
  return out;
}

/** An item's label hangs in a narrow margin, its text on a tab stop beside it (as in the contribution, but denser). */
const LABEL_INDENT = 397;
const HANGING = { indent: { left: LABEL_INDENT, hanging: LABEL_INDENT }, tabStops: [{ type: TabStopType.LEFT, position: LABEL_INDENT }] };

function cell(children: ParagraphChild[], width: number, kind: RowKind, fill?: string): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
    children: [new Paragraph({ ...(kind === 'item' ? HANGING : {}), children })],
  });
}

function headerCell(lines: Array<{ text: string; bold?: boolean }>, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
    children: lines.map((l) => new Paragraph({ children: [new TextRun({ text: l.text, bold: l.bold })] })),
  });
}

function bodyRow(s: Synopsis, row: SynopsisRow, widths: number[], revisions: RevisionWriter): TableRow {
  const adopted = row.place === 'baseline' ? runs([{ op: 'equal', text: row.baseline! }], revisions) : [];
  const cells = [cell(adopted, widths[0], row.kind, row.conflict ? CONFLICT_FILL : undefined)];
  const bySource = new Map(row.entries.map((e) => [e.source, e]));
  s.sources.forEach((src, i) => {
    const e = bySource.get(i);
    if (!e) {
      cells.push(cell([], widths[i + 1], row.kind)); // the source keeps the adopted line
      return;
    }
    const conflicted = row.conflicts.some((c) => c.sources.includes(i));
    const agreed = row.groups.some((g) => g.sources.length > 1 && g.sources.includes(i)) || row.words.some((w) => w.sources.length > 1 && w.sources.includes(i));
    revisions.author = src.name;
    cells.push(cell(runs(pieces(e.row), revisions), widths[i + 1], row.kind, conflicted ? CONFLICT_FILL : agreed ? AGREEMENT_FILL : undefined));
  });
  return new TableRow({ children: cells });
}

/** Column widths: the adopted text counts as {@link BASELINE_SHARE} sources, the sources share the rest alike. */
function widthsFor(sources: number): number[] {
  const unit = TABLE_WIDTH / (sources + BASELINE_SHARE);
  const source = Math.floor(unit);
  return [TABLE_WIDTH - source * sources, ...Array.from({ length: sources }, () => source)];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function heading(text: string, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({ pageBreakBefore, keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text, bold: true, size: HEADING_SIZE })] });
}

function resolutionBlock(s: Synopsis, revisions: RevisionWriter, first: boolean): Array<Paragraph | Table> {
  const widths = widthsFor(s.sources.length);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      headerCell([{ text: 'Adopted text', bold: true }, { text: s.numberLine }], widths[0]),
      ...s.sources.map((src, i) => headerCell([{ text: src.name, bold: true }, { text: `${src.symbol}${src.proposal ? ` ${src.proposal}` : ''}` }], widths[i + 1])),
    ],
  });
  const conflicts = s.rows.flatMap((r) => r.conflicts.map((c) => `Conflict, ${r.place === 'baseline' ? `line ${r.line! + 1}` : `after line ${r.after! + 1}`}: ${c.reason}.`));
  const summary =
    `Sources: ${s.sources.map(attribution).join('; ')}. ${s.stats.changedRows} lines changed, ${s.stats.agreements} with agreement, ${s.stats.conflicts} with conflicts. ` +
    'An empty cell: the source keeps the adopted line. Shaded orange: changes that conflict; green: a change several sources make alike.';
  const table = new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [header, ...s.rows.map((r) => bodyRow(s, r, widths, revisions))],
  });
  const reasons = s.sources.map(
    (src) =>
      new Paragraph({
        spacing: { before: 60 },
        children: [new TextRun({ text: `${src.name} (${src.symbol}${src.proposal ? ` ${src.proposal}` : ''}):`, bold: true }), new TextRun({ text: ` ${src.reasons.trim() || 'no reasons given.'}` })],
      }),
  );
  return [
    heading(`Synopsis of proposals on ${s.numberLine}`, !first),
    new Paragraph({ children: [new TextRun({ text: s.title, italics: true })] }),
    new Paragraph({ children: [new TextRun(summary)] }),
    ...conflicts.map((c) => new Paragraph({ children: [new TextRun(c)] })),
    new Paragraph({ spacing: { after: 60 }, children: [] }),
    table,
    heading('Reasons', false),
    ...reasons,
  ];
}

/**
 * Refuse a synopsis holding a character a Word document cannot (U+FFFE, a control character…),
 * naming the resolution, the source and the line: nothing is dropped behind the user's back.
 */
export function checkSynopsisCharacters(synopses: readonly Synopsis[]): void {
  const refuse = (place: string, text: string): void => {
    const f = findXmlForbidden(text);
    if (f) throw new ForbiddenCharacterError(place, describeForbidden(f, f.index + 1));
  };
  for (const s of synopses) {
    const where = `the synopsis of Resolution ${s.number}`;
    refuse(`${where}, its number line`, s.numberLine);
    refuse(`${where}, its title`, s.title);
    for (const src of s.sources) {
      refuse(`${where}, the name of source ${src.origin}`, src.name);
      refuse(`${where}, ${src.name}: the proposal number`, src.proposal);
      refuse(`${where}, ${src.name}: the reasons`, src.reasons);
    }
    for (const row of s.rows) {
      const line = row.place === 'baseline' ? `line ${row.line! + 1}` : `the line inserted after line ${row.after! + 1}`;
      if (row.baseline !== undefined) refuse(`${where}, adopted text, ${line}`, row.baseline);
      for (const e of row.entries) refuse(`${where}, ${s.sources[e.source].name} (${s.sources[e.source].origin}), ${line}`, pieces(e.row).map((p) => p.text).join(''));
    }
  }
}

/** The synoptic .docx of one or more resolutions (bytes of the zip). */
export async function synopsisToDocx(synopses: readonly Synopsis[], options: SynopsisDocxOptions = {}): Promise<Uint8Array> {
  checkSynopsisCharacters(synopses);
  const revisions = new RevisionWriter('Resolution Drafter', stampOf(options.date));
  const children = synopses.flatMap((s, i) => resolutionBlock(s, revisions, i === 0));
  const doc = new Document({
    creator: 'Resolution Drafter',
    title: 'Synopsis of proposals',
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: TEXT_SIZE }, paragraph: { spacing: { before: 0, after: 0 }, alignment: AlignmentType.LEFT } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_SHORT, height: PAGE_LONG, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 283, footer: 283 },
          },
        },
        children,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
