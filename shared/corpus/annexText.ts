import { FOOTNOTE_MARK, type SourceParagraph } from './sourceParagraph';

const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const FOOTNOTE_REF = /\[footnoteRef:(\d+)\](\d*)/g;
const PARAGRAPH_END = /[,;.:]$/;

/**
 * Read the plain-text export of an ITU Word document (the format of the WTDC-22 annex): one line
 * per paragraph, Word bookmarks `[bookmark: …]` (dropped), footnote references `[footnoteRef:g]n`
 * with their bodies `[g: n<TAB>text]` inline (usually at the end of the referencing line).
 * A labelled line that ends without end punctuation and is followed by an unlabelled line that has
 * it is one paragraph with a manual line break (`forums/seminars/` + break + `workshops;`).
 */
export function readAnnexText(text: string): SourceParagraph[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const out: SourceParagraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const para = lineToParagraph(lines[i], i + 1);
    if (para.text.trim() === '') continue;
    const prev = out[out.length - 1];
    if (prev && prev.where === `line ${lastLineOf(prev)}` && continuesAfterBreak(prev.text, para.text)) {
      prev.text = `${prev.text}\n${para.text}`;
      prev.footnotes.push(...para.footnotes);
      prev.where = `${prev.where.split('-')[0]}-${i + 1}`;
      continue;
    }
    out.push(para);
  }
  return out;
}

function lastLineOf(p: SourceParagraph): string {
  return p.where.slice('line '.length);
}

/** A labelled line without end punctuation, then an unlabelled line with it: one broken paragraph. */
function continuesAfterBreak(prev: string, next: string): boolean {
  return prev.includes('\t') && !prev.includes('\n') && !PARAGRAPH_END.test(prev.trimEnd()) && !next.includes('\t') && PARAGRAPH_END.test(next.trimEnd());
}

function lineToParagraph(line: string, lineNo: number): SourceParagraph {
  const footnotes: string[] = [];
  const bodies = new Map<string, { shown: string; body: string }>();
  let rest = '';
  // Footnote bodies `[g: n<TAB>text]`: cut out with bracket matching (a body may hold brackets).
  for (let i = 0; i < line.length; ) {
    const m = /^\[(\d+): /.exec(line.slice(i, i + 12));
    if (m) {
      const end = matchingBracket(line, i);
      if (end > 0) {
        const inner = line.slice(i + m[0].length, end);
        const shown = /^\S+/.exec(inner)?.[0] ?? '';
        bodies.set(m[1], { shown, body: inner.slice(shown.length).trim() });
        i = end + 1;
        continue;
      }
    }
    rest += line[i];
    i++;
  }
  let text = rest.replace(BOOKMARK, '');
  // The reference is followed by the number Word shows (`[footnoteRef:3]2`): drop exactly that.
  text = text.replace(FOOTNOTE_REF, (_m, g: string, digits: string) => {
    const note = bodies.get(g);
    footnotes.push(note?.body ?? '');
    const shown = note?.shown ?? digits;
    return FOOTNOTE_MARK + (digits.startsWith(shown) ? digits.slice(shown.length) : digits);
  });
  return { text: text.replace(/[ \t]+$/, ''), footnotes, where: `line ${lineNo}` };
}

function matchingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '[') depth++;
    else if (s[i] === ']' && --depth === 0) return i;
  }
  return -1;
}
