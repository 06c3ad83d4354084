/**
 * Reads a .docx written by the exporter the way Word applies revisions, without LibreOffice:
 * Accept All drops `w:del` runs and unwraps `w:ins`; a paragraph whose mark is deleted joins the
 * next paragraph. Reject All is the mirror image. The result has the shape the LibreOffice script
 * prints (paragraphs with `[^n]` anchors numbered through the document, footnote texts), so the
 * same checks run on both. This is the fast check; test/lo/ is the proof in a real word processor.
 */
import { strFromU8 } from 'fflate';
import { Window } from 'happy-dom';
import type { LoDoc } from '../lo/loReadBack';
import { assertWellFormedDocx } from '../support/strictXml';

/** The XML parts a test looks at. */
export interface DocxParts {
  document: string;
  footnotes: string;
  styles: string;
  settings: string;
}

/** Unzip the parts of a .docx (document and footnotes checked by a strict XML parser first). */
export function docxParts(bytes: Uint8Array): DocxParts {
  const files = assertWellFormedDocx(bytes);
  const get = (name: string): string => (files[name] ? strFromU8(files[name]) : '');
  return { document: get('word/document.xml'), footnotes: get('word/footnotes.xml'), styles: get('word/styles.xml'), settings: get('word/settings.xml') };
}

type Mode = 'accept' | 'reject' | 'asIs';
type Part = { text: string } | { note: string };

const window = new Window();

function parse(xml: string): Document {
  return new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document;
}

function childrenNamed(el: Element, name: string): Element[] {
  return Array.from(el.children).filter((c) => c.tagName === name);
}

/** The run wrappers that are revisions: insertions, deletions and the two places of a move. */
const REVISIONS = ['w:ins', 'w:del', 'w:moveTo', 'w:moveFrom'];

/** Whether a run wrapper survives: `w:ins` content is dropped on reject, `w:del` content on accept. */
function keeps(wrapper: string, mode: Mode): boolean {
  if (mode === 'asIs') return true;
  if (wrapper === 'w:ins' || wrapper === 'w:moveTo') return mode === 'accept';
  if (wrapper === 'w:del' || wrapper === 'w:moveFrom') return mode === 'reject';
  return true;
}

function runParts(run: Element): Part[] {
  const out: Part[] = [];
  for (const c of Array.from(run.children)) {
    if (c.tagName === 'w:t' || c.tagName === 'w:delText') out.push({ text: c.textContent ?? '' });
    else if (c.tagName === 'w:tab') out.push({ text: '\t' });
    else if (c.tagName === 'w:footnoteReference') out.push({ note: c.getAttribute('w:id') ?? '' });
  }
  return out;
}

function paragraphParts(p: Element, mode: Mode): Part[] {
  const out: Part[] = [];
  for (const c of Array.from(p.children)) {
    if (c.tagName === 'w:r') out.push(...runParts(c));
    else if (REVISIONS.includes(c.tagName) && keeps(c.tagName, mode)) {
      for (const r of childrenNamed(c, 'w:r')) out.push(...runParts(r));
    }
  }
  return out;
}

/** How a paragraph's own mark fares: removed (joins the next paragraph) or kept. */
function markRemoved(p: Element, mode: Mode): boolean {
  const rPr = p.getElementsByTagName('w:pPr')[0]?.getElementsByTagName('w:rPr')[0];
  if (!rPr || mode === 'asIs') return false;
  if (mode === 'accept') return rPr.getElementsByTagName('w:del').length > 0;
  return rPr.getElementsByTagName('w:ins').length > 0;
}

function paragraphsOf(root: Element, mode: Mode): Part[][] {
  const out: Part[][] = [];
  let carry: Part[] = [];
  for (const p of Array.from(root.children).filter((c) => c.tagName === 'w:p')) {
    const parts = [...carry, ...paragraphParts(p, mode)];
    if (markRemoved(p, mode)) carry = parts;
    else {
      out.push(parts);
      carry = [];
    }
  }
  if (carry.length > 0) out.push(carry);
  return out;
}

/** Apply Accept All, Reject All (or nothing) and read paragraphs and footnotes back. */
export function readDocx(bytes: Uint8Array, mode: Mode): LoDoc {
  const parts = docxParts(bytes);
  const body = parse(parts.document).getElementsByTagName('w:body')[0];
  const notes = new Map<string, Element>();
  if (parts.footnotes) {
    for (const fn of Array.from(parse(parts.footnotes).getElementsByTagName('w:footnote'))) notes.set(fn.getAttribute('w:id') ?? '', fn);
  }
  const footnotes: string[] = [];
  const paragraphs = paragraphsOf(body, mode).map((ps) =>
    ps
      .map((part) => {
        if ('text' in part) return part.text;
        const fn = notes.get(part.note);
        footnotes.push(fn ? paragraphsOf(fn, mode).map((x) => x.map((y) => ('text' in y ? y.text : '')).join('')).join('\n') : '(missing)');
        return `[^${footnotes.length}]`;
      })
      .join(''),
  );
  return { paragraphs, footnotes };
}

/** Count the revision elements written: run marks and paragraph-mark marks. */
export function countMarks(bytes: Uint8Array): { ins: number; del: number } {
  const { document, footnotes } = docxParts(bytes);
  const all = document + footnotes;
  return { ins: (all.match(/<w:(?:ins|moveTo) /g) ?? []).length, del: (all.match(/<w:(?:del|moveFrom) /g) ?? []).length };
}

/**
 * The marked words of the body paragraphs, in reading order, as `+word` / `-word`: the text of
 * every run inside a `w:ins` or `w:del` (footnote reference runs carry no words).
 */
export function docxMarkedWords(bytes: Uint8Array): string[] {
  const body = parse(docxParts(bytes).document).getElementsByTagName('w:body')[0];
  const out: string[] = [];
  for (const p of Array.from(body.getElementsByTagName('w:p'))) {
    for (const c of Array.from(p.children)) {
      if (!REVISIONS.includes(c.tagName)) continue;
      const sign = c.tagName === 'w:ins' || c.tagName === 'w:moveTo' ? '+' : '-';
      const text = childrenNamed(c, 'w:r').flatMap(runParts).map((part) => ('text' in part ? part.text : ' ')).join('');
      for (const w of wordsOf(text)) out.push(sign + w);
    }
  }
  return out;
}

const WORD_TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-\u2010\u2011.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/** The words of a text (footnote references `[^k]` are not words). */
export function wordsOf(text: string): string[] {
  return text.replace(/\[\^\d+\]/g, ' ').match(WORD_TOKEN) ?? [];
}
