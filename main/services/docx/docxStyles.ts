import { AlignmentType, type IStylesOptions } from 'docx';

/** Word's default tab stop, 1.4 cm as in ITU documents (`SYMBOL<TAB>number`, `Reasons:<TAB>`). */

/** A centred 14 pt heading line of a resolution (its number line, its title), kept with the next line. */
function headingStyle(id: string, name: string, next: string, run: { allCaps?: boolean; bold?: boolean }, before: number) {
  return { id, name, basedOn: 'Normal', next, run: { size: 28, ...run }, paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before } } };
}
export const DEFAULT_TAB = 794;

/** Twips per centimetre (Word measures indents and tab stops in twentieths of a point). */
const CM = 567;

/** The ITU paragraph style ids the exporter uses. */
export const STYLE = {
  resNo: 'ResNo',
  resTitle: 'Restitle',
  afterTitle: 'Normalaftertitle',
  call: 'Call',
  body: 'ResBody',
  enumlev: ['enumlev1', 'enumlev2', 'enumlev3'] as const,
  proposal: 'Proposal',
  reasons: 'Reasons',
  coverHead: 'CoverHead',
  coverField: 'CoverField',
  footnote: 'ResFootnote',
  header: 'ResHeader',
} as const;

/** Indents of item levels: labels hang on a tab stop at the text's left edge (ITU enumlev1–3). */
const LEVELS = [
  { left: Math.round(1.4 * CM), hanging: Math.round(1.4 * CM) },
  { left: Math.round(2.1 * CM), hanging: Math.round(0.7 * CM) },
  { left: Math.round(2.8 * CM), hanging: Math.round(0.7 * CM) },
];

function level(depth: number): number {
  return Math.min(Math.max(depth, 0), STYLE.enumlev.length - 1);
}

/** The paragraph style of an item at `depth` (0-based; deeper items share the third level). */
export function itemStyle(depth: number): string {
  return STYLE.enumlev[level(depth)];
}

/** Where an item's text starts (twips from the margin): the tab stop its label's tab goes to. */
export function itemTextPosition(depth: number): number {
  return LEVELS[level(depth)].left;
}

/**
 * ITU typography as styles: Times New Roman 12 pt throughout; the resolution number centred in
 * capitals, the title bold and centred, calls in italics indented 1.4 cm, items as `label<TAB>text`
 * with the label hanging: Word puts the implicit tab stop of a hanging indent at the text's edge.
 */
export function ituStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: 'Times New Roman', size: 24 },
        paragraph: { spacing: { before: 120, after: 0 } },
      },
    },
    characterStyles: [
      // Superscript footnote numbers, spaced by 3 pt rather than a tab character, so the text of a
      // footnote is exactly the footnote line of the layout (no leading tab to strip).
      { id: 'FootnoteReference', name: 'footnote reference', run: { superScript: true, characterSpacing: 60 } },
    ],
    paragraphStyles: [
      headingStyle(STYLE.resNo, 'Res_No', STYLE.resTitle, { allCaps: true }, 480),
      headingStyle(STYLE.resTitle, 'Res_title', STYLE.afterTitle, { bold: true }, 240),
      { id: STYLE.afterTitle, name: 'Normal after title', basedOn: 'Normal', paragraph: { spacing: { before: 360 } } },
      {
        id: STYLE.call,
        name: 'Call',
        basedOn: 'Normal',
        run: { italics: true },
        paragraph: { keepNext: true, keepLines: true, indent: { left: Math.round(1.4 * CM) }, spacing: { before: 160 } },
      },
      { id: STYLE.body, name: 'Res body', basedOn: 'Normal' },
      ...LEVELS.map((lv, i) => ({
        id: STYLE.enumlev[i],
        name: `enumlev${i + 1}`,
        basedOn: 'Normal',
        paragraph: {
          spacing: { before: 80 },
          indent: { left: lv.left, hanging: lv.hanging }
        },
      })),
      {
        id: STYLE.proposal,
        name: 'Proposal',
        basedOn: 'Normal',
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: 480 } },
      },
      {
        id: STYLE.reasons,
        name: 'Reasons',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 240 } },
      },
      { id: STYLE.coverHead, name: 'Cover head', basedOn: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 0 } } },
      {
        id: STYLE.coverField,
        name: 'Cover field',
        basedOn: 'Normal',
        paragraph: { indent: { left: Math.round(3.5 * CM), hanging: Math.round(3.5 * CM) } },
      },
      { id: STYLE.header, name: 'Res header', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0 } } },
      {
        id: STYLE.footnote,
        name: 'Res footnote',
        basedOn: 'Normal',
        run: { size: 20 },
        paragraph: { spacing: { before: 60 }, indent: { left: 256, hanging: 256 } },
      },
    ],
  };
}
