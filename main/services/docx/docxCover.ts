import { AlignmentType, BorderStyle, Paragraph, Tab, TextRun } from 'docx';
import type { ContributionSettings } from '../../../shared/contribution/schema';
import { STYLE } from './docxStyles';
import { conferenceLines, contactLines, coverDate, coverFields, coverWords, documentLine, fieldColon, originalLine } from '../../../shared/export/coverLines';
import { docxDirection, paragraphDirection, runDirection, trailingSide, type DocxDirection } from './docxDirection';

/**
 * The cover block of a WTDC contribution as ITU covers have it, in the contribution's language:
 * the conference (`World Telecommunication Development Conference 2029 (WTDC-29)`), place and
 * dates, `PLENARY MEETING` (`SÉANCE PLÉNIÈRE` …) with the document number, date and original
 * language on the trailing side (the right; the left in Arabic, whose cover runs right to left),
 * then Source, Title, Priority area, Summary, Expected results, References and the Contact block,
 * each only when it has a value.
 */
export function coverParagraphs(settings: ContributionSettings, isoDate: string, cosignatories: readonly string[] = []): Paragraph[] {
  const dir = docxDirection(settings.language);
  const words = coverWords(settings);
  const colon = fieldColon(settings);
  const bidi = paragraphDirection(dir);
  const run = (text: string, bold?: boolean): TextRun => new TextRun({ text, ...(bold === undefined ? {} : { bold }), ...runDirection(dir, text) });
  const trailing = trailingSide(dir) === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const right = (text: string, bold = false): Paragraph => new Paragraph({ style: STYLE.coverHead, alignment: trailing, ...bidi, children: [run(text, bold)] });
  const out: Paragraph[] = conferenceLines(settings).map((line) => new Paragraph({ style: STYLE.coverHead, ...bidi, children: [run(line)] }));
  out.push(
    new Paragraph({ style: STYLE.coverHead, spacing: { before: 360 }, ...bidi, children: [run(words.plenaryMeeting, true)] }),
    right(documentLine(settings), true),
    right(coverDate(isoDate, settings)),
    right(originalLine(settings)),
  );
  coverFields(settings, cosignatories).forEach(([label, value], i) => out.push(field(`${label}${colon}`, value, dir, { before: i === 0 ? 360 : undefined, bold: label === words.title })));
  const contact = contactLines(settings);
  if (contact.length === 0) return out; // no contact given: no empty block
  out.push(
    new Paragraph({
      style: STYLE.coverField,
      spacing: { before: 360 },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } },
      ...bidi,
      children: [run(`${words.contact}${colon}`, true)],
    }),
  );
  for (const [label, value] of contact) out.push(field(`${label}${colon}`, value, dir, {}));
  return out;
}

function field(label: string, value: string, dir: DocxDirection, opts: { before?: number; bold?: boolean }): Paragraph {
  return new Paragraph({
    style: STYLE.coverField,
    spacing: opts.before === undefined ? undefined : { before: opts.before },
    ...paragraphDirection(dir),
    children: [
      new TextRun({ text: label, bold: true, ...runDirection(dir, label) }),
      new TextRun({ children: [new Tab()] }),
      new TextRun({ text: value, bold: opts.bold, ...runDirection(dir, value) }),
    ],
  });
}
