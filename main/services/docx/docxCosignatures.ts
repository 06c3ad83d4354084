import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { ADMINISTRATION_HEAD, COSIGNATURES_HEADING, COSIGNED_MARK, type CosignatureTable } from '../../../shared/export/cosignatures';
import { STYLE } from './docxStyles';

/** The text width of the contribution's A4 page (2 cm side margins), in twips. */
const TEXT_WIDTH = 11906 - 2 * 1134;
/** The administrations' column takes this share of the width; the proposals share the rest. */
const NAME_SHARE = 0.4;

function cell(text: string, width: number, opts: { bold?: boolean; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        style: STYLE.coverField,
        alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: text ? [new TextRun({ text, bold: opts.bold })] : [],
      }),
    ],
  });
}

/**
 * The co-signature table after the proposals: the heading `Co-signatories`, then a table whose
 * header row (repeated on every page) names each proposal, and one row per administration with
 * `X` under each proposal it co-signs. Every cell holds one paragraph, so a reader that reads a
 * table cell by cell (ours, `shared/word/wordContribution.ts`) gets it back.
 */
export function cosignatureBlock(table: CosignatureTable): Array<Paragraph | Table> {
  const nameWidth = Math.round(TEXT_WIDTH * NAME_SHARE);
  const markWidth = Math.floor((TEXT_WIDTH - nameWidth) / table.columns.length);
  const widths = [nameWidth, ...table.columns.map(() => markWidth)];
  const header = new TableRow({
    tableHeader: true,
    children: [cell(ADMINISTRATION_HEAD, nameWidth, { bold: true }), ...table.columns.map((c) => cell(c, markWidth, { bold: true, center: true }))],
  });
  const rows = table.rows.map(
    (r) => new TableRow({ cantSplit: true, children: [cell(r.administration, nameWidth), ...r.signs.map((s) => cell(s ? COSIGNED_MARK : '', markWidth, { center: true }))] }),
  );
  return [
    new Paragraph({ style: STYLE.proposal, keepNext: true, spacing: { before: 480 }, children: [new TextRun({ text: COSIGNATURES_HEADING, bold: true })] }),
    new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [header, ...rows] }),
  ];
}
