import { AlignmentType, BorderStyle, Paragraph, Tab, TextRun } from 'docx';
import type { ContributionSettings } from '../../../shared/contribution/schema';
import { STYLE } from './docxStyles';
import { conferenceLines, contactLines, coverDate, coverFields, documentLine, originalLine } from '../../../shared/export/coverLines';

/**
 * The cover block of a WTDC contribution as ITU covers have it: the conference (`World
 * Telecommunication Development Conference 2029 (WTDC-29)`), place and dates, `PLENARY MEETING` with
 * the document number, date and original language on the right, then Source, Title, Priority area,
 * Summary, Expected results, References and the Contact block, each only when it has a value.
 */
export function coverParagraphs(settings: ContributionSettings, isoDate: string, cosignatories: readonly string[] = []): Paragraph[] {
  const right = (text: string, bold = false): Paragraph =>
    new Paragraph({ style: STYLE.coverHead, alignment: AlignmentType.RIGHT, children: [new TextRun({ text, bold })] });
  const out: Paragraph[] = conferenceLines(settings).map((line) => new Paragraph({ style: STYLE.coverHead, children: [new TextRun(line)] }));
  out.push(
    new Paragraph({ style: STYLE.coverHead, spacing: { before: 360 }, children: [new TextRun({ text: 'PLENARY MEETING', bold: true })] }),
    right(documentLine(settings), true),
    right(coverDate(isoDate)),
    right(originalLine(settings)),
  );
  coverFields(settings, cosignatories).forEach(([label, value], i) => out.push(field(label, value, { before: i === 0 ? 360 : undefined, bold: label === 'Title' })));
  const contact = contactLines(settings);
  if (contact.length === 0) return out; // no contact given: no empty block
  out.push(
    new Paragraph({
      style: STYLE.coverField,
      spacing: { before: 360 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
      children: [new TextRun({ text: 'Contact:', bold: true })],
    }),
  );
  for (const [label, value] of contact) out.push(field(label, value, {}));
  return out;
}

function field(label: string, value: string, opts: { before?: number; bold?: boolean }): Paragraph {
  return new Paragraph({
    style: STYLE.coverField,
    spacing: opts.before === undefined ? undefined : { before: opts.before },
    children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun({ children: [new Tab()] }), new TextRun({ text: value, bold: opts.bold })],
  });
}
