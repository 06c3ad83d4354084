import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ContributionSettings } from '../../../shared/contribution/schema';
import { documentReference } from '../../../shared/export/coverLines';
import { STYLE } from './docxStyles';
import { docxDirection, paragraphDirection } from './docxDirection';

/**
 * The page header of every page after the first, as ITU contributions carry it: centred `- N -`
 * (a PAGE field, so Word and LibreOffice number the pages) and, below it, the document reference
 * (`WTDC-25/42(Add.1)-E`). In a right-to-left contribution both paragraphs are right to left, the
 * page number and the reference (Western digits, Latin letters) left-to-right runs in them. A new
 * object per section: every section carries its own header.
 */
export function pageHeader(settings: ContributionSettings): Header {
  const bidi = paragraphDirection(docxDirection(settings.language));
  return new Header({
    children: [
      new Paragraph({ style: STYLE.header, alignment: AlignmentType.CENTER, ...bidi, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] }),
      new Paragraph({ style: STYLE.header, alignment: AlignmentType.CENTER, spacing: { after: 240 }, ...bidi, children: [new TextRun(documentReference(settings))] }),
    ],
  });
}

/** The header of the title page (the first page): empty (right to left in a right-to-left contribution). */
export function titlePageHeader(settings: ContributionSettings): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, ...paragraphDirection(docxDirection(settings.language)), children: [] })] });
}
