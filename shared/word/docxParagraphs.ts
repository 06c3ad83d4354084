import { FOOTNOTE_MARK, trimBlanks, type SourceParagraph } from '../corpus/sourceParagraph';
import { customProperty, OWN_AUTHOR_PROPERTY, readDocxPackage } from './docxPackage';
import { readNumbering } from './numbering';
import { paragraphMark, RunWalker, type Piece } from './runPieces';
import { childNamed, childrenNamed, type XmlElement } from './xmlTree';

/**
 * Which revisions a side of the document accepts, by their author: all (the draft), none (the
 * baseline), or the proposal's own only (the document as the delegate sent it).
 */
type Accepts = (author: string | undefined) => boolean;

/** Content with the revisions around it (a piece, or a paragraph mark). */
interface Revised {
  ins: boolean;
  del: boolean;
  insAuthor?: string;
  delAuthor?: string;
}

/** A paragraph as stored, before a side is chosen. */
interface RawParagraph {
  pieces: Piece[];
  mark: Revised;
  style?: string;
  num?: { id: string; ilvl: number };
  index: number;
}

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

function styleNames(styles: XmlElement | undefined): Map<string, string> {
  const names = new Map<string, string>();
  const root = styles ? childNamed(styles, 'w:styles') : undefined;
  for (const s of root ? childrenNamed(root, 'w:style') : []) {
    const name = childNamed(s, 'w:name')?.attrs['w:val'];
    if (name) names.set(s.attrs['w:styleId'], name);
  }
  return names;
}

/** The paragraphs of a story in reading order (tables and content controls opened). */
function storyParagraphs(container: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of container.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') out.push(c);
    else if (c.name === 'w:tbl' || c.name === 'w:tr' || c.name === 'w:tc' || c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml') storyParagraphs(c, out);
  }
  return out;
}

function rawParagraphs(paragraphs: XmlElement[], styles: Map<string, string>): RawParagraph[] {
  const walker = new RunWalker();
  return paragraphs.map((p, index) => {
    const pPr = childNamed(p, 'w:pPr');
    const styleId = childNamed(pPr, 'w:pStyle')?.attrs['w:val'];
    const numPr = childNamed(pPr, 'w:numPr');
    const numId = childNamed(numPr, 'w:numId')?.attrs['w:val'];
    return {
      pieces: walker.paragraph(p),
      mark: paragraphMark(p),
      style: styleId === undefined ? undefined : (styles.get(styleId) ?? styleId),
      num: numId && numId !== '0' ? { id: numId, ilvl: Number(childNamed(numPr, 'w:ilvl')?.attrs['w:val'] ?? 0) } : undefined,
      index,
    };
  });
}

/** A side's paragraphs: content visible on that side, joined where that side has no paragraph mark. */
interface SideParagraph {
  pieces: Piece[];
  props: RawParagraph;
}

function project(paragraphs: RawParagraph[], side: Accepts): SideParagraph[] {
  const out: SideParagraph[] = [];
  let pieces: Piece[] = [];
  let sources: RawParagraph[] = [];
  paragraphs.forEach((p, i) => {
    pieces.push(...p.pieces.filter((x) => visible(x, side)));
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

/**
 * Read a .docx into source paragraphs, both sides: the document with every revision rejected
 * (`baseline`) and accepted (`draft`). Insertions, deletions and moves (`w:ins`, `w:del`,
 * `w:moveTo`, `w:moveFrom`) in text and on paragraph marks are followed, also inside footnotes;
 * formatting changes (`w:rPrChange`, `w:pPrChange`) are ignored. Word characters are kept:
 * `w:noBreakHyphen` is U+2011, `w:tab` a tab, `w:br` a manual line break (`\n`), `w:sym` its
 * character; field results are kept and instructions dropped; bookmarks are dropped. Labels from
 * Word list numbering are written as text (`a)<TAB>…`), counted separately on each side.
 */
export function readDocx(bytes: Uint8Array, name: string): DocxContent {
  const parts = readDocxPackage(bytes, name);
  const styles = styleNames(parts.styles);
  const body = childNamed(childNamed(parts.document, 'w:document'), 'w:body');
  const paragraphs = rawParagraphs(body ? storyParagraphs(body) : [], styles);
  const notes = new Map<string, RawParagraph[]>();
  const notesRoot = parts.footnotes ? childNamed(parts.footnotes, 'w:footnotes') : undefined;
  for (const fn of notesRoot ? childrenNamed(notesRoot, 'w:footnote') : []) {
    const type = fn.attrs['w:type'];
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    notes.set(fn.attrs['w:id'], rawParagraphs(storyParagraphs(fn), styles));
  }
  const authors: string[] = [];
  let hasRevisions = false;
  const noteRevision = (x: Revised & { author?: string }): void => {
    if (!x.ins && !x.del) return;
    hasRevisions = true;
    for (const a of [x.insAuthor, x.delAuthor, x.author]) if (a !== undefined && !authors.includes(a)) authors.push(a);
  };
  for (const p of [...paragraphs, ...[...notes.values()].flat()]) {
    p.pieces.forEach(noteRevision);
    noteRevision(p.mark);
  }
  const sideOf = (side: Accepts): SourceParagraph[] => {
    const numbering = readNumbering(parts.numbering);
    const noteText = (id: string): string =>
      trimBlanks(project(notes.get(id) ?? [], side)
        .map((p) => textOfPieces(p.pieces, () => ''))
        .join(' ')
        .replace(/[ \t]*\n[ \t]*/g, ' '));
    return project(paragraphs, side).map((p) => {
      const footnotes: string[] = [];
      let text = textOfPieces(p.pieces, (id) => {
        footnotes.push(noteText(id));
        return FOOTNOTE_MARK;
      });
      const num = p.props.num;
      if (num && text.trim() !== '') {
        const label = numbering.next(num.id, num.ilvl);
        if (label !== undefined && label !== '') text = `${label}\t${trimBlanks(text, 'start')}`;
      }
      return { text, footnotes, style: p.props.style, where: `paragraph ${p.props.index + 1}` };
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

function textOfPieces(pieces: Piece[], ref: (id: string) => string): string {
  let s = '';
  for (const p of pieces) s += p.footnote !== undefined ? ref(p.footnote) : p.text;
  return s;
}
