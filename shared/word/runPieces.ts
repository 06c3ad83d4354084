import { childNamed, type XmlElement } from './xmlTree';

/** A piece of paragraph content with the revisions around it. */
export interface Piece {
  /** The characters (`\t` tab, `\n` manual line break); empty for a footnote reference. */
  text: string;
  /** Inside `w:ins` / `w:moveTo`: not in the baseline (Reject All removes it). */
  ins: boolean;
  /** Inside `w:del` / `w:moveFrom`: not in the draft (Accept All removes it). */
  del: boolean;
  /** The id of the footnote this piece references (`w:footnoteReference`). */
  footnote?: string;
  /** The author of the revision around the piece, when there is one (the innermost one). */
  author?: string;
  /** The author of the insertion around the piece (a deletion inside it may be someone else's). */
  insAuthor?: string;
  /** The author of the deletion around the piece. */
  delAuthor?: string;
}

/** Who made the revisions around a piece of content. */
interface Around {
  ins: boolean;
  del: boolean;
  author?: string;
  insAuthor?: string;
  delAuthor?: string;
}

/** Symbol-font characters ITU texts use, by their code in the Symbol font. */
const SYMBOL_FONT: Record<number, string> = {
  0x2d: '\u2212', 0xb1: '\u00b1', 0xb3: '\u2265', 0xa3: '\u2264', 0xb4: '\u00d7', 0xb7: '\u2022', 0xae: '\u2192', 0xac: '\u2190',
  0xb0: '\u00b0', 0xb9: '\u2260', 0xbb: '\u2248', 0xd7: '\u22c5', 0xe0: '\u25ca', 0xa5: '\u221e', 0x6d: '\u03bc', 0x70: '\u03c0',
};

/** The character a `w:sym` shows: Symbol-font codes mapped to Unicode, other fonts' private-use codes to Latin-1. */
function symbolChar(sym: XmlElement): string {
  let code = parseInt(sym.attrs['w:char'] ?? '', 16);
  if (!Number.isFinite(code)) return '';
  if (code >= 0xf000 && code <= 0xf0ff) code -= 0xf000;
  if (/^symbol$/i.test(sym.attrs['w:font'] ?? '') && SYMBOL_FONT[code]) return SYMBOL_FONT[code];
  return String.fromCodePoint(code);
}

/** Containers whose children are read as if they stood in the paragraph itself. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdtContent', 'w:bdo', 'w:dir', 'w:sdt']);

/**
 * Walks runs into {@link Piece}s, following revisions and fields. A complex field's instruction
 * (between `begin` and `separate`) is dropped and its result kept; a simple field's result is its
 * runs. The field state spans paragraphs, so one walker serves one story (body or footnotes).
 */
export class RunWalker {
  private fields: Array<'instr' | 'result'> = [];

  /** The pieces of one paragraph's content (its `w:pPr` is not content). */
  paragraph(p: XmlElement): Piece[] {
    const out: Piece[] = [];
    this.walk(p, { ins: false, del: false }, out);
    return out;
  }

  private walk(el: XmlElement, around: Around, out: Piece[]): void {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:r':
          this.run(c, around, out);
          break;
        case 'w:ins':
        case 'w:moveTo': {
          const author = c.attrs['w:author'] ?? around.author;
          // Word nests a colleague's deletion inside the insertion it deletes from: keep both authors
          this.walk(c, { ...around, ins: true, author, insAuthor: around.ins ? around.insAuthor : author }, out);
          break;
        }
        case 'w:del':
        case 'w:moveFrom': {
          const author = c.attrs['w:author'] ?? around.author;
          this.walk(c, { ...around, del: true, author, delAuthor: around.del ? around.delAuthor : author }, out);
          break;
        }
        default:
          if (TRANSPARENT.has(c.name)) this.walk(c, around, out);
      }
    }
  }

  private run(r: XmlElement, around: Around, out: Piece[]): void {
    const { ins, del, author, insAuthor, delAuthor } = around;
    const same = (x: Piece): boolean => x.ins === ins && x.del === del && x.author === author && x.insAuthor === insAuthor && x.delAuthor === delAuthor;
    const piece = (text: string, footnote?: string): Piece => {
      const out: Piece = { text, ins, del, author };
      if (ins) out.insAuthor = insAuthor;
      if (del) out.delAuthor = delAuthor;
      if (footnote !== undefined) out.footnote = footnote;
      return out;
    };
    const push = (text: string): void => {
      if (text === '' || this.fields.includes('instr')) return;
      const last = out[out.length - 1];
      if (last && last.footnote === undefined && same(last)) last.text += text;
      else out.push(piece(text));
    };
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      switch (c.name) {
        case 'w:t':
        case 'w:delText':
          push(c.children.filter((x): x is string => typeof x === 'string').join(''));
          break;
        case 'w:tab':
        case 'w:ptab':
          push('\t');
          break;
        case 'w:br': {
          const type = c.attrs['w:type'];
          if (type !== 'page' && type !== 'column') push('\n');
          break;
        }
        case 'w:cr':
          push('\n');
          break;
        case 'w:noBreakHyphen':
          push('\u2011');
          break;
        case 'w:sym':
          push(symbolChar(c));
          break;
        case 'w:footnoteReference':
          if (!this.fields.includes('instr')) out.push(piece('', c.attrs['w:id']));
          break;
        case 'w:fldChar': {
          const type = c.attrs['w:fldCharType'];
          if (type === 'begin') this.fields.push('instr');
          else if (type === 'separate' && this.fields.length > 0) this.fields[this.fields.length - 1] = 'result';
          else if (type === 'end') this.fields.pop();
          break;
        }
        default:
          break;
      }
    }
  }
}

/** The revision on a paragraph's own mark (`w:pPr/w:rPr/w:ins|w:del`), if any, with its authors. */
export function paragraphMark(p: XmlElement): { ins: boolean; del: boolean; insAuthor?: string; delAuthor?: string } {
  const rPr = childNamed(childNamed(p, 'w:pPr'), 'w:rPr');
  const ins = childNamed(rPr, 'w:ins') ?? childNamed(rPr, 'w:moveTo');
  const del = childNamed(rPr, 'w:del') ?? childNamed(rPr, 'w:moveFrom');
  const out: { ins: boolean; del: boolean; insAuthor?: string; delAuthor?: string } = { ins: !!ins, del: !!del };
  if (ins?.attrs['w:author'] !== undefined) out.insAuthor = ins.attrs['w:author'];
  if (del?.attrs['w:author'] !== undefined) out.delAuthor = del.attrs['w:author'];
  return out;
}
