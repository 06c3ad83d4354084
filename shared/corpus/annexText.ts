import { hasParagraphEnd } from '../grammar/paragraphEnd';
import { FOOTNOTE_MARK, trimBlanks, type SourceParagraph } from './sourceParagraph';

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const FOOTNOTE_REF = /\[footnoteRef:(\d+)\](\d*)/g;
const BODY_START = /\[(\d+): /y;

/** A footnote body of the export: the number Word shows and the text. */
interface Body {
  shown: string;
  body: string;
}

/**
 * Read the plain-text export of an ITU Word document (the format of the WTDC-22 annex): one line
 * per paragraph, Word bookmarks `[bookmark: …]` (dropped), footnote references `[footnoteRef:g]n`
 * with their bodies `[g: n<TAB>text]` inline (usually at the end of the referencing line, but
 * found anywhere: `g` is unique in the document). A labelled line that ends without end
 * punctuation, directly followed by an unlabelled line that has it, is one paragraph with a manual
 * line break (`forums/seminars/` + break + `workshops;`).
 */
export function readAnnexText(text: string): SourceParagraph[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const bodies = new Map<string, Body>();
  const rest = lines.map((line) => cutBodies(line, bodies));
  const out: SourceParagraph[] = [];
  let prevLine = -1;
  for (let i = 0; i < rest.length; i++) {
    const para = withRefs(rest[i], bodies, i + 1);
    if (para.text.trim() === '') continue;
    const prev = out[out.length - 1];
    if (prev && prevLine === i - 1 && continuesAfterBreak(prev.text, para.text)) {
      prev.text = `${prev.text}\n${para.text}`;
      prev.footnotes.push(...para.footnotes);
      prev.where = `${prev.where.split('-')[0]}-${i + 1}`;
    } else out.push(para);
    prevLine = i;
  }
  return out;
}

/** A labelled line without end punctuation, then an unlabelled line with it: one broken paragraph. */
function continuesAfterBreak(prev: string, next: string): boolean {
  return prev.includes('\t') && !prev.includes('\n') && !hasParagraphEnd(prev) && !next.includes('\t') && hasParagraphEnd(next);
}

/** The line without its footnote bodies `[g: n<TAB>text]` (bracket matching: a body may hold brackets), which go to `bodies`. */
function cutBodies(line: string, bodies: Map<string, Body>): string {
  let rest = '';
  let from = 0;
  for (let i = line.indexOf('['); i >= 0; i = line.indexOf('[', i + 1)) {
    BODY_START.lastIndex = i;
    const m = BODY_START.exec(line);
    if (!m) continue;
    const end = matchingBracket(line, i);
    if (end < 0) continue;
    const inner = line.slice(i + m[0].length, end);
    const shown = /^\S+/.exec(inner)?.[0] ?? '';
    bodies.set(m[1], { shown, body: trimBlanks(inner.slice(shown.length)) });
    rest += line.slice(from, i);
    from = end + 1;
    i = end;
  }
  return rest + line.slice(from);
}

function withRefs(line: string, bodies: Map<string, Body>, lineNo: number): SourceParagraph {
  const footnotes: string[] = [];
  // The reference is followed by the number Word shows (`[footnoteRef:3]2`): drop exactly that.
  const text = line.replace(BOOKMARK, '').replace(FOOTNOTE_REF, (_m, g: string, digits: string) => {
    const note = bodies.get(g);
    footnotes.push(note?.body ?? '');
    const shown = note?.shown ?? digits;
    return FOOTNOTE_MARK + (digits.startsWith(shown) ? digits.slice(shown.length) : digits);
  });
  return { text: trimBlanks(text, 'end'), footnotes, where: `line ${lineNo}` };
}

function matchingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}
