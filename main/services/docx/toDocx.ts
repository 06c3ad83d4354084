import { Document, NoteNumberRestart, Packer, SectionType, type ISectionOptions } from 'docx';
import { coverParagraphs } from './docxCover';
import { proposalParagraphs, type DocxContext } from './docxProposal';
import { FootnoteCollector, RevisionWriter } from './docxRevisions';
import { DEFAULT_TAB, ituStyles } from './docxStyles';
import { pageHeader, titlePageHeader } from './docxHeader';
import { withMoveRevisions, type MoveMark } from './moveRevisions';
import { stampOf } from './revisionDate';
import { OWN_AUTHOR_PROPERTY } from '../../../shared/word/docxPackage';
import type { ExportContribution, ExportOptions } from '../../../shared/export/exportTypes';
import { revisionAuthor } from '../../../shared/export/revisionAuthor';
import { coverWords, fieldColon } from '../../../shared/export/coverLines';
import { docxDirection } from './docxDirection';
import { allCosignatories, cosignatureTable } from '../../../shared/export/cosignatures';
import { cosignatureBlock } from './docxCosignatures';

/** A4 with ITU's 2 cm side margins, in twips. */
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1418, right: 1134, bottom: 1418, left: 1134 } };

/**
 * Build the contribution as a .docx (bytes of the zip).
 *
 * How the document maps to the resolution text layout (what the LibreOffice proof checks):
 * each layout line of a proposal's resolution, from the number line to the last item, is one Word
 * paragraph whose text is the line itself: `label<TAB>text` for items, the text for every other
 * line, with each `[^k]` written as a real Word footnote reference. Footnote lines (`[^k]: text`)
 * are not paragraphs of the body but the text of the k-th footnote of that resolution; footnotes
 * are auto-numbered and restart at 1 in each proposal's section, so they are numbered per
 * resolution. The paragraph before the number line is `SYMBOL<TAB>number`, the one after the
 * last line is `Reasons:<TAB>reasons`.
 *
 * In `marked` mode a MOD proposal carries revision marks: accepting all of them gives the draft,
 * rejecting all of them the baseline, paragraph for paragraph and footnote for footnote.
 *
 * When proposals have co-signatories, a co-signature table follows the last proposal
 * (`docxCosignatures.ts`).
 *
 * Every page after the title page has the ITU page header (`- N -`, then the document reference
 * such as `WTDC-25/42(Add.1)-E`), and the document opens with Track Changes on.
 */
export async function toDocx(contribution: ExportContribution, options: ExportOptions = {}): Promise<Uint8Array> {
  const { doc, moves } = describe(contribution, options);
  return withMoveRevisions(await Packer.pack(doc, 'uint8array'), moves);
}

/** The `docx` document object and the revisions that are moves (written as such after packing). */
function describe(contribution: ExportContribution, options: ExportOptions): { doc: Document; moves: ReadonlyMap<number, MoveMark> } {
  const date = stampOf(options.date);
  const author = options.author?.trim() || revisionAuthor(contribution.settings);
  const settings = contribution.settings;
  const ctx: DocxContext = {
    revisions: new RevisionWriter(author, date, docxDirection(settings.language)),
    footnotes: new FootnoteCollector(),
    clean: options.mode === 'clean',
    proposal: 0,
    reasonsLabel: `${coverWords(settings).reasons}${fieldColon(settings)}`,
  };
  // Every page after the title page carries `- N -` and the document reference; each section its own header.
  const sections: ISectionOptions[] = [
    {
      properties: { page: PAGE, titlePage: true },
      headers: { default: pageHeader(contribution.settings), first: titlePageHeader(contribution.settings) },
      children: coverParagraphs(contribution.settings, date, allCosignatories(contribution.proposals)),
    },
  ];
  for (const [i, p] of contribution.proposals.entries()) {
    ctx.proposal = i + 1;
    sections.push({
      properties: {
        // the proposals start on the page after the cover, then follow one another
        type: i === 0 ? SectionType.NEXT_PAGE : SectionType.CONTINUOUS,
        page: PAGE,
        footnoteProperties: { restart: NoteNumberRestart.EACH_SECTION },
      },
      headers: { default: pageHeader(contribution.settings) },
      children: proposalParagraphs(p, ctx),
    });
  }
  const cosignatures = cosignatureTable(contribution.proposals);
  if (cosignatures) {
    sections.push({
      properties: { type: SectionType.CONTINUOUS, page: PAGE },
      headers: { default: pageHeader(contribution.settings) },
      children: cosignatureBlock(cosignatures),
    });
  }
  const doc = new Document({
    creator: author,
    customProperties: [{ name: OWN_AUTHOR_PROPERTY, value: author }], // whose marks are the proposal's own (colleague review)
    title: contribution.settings.cover.title || 'Contribution',
    styles: ituStyles(),
    defaultTabStop: DEFAULT_TAB,
    footnotes: ctx.footnotes.notes,
    // Track Changes on: edits made by whoever opens the file are recorded (`w:trackRevisions`).
    features: { trackRevisions: true },
    sections,
  });
  return { doc, moves: ctx.revisions.moves };
}
