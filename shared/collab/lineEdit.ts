import * as Y from 'yjs';
import { footnoteRefPattern } from '../grammar/footnoteRef';
import { toText } from '../text/toText';
import { FOOTNOTE_REF, setLineAttribute } from './lineElements';
import { inlineText, lineText, resolutionOfLines, type SharedLine } from './readLines';

/** An edit of the shared draft that cannot be made as asked; the message says why in the user's terms. */
export class LineEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LineEditError';
  }
}

/** A stretch of a line's layout text: a run of text (editable inside) or an inline element (a reference, taken whole). */
interface Segment {
  node: Y.XmlText | Y.XmlElement;
  index: number;
  from: number;
  to: number;
}

function segmentsOf(line: Y.XmlElement): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  line.toArray().forEach((node, index) => {
    if (!(node instanceof Y.XmlText || node instanceof Y.XmlElement)) return;
    const length = inlineText(node).length;
    out.push({ node, index, from: at, to: at + length });
    at += length;
  });
  return out;
}

/** `text` as layout pieces: runs of text and footnote numbers (`[^k]` → k). */
function piecesOf(text: string): Array<string | number> {
  const out: Array<string | number> = [];
  let last = 0;
  for (const m of text.matchAll(footnoteRefPattern())) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(Number(m[1]));
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function refElement(id: number): Y.XmlElement {
  const ref = new Y.XmlElement(FOOTNOTE_REF);
  setLineAttribute(ref, 'id', id);
  return ref;
}

/** Insert layout text at a child boundary of `line`: text joins a neighbouring run, `[^k]` becomes a reference. */
function insertAtBoundary(line: Y.XmlElement, childIndex: number, pieces: Array<string | number>): void {
  const children = line.toArray();
  const before = children[childIndex - 1];
  const after = children[childIndex];
  const nodes: Array<Y.XmlText | Y.XmlElement> = [];
  pieces.forEach((piece, i) => {
    if (typeof piece === 'number') nodes.push(refElement(piece));
    else if (i === 0 && before instanceof Y.XmlText) before.insert(before.length, piece);
    else if (i === pieces.length - 1 && after instanceof Y.XmlText) after.insert(0, piece);
    else nodes.push(new Y.XmlText(piece));
  });
  if (nodes.length) line.insert(childIndex, nodes);
}

/**
 * Replace `[from, to)` of a line's layout text (`lineText`) with `insert`, as the smallest edit of
 * the shared document: characters are deleted and inserted in the line's `Y.XmlText`s (so a
 * colleague's concurrent typing elsewhere in the line is kept), a footnote reference inside the
 * range is deleted whole, and each `[^k]` in `insert` becomes a reference (in a line that is stray
 * text, it stays text). A bound that cuts a reference is refused.
 */
export function replaceInLine(line: Y.XmlElement | Y.XmlText, from: number, to: number, insert: string): void {
  const run = (): void => {
    if (line instanceof Y.XmlText) {
      line.delete(from, to - from);
      if (insert) line.insert(from, insert);
      return;
    }
    const segments = segmentsOf(line);
    for (const s of segments) {
      const cuts = (p: number): boolean => p > s.from && p < s.to;
      if (s.node instanceof Y.XmlElement && (cuts(from) || cuts(to))) throw new LineEditError(`the text to replace cuts the footnote reference ${inlineText(s.node)}; include all of it or none`);
    }
    for (const s of [...segments].reverse()) {
      const a = Math.max(s.from, from);
      const b = Math.min(s.to, to);
      if (b <= a) continue;
      if (s.node instanceof Y.XmlText) s.node.delete(a - s.from, b - a);
      else line.delete(s.index, 1);
    }
    if (!insert) return;
    const pieces = piecesOf(insert);
    const after = segmentsOf(line);
    const inside = after.find((s) => s.node instanceof Y.XmlText && from > s.from && from < s.to);
    if (inside && inside.node instanceof Y.XmlText) {
      const offset = from - inside.from;
      if (pieces.every((p) => typeof p === 'string')) {
        inside.node.insert(offset, insert);
        return;
      }
      const tail = lineText(inside.node).slice(offset);
      inside.node.delete(offset, tail.length);
      const last = pieces.length - 1;
      if (typeof pieces[last] === 'string') pieces[last] = `${pieces[last] as string}${tail}`;
      else pieces.push(tail);
      insertAtBoundary(line, inside.index + 1, pieces);
      return;
    }
    const next = after.find((s) => s.from >= from && s.to > s.from);
    insertAtBoundary(line, next ? next.index : line.length, pieces);
  };
  if (line.doc) line.doc.transact(run);
  else run();
}

/** Where a text occurs in the shared draft: the line, and the range in its layout text. */
export interface LineRange {
  line: SharedLine;
  from: number;
  to: number;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/**
 * The one place `old` stands in the draft's text layout (`toText` of what the reader makes of
 * `lines`), within one line's own text. Refused, naming the problem: an empty text, a text not in
 * the layout or in it more than once, and one that spans a line end, an item's label or a footnote's
 * `[^k]: ` (labels and numbers are computed from position, never typed).
 */
export function locateOnce(lines: readonly SharedLine[], old: string): LineRange {
  if (old === '') throw new LineEditError('the text to replace is empty');
  const layout = toText(resolutionOfLines(lines));
  const found = occurrences(layout, old);
  if (found.length === 0) throw new LineEditError(`"${old}" is not in the proposal's text`);
  if (found.length > 1) throw new LineEditError(`"${old}" occurs ${found.length} times in the proposal's text; give more of the text around it so that it occurs once`);
  for (const line of lines) {
    const at = line.text.indexOf(old);
    if (at >= 0) return { line, from: at, to: at + old.length };
  }
  throw new LineEditError(`"${old}" spans more than the text of one line (a line end, an item's label or a footnote's number); replace text within one line`);
}

/** Check a replacement text: one line's text, without a line break or a tab. */
export function checkReplacement(text: string): void {
  if (/[\n\r\t]/.test(text)) throw new LineEditError('the new text must be text within one line, without a line break or a tab');
}
