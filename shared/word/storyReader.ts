import { DocxReadError } from './readLimits';
import { runText, symbolChar, symExChar } from './runContent';
import { canonicalPrefix, type XmlHandlers, type XmlPartStream } from './xmlStream';

/** The revisions around content (or around a paragraph mark), with their authors. */
export interface Revised {
  /** Inside `w:ins` / `w:moveTo`: not in the baseline (Reject All removes it). */
  ins: boolean;
  /** Inside `w:del` / `w:moveFrom`: not in the draft (Accept All removes it). */
  del: boolean;
  /** The author of the (outermost) insertion around it. */
  insAuthor?: string;
  /** The author of the (outermost) deletion around it (a colleague's deletion inside the delegate's insertion). */
  delAuthor?: string;
}

/** A piece of paragraph content with the revisions around it. */
export interface Piece extends Revised {
  /** The characters (`\t` tab, `\n` line or page break); empty for a footnote reference. */
  text: string;
  /** The id of the footnote this piece references (`w:footnoteReference`). */
  footnote?: string;
}

/** The paragraph properties the reader uses: its style and its list numbering. */
export interface ParagraphProps {
  /** The paragraph style's id (`w:pStyle`). */
  style?: string;
  /** `w:numPr/w:numId` (`'0'` removes numbering a style gives). */
  numId?: string;
  /** `w:numPr/w:ilvl`. */
  ilvl?: number;
}

/** A paragraph as stored, before a side is chosen. */
export interface RawParagraph {
  pieces: Piece[];
  /** The revision on the paragraph mark (`w:pPr/w:rPr/w:ins|w:del|w:moveFrom|w:moveTo`). */
  mark: Revised;
  props: ParagraphProps;
  /** The properties before a tracked change of them (`w:pPrChange`), and who changed them. */
  before?: { props: ParagraphProps; author?: string };
  /** 0-based position among the story's paragraphs (the body's, or one footnote's). */
  index: number;
}

/** The namespaces whose `mc:Choice` the reader takes (it reads their content, or their content holds no text). */
const UNDERSTOOD = new Set(['w', 'w14', 'w15', 'w16se', 'mc']);

/**
 * Elements whose content is read as if it stood in their parent: tables, content controls (block
 * and run level), custom XML, smart tags, hyperlinks, simple fields (their content is the result),
 * bidirectional embeddings, ruby base text. Everything not named here or handled below (drawings,
 * text boxes, math, properties, comments, bookmarks, ruby guide text, …) is skipped whole.
 */
const TRANSPARENT = new Set([
  'w:document', 'w:body', 'w:footnotes', 'w:tbl', 'w:tr', 'w:tc', 'w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:hyperlink',
  'w:fldSimple', 'w:bdo', 'w:dir', 'w:ruby', 'w:rubyBase',
]);

const INSERTION = new Set(['w:ins', 'w:moveTo']);
const DELETION = new Set(['w:del', 'w:moveFrom']);

/** Run content that stands for a character (or none). */
const RUN_CHARS: Record<string, string> = {
  'w:tab': '\t',
  'w:ptab': '\t',
  'w:br': '\n',
  'w:cr': '\n',
  'w:noBreakHyphen': '\u2011',
  'w:softHyphen': '',
};

type Frame =
  | { kind: 'plain'; name: string }
  | { kind: 'revision'; name: string; ins: boolean }
  | { kind: 'choice'; name: string; taken: boolean };

/** A story's paragraphs as they are read: the body, or the footnotes by id. */
export interface StoryParagraphs {
  body: RawParagraph[];
  footnotes: Map<string, RawParagraph[]>;
}

/**
 * Reads the stories of a WordprocessingML part (the main document, or the footnotes) from XML
 * events into {@link RawParagraph}s: every paragraph with its content pieces, each piece marked
 * with the insertions and deletions around it (nested, per author), its paragraph mark's revision
 * and its paragraph properties (style, numbering, and those before a tracked change of them).
 *
 * Nesting of any depth is followed with explicit stacks, never recursion. What it reads of run
 * content: `w:t`/`w:delText`, `w:tab`/`w:ptab` (a tab), `w:br`/`w:cr` (a break, of any type),
 * `w:noBreakHyphen` (U+2011), `w:softHyphen` (nothing), `w:sym` and `w16se:symEx` (their character),
 * `w:footnoteReference`, and complex fields (`w:fldChar`, nested: instructions dropped, results
 * kept). `mc:AlternateContent` (in paragraphs and in runs) gives its first `mc:Choice` whose
 * required namespaces the reader understands, else its `mc:Fallback`.
 */
export class StoryReader implements XmlHandlers {
  readonly stories: StoryParagraphs = { body: [], footnotes: new Map() };
  private readonly frames: Frame[] = [];
  private readonly ins: Array<string | undefined> = [];
  private readonly del: Array<string | undefined> = [];
  private skip = 0;
  private story: RawParagraph[] | undefined;
  private paragraph: RawParagraph | undefined;
  /** Inside `w:pPr`: the path below it, and whether inside its `w:pPrChange`. */
  private pPr: string[] | undefined;
  /** The text of the `w:t`/`w:delText` being read, and whether it keeps its edge whitespace (`xml:space="preserve"`). */
  private textRun: { text: string; preserve: boolean } | undefined;
  /** Complex fields open in this story: showing their instructions, or their result. */
  private fields: Array<'instr' | 'result'> = [];

  constructor(
    private readonly stream: XmlPartStream,
    private readonly file: string,
    private readonly count: { paragraphs: number; max: number },
  ) {}

  open(name: string, attrs: Record<string, string>): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    if (this.pPr) {
      this.propsElement(name, attrs);
      this.pPr.push(name);
      return;
    }
    switch (name) {
      case 'w:body':
        this.story = this.stories.body;
        this.fields = [];
        break;
      case 'w:footnote': {
        const type = attrs['w:type'];
        if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') return this.skipElement();
        this.story = [];
        this.fields = [];
        this.stories.footnotes.set(attrs['w:id'] ?? '', this.story);
        break;
      }
      case 'w:p':
        if (!this.story || this.paragraph) return this.skipElement();
        if (++this.count.paragraphs > this.count.max) {
          throw new DocxReadError(`${this.file}: holds more than ${this.count.max} paragraphs; a Word contribution has far fewer, so this is not one (reading stopped)`);
        }
        this.paragraph = { pieces: [], mark: { ins: false, del: false }, props: {}, index: this.story.length };
        this.story.push(this.paragraph);
        break;
      case 'w:pPr':
        if (!this.paragraph) return this.skipElement();
        this.pPr = [];
        this.frames.push({ kind: 'plain', name });
        return;
      case 'w:ins':
      case 'w:moveTo':
      case 'w:del':
      case 'w:moveFrom': {
        const ins = INSERTION.has(name);
        (ins ? this.ins : this.del).push(attrs['w:author']);
        this.frames.push({ kind: 'revision', name, ins });
        return;
      }
      case 'mc:AlternateContent':
        this.frames.push({ kind: 'choice', name, taken: false });
        return;
      case 'mc:Choice':
      case 'mc:Fallback': {
        const parent = this.frames[this.frames.length - 1];
        if (parent?.kind !== 'choice' || parent.taken || (name === 'mc:Choice' && !this.understood(attrs.Requires))) return this.skipElement();
        parent.taken = true;
        break;
      }
      case 'w:r':
        if (!this.paragraph) return this.skipElement();
        break;
      case 'w:t':
      case 'w:delText':
        this.textRun = { text: '', preserve: attrs['xml:space'] === 'preserve' };
        break;
      case 'w:fldChar':
        this.fieldChar(attrs['w:fldCharType']);
        break;
      case 'w:footnoteReference':
        if (this.showing()) this.pushPiece('', attrs['w:id'] ?? '');
        break;
      case 'w:sym':
        this.push(symbolChar(attrs['w:font'], attrs['w:char']));
        break;
      case 'w16se:symEx':
        this.push(symExChar(attrs['w16se:char']));
        break;
      default:
        if (name in RUN_CHARS) this.push(RUN_CHARS[name]);
        else if (!TRANSPARENT.has(name)) return this.skipElement();
    }
    this.frames.push({ kind: 'plain', name });
  }

  close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (this.pPr && this.pPr.length > 0) {
      this.pPr.pop();
      return;
    }
    const frame = this.frames.pop();
    if (!frame) return;
    if (frame.kind === 'revision') (frame.ins ? this.ins : this.del).pop();
    switch (name) {
      case 'w:pPr':
        this.pPr = undefined;
        break;
      case 'w:p':
        this.paragraph = undefined;
        break;
      case 'w:t':
      case 'w:delText': {
        const run = this.textRun;
        this.textRun = undefined;
        // without xml:space="preserve", whitespace at the element's edges is not text (Word and LibreOffice drop it)
        if (run) this.push(runText(run.preserve ? run.text : run.text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '')));
        break;
      }
      case 'w:body':
      case 'w:footnote':
        this.story = undefined;
        break;
    }
  }

  text(text: string): void {
    if (this.skip === 0 && this.textRun) this.textRun.text += text;
  }

  private skipElement(): void {
    this.skip = 1;
  }

  /** Whether every namespace an `mc:Choice` requires (space-separated prefixes) is one the reader understands. */
  private understood(requires: string | undefined): boolean {
    const prefixes = (requires ?? '').split(/\s+/).filter((p) => p !== '');
    return prefixes.length > 0 && prefixes.every((p) => {
      const uri = this.stream.uriOf(p);
      const canon = uri === undefined ? undefined : canonicalPrefix(uri);
      return canon !== undefined && UNDERSTOOD.has(canon);
    });
  }

  /** An element inside `w:pPr` (its path so far is `this.pPr`). */
  private propsElement(name: string, attrs: Record<string, string>): void {
    const p = this.paragraph!;
    const path = this.pPr!;
    const inChange = path[0] === 'w:pPrChange';
    const depth = inChange ? path.length - 1 : path.length;
    if (name === 'w:pPrChange' && path.length === 0) {
      p.before = { props: {}, author: attrs['w:author'] };
      return;
    }
    const props = inChange ? p.before?.props : p.props;
    if (!props) return;
    const parent = path[path.length - 1];
    if (depth === 0 || (inChange && depth === 1 && parent === 'w:pPr')) {
      if (name === 'w:pStyle') props.style = attrs['w:val'];
    }
    if (parent === 'w:numPr') {
      if (name === 'w:numId') props.numId = attrs['w:val'];
      if (name === 'w:ilvl') props.ilvl = Number(attrs['w:val'] ?? 0);
    }
    if (!inChange && parent === 'w:rPr' && path.length === 1) {
      if (INSERTION.has(name)) p.mark = { ...p.mark, ins: true, insAuthor: attrs['w:author'] };
      if (DELETION.has(name)) p.mark = { ...p.mark, del: true, delAuthor: attrs['w:author'] };
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push('instr');
    else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
    else if (type === 'end') this.fields.pop();
  }

  /** Whether run content shows here: not inside any open field's instructions. */
  private showing(): boolean {
    return !this.fields.includes('instr');
  }

  private push(text: string): void {
    if (text !== '' && this.showing()) this.pushPiece(text);
  }

  private pushPiece(text: string, footnote?: string): void {
    const p = this.paragraph;
    if (!p) return;
    const ins = this.ins.length > 0;
    const del = this.del.length > 0;
    const insAuthor = ins ? this.ins[0] : undefined;
    const delAuthor = del ? this.del[0] : undefined;
    const last = p.pieces[p.pieces.length - 1];
    if (footnote === undefined && last && last.footnote === undefined && last.ins === ins && last.del === del && last.insAuthor === insAuthor && last.delAuthor === delAuthor) {
      last.text += text;
      return;
    }
    const piece: Piece = { text, ins, del };
    if (ins && insAuthor !== undefined) piece.insAuthor = insAuthor;
    if (del && delAuthor !== undefined) piece.delAuthor = delAuthor;
    if (footnote !== undefined) piece.footnote = footnote;
    p.pieces.push(piece);
  }
}
