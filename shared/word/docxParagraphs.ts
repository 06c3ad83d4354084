import { resolveBreaks } from '../corpus/lineBreak';
import type { ListKind } from '../model/resolution';
import { FOOTNOTE_MARK, trimBlanks, type SourceParagraph } from '../corpus/sourceParagraph';
import { CUSTOM_TEXT, customProperty, DocxPackage, OWN_AUTHOR_PROPERTY } from './docxPackage';
import { readNumbering } from './numbering';
import { WORD_READ_LIMITS, type WordReadLimits } from './readLimits';
import { StoryReader, type Piece, type RawParagraph, type Revised, type StoryParagraphs } from './storyReader';
import { readStyles } from './wordStyles';
import type { ByteSource, RawInflater } from './zipArchive';

/**
 * Which revisions a side of the document accepts, by their author: all (the draft), none (the
 * baseline), or the proposal's own only (the document as the delegate sent it).
 */
type Accepts = (author: string | undefined) => boolean;

/** What the reader found in a .docx: both sides as source paragraphs, and who revised it. */
export interface DocxContent {
  baseline: SourceParagraph[];
  draft: SourceParagraph[];
  /** Whether the document holds any insertion or deletion (formatting changes do not count). */
  hasRevisions: boolean;
  /** The authors of its insertions and deletions, in order of first appearance. */
  authors: string[];
  /**
   * Who made the proposal's own revisions: our export records it in the document
   * (`ResolutionDrafterAuthor`); absent in anyone else's document.
   */
  ownAuthor?: string;
  /** The authors of revisions other than the proposal's own (a colleague's), in order of first appearance. */
  colleagues: string[];
  /**
   * The document as the delegate sent it: own revisions accepted, every colleague's rejected.
   * Present only when colleagues revised it (with {@link ownAuthor} known).
   */
  before?: SourceParagraph[];
  /** Per colleague, the document with the own revisions and only that colleague's accepted (when more than one colleague). */
  byColleague?: Array<{ author: string; side: SourceParagraph[] }>;
}

/**
 * Whether content shows on a side: an insertion shows when its author's revisions are accepted;
 * a deletion hides it when accepted (a colleague's deletion inside the delegate's insertion hides
 * it only where the colleague's revisions are accepted).
 */
function visible(x: Revised, accepts: Accepts): boolean {
  return (!x.ins || accepts(x.insAuthor)) && (!x.del || !accepts(x.delAuthor));
}

/** The list kind of the resolution layout each Word number format stands for (decimal: by its label). */
const FORMAT_KINDS: Record<string, ListKind> = { lowerLetter: 'alpha', upperLetter: 'alpha', lowerRoman: 'roman', upperRoman: 'roman', bullet: 'dash', arabicAbjad: 'abjad' };

/** A side's paragraph: content visible on that side, joined where that side has no paragraph mark. */
interface SideParagraph {
  pieces: Piece[];
  props: RawParagraph;
}

function project(paragraphs: RawParagraph[], side: Accepts): SideParagraph[] {
  const out: SideParagraph[] = [];
  let pieces: Piece[] = [];
  let sources: RawParagraph[] = [];
  paragraphs.forEach((p, i) => {
    for (const x of p.pieces) if (visible(x, side)) pieces.push(x);
    sources.push(p);
    if (visible(p.mark, side) || i === paragraphs.length - 1) {
      // A merged paragraph keeps the properties of its first part that shows content on this side.
      const props = sources.find((s) => s.pieces.some((x) => visible(x, side) && (x.text !== '' || x.footnote !== undefined))) ?? p;
      out.push({ pieces, props });
      pieces = [];
      sources = [];
    }
  });
  return out;
}

function textOfPieces(pieces: Piece[], ref: (id: string) => string): string {
  let s = '';
  for (const p of pieces) s += p.footnote !== undefined ? ref(p.footnote) : p.text;
  return s;
}

/** The package's parts read: the stories, and the styles, numbering and properties trees. */
function readParts(src: ByteSource, name: string, limits: WordReadLimits, native?: RawInflater) {
  const pkg = new DocxPackage(src, name, limits, native);
  const count = { paragraphs: 0, max: limits.maxParagraphs };
  let reader: StoryReader | undefined;
  pkg.stream(pkg.parts.document, limits.maxDocumentBytes, (s) => (reader = new StoryReader(s, name, count)));
  const stories: StoryParagraphs = reader!.stories;
  if (pkg.parts.footnotes) {
    let notes: StoryReader | undefined;
    pkg.stream(pkg.parts.footnotes, limits.maxPartBytes, (s) => (notes = new StoryReader(s, name, count)));
    stories.footnotes = notes!.stories.footnotes;
  }
  const styles = pkg.tree(pkg.parts.styles);
  return { stories, styles, numbering: pkg.tree(pkg.parts.numbering), custom: pkg.tree(pkg.parts.custom, CUSTOM_TEXT) };
}

/**
 * Read a .docx into source paragraphs, both sides: the document with every revision rejected
 * (`baseline`) and accepted (`draft`), and with colleagues' revisions told apart from the
 * proposal's own on our export. This is THE Word reader (ECMA-376 Part 1 §17, WordprocessingML):
 *
 * - The package (`docxPackage.ts`, `zipArchive.ts`): the zip directory read within `limits`
 *   (`readLimits.ts`); the main document, its footnotes, styles and numbering found through the
 *   package's relationships, the user-defined properties too; each part inflated only when read
 *   (with the host's native inflater when it gives one), strict UTF-8 and XML.
 * - The text (`storyReader.ts`): text, tabs (`w:tab`, `w:ptab`), breaks of every type (`w:br`,
 *   `w:cr`: `\n`, read as `lineBreak.ts` says), `w:noBreakHyphen` (U+2011), soft hyphens
 *   (`w:softHyphen` and U+00AD: nothing, on both sides), symbols (`w:sym`, `w16se:symEx`),
 *   footnote references, complex and simple fields (results kept, instructions dropped, nested),
 *   content controls (block and run), smart tags, custom XML, hyperlinks, bidirectional
 *   embeddings, ruby base text, tables (one paragraph per cell paragraph), alternate content (the
 *   first `mc:Choice` whose namespaces it understands, else `mc:Fallback`).
 * - Revisions: insertions, deletions and moves in text and on paragraph marks, nested, per author,
 *   in the body and in footnotes; a side's paragraphs are joined where that side has no mark.
 * - Numbering (`numbering.ts`, `wordStyles.ts`): each side counts its list labels as Word does,
 *   from `w:numPr` or the paragraph style's (`basedOn` chains), with overrides and starts; the
 *   label is only a hint to the model, whose labels come from position.
 *
 * What it ignores, and why:
 * - Formatting (run and paragraph properties, `w:rPrChange`, a `w:pPrChange` beyond style and
 *   numbering): the layout holds text and structure, not looks. Hidden text (`w:vanish`) is a
 *   format too, so it is read as text (a resolution holds none).
 * - Drawings, pictures, text boxes, embedded objects and equations (`w:drawing`, `w:pict`,
 *   `w:object`, `m:oMath`): no resolution text stands in them, and a text box's paragraphs have
 *   no place in the layout.
 * - Comments, bookmarks, proofing marks, permissions, move-range markers: annotations, not text.
 * - Headers, footers, endnotes (and their references), comments, the glossary and every other
 *   part: never inflated; a contribution's text is its body and its footnotes.
 * - Table-row revisions (`w:trPr`): a row's paragraphs carry their own marks, which are followed.
 * - Sub-documents and imported chunks (`w:subDoc`, `w:altChunk`): content outside the document.
 * - Elements of namespaces it does not know (an `mc:Ignorable` one included): skipped whole,
 *   since what they mean is unknown; their `mc:Fallback`, when there is one, is read instead.
 * - Fields are not recomputed: a field reads as the result Word last showed.
 */
export function readDocx(src: ByteSource, name: string, limits: WordReadLimits = WORD_READ_LIMITS, native?: RawInflater): DocxContent {
  const parts = readParts(src, name, limits, native);
  const styles = readStyles(parts.styles);
  const numbering = readNumbering(parts.numbering, parts.styles);
  const paragraphs = parts.stories.body;
  const notes = parts.stories.footnotes;
  const authors: string[] = [];
  let hasRevisions = false;
  const noteRevision = (x: Revised): void => {
    if (!x.ins && !x.del) return;
    hasRevisions = true;
    for (const a of [x.insAuthor, x.delAuthor]) if (a !== undefined && !authors.includes(a)) authors.push(a);
  };
  for (const story of [paragraphs, ...notes.values()]) {
    for (const p of story) {
      p.pieces.forEach(noteRevision);
      noteRevision(p.mark);
    }
  }
  const sideOf = (side: Accepts): SourceParagraph[] => {
    const counter = numbering();
    const noteText = (id: string): string =>
      trimBlanks(resolveBreaks(project(notes.get(id) ?? [], side)
        .map((p) => textOfPieces(p.pieces, () => ''))
        .join(' ')));
    return project(paragraphs, side).map((p) => {
      const footnotes: string[] = [];
      const text = textOfPieces(p.pieces, (id) => {
        footnotes.push(noteText(id));
        return FOOTNOTE_MARK;
      });
      const raw = p.props;
      const props = raw.before && !side(raw.before.author) ? raw.before.props : raw.props;
      const style = styles.styleOf(props);
      const out: SourceParagraph = { text, footnotes, where: `paragraph ${raw.index + 1}` };
      const styleName = styles.nameOf(style);
      if (styleName !== undefined) out.style = styleName;
      const num = styles.numberingOf(props);
      const label = num && counter.next(num, style);
      if (label && label.label !== '') {
        const kind = FORMAT_KINDS[label.format] ?? (label.format === 'decimal' || label.format === 'decimalZero' ? (label.label.endsWith(')') ? 'numericParen' : 'numeric') : undefined);
        out.numbered = kind ? { label: label.label, level: label.level, kind } : { label: label.label, level: label.level };
      }
      return out;
    });
  };
  const ownAuthor = customProperty(parts.custom, OWN_AUTHOR_PROPERTY)?.trim() || undefined;
  const content: DocxContent = { baseline: sideOf(() => false), draft: sideOf(() => true), hasRevisions, authors, colleagues: [] };
  if (ownAuthor === undefined) return content;
  content.ownAuthor = ownAuthor;
  // a revision without an author cannot be a colleague's: it counts as the proposal's own
  const own = (a: string | undefined): boolean => a === undefined || a === ownAuthor;
  content.colleagues = authors.filter((a) => !own(a));
  if (content.colleagues.length === 0) return content;
  content.before = sideOf(own);
  if (content.colleagues.length > 1) content.byColleague = content.colleagues.map((c) => ({ author: c, side: sideOf((a) => own(a) || a === c) }));
  return content;
}
