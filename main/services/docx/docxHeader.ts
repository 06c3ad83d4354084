import { AlignmentType, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { ContributionSettings } from '../../../shared/contribution/schema';
import { documentReference } from '../../../shared/export/coverLines';
import { STYLE } from './docxStyles';

/**
 * The page header of every page after the first, as ITU contributions carry it: centred `- N -`
 * (a PAGE field, so Word and LibreOffice number the pages) and, below it, the document reference
 * (`WTDC-25/42(Add.1)-E`). A new object per section: every section carries its own header.
 */
export function pageHeader(settings: ContributionSettings): Header {
  return new Header({
    children: [
      new Paragraph({ style: STYLE.header, alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] }),
      new Paragraph({ style: STYLE.header, alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(documentReference(settings))] }),
    ],
  });
}

/** The header of the title page (the first page): empty. */
export function titlePageHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: [] })] });
}
