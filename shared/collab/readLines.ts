import * as Y from 'yjs';
import { footnoteRef } from '../grammar/footnoteRef';
import type { Resolution } from '../model/resolution';
import { FOOTNOTE_REF, depthOf, footnoteIdOf, listKindOf, type LineKind } from './lineElements';
import { lineKindRead, resolutionOfLines, type DraftLine } from './draftLines';

export { resolutionOfLines, type DraftLine } from './draftLines';

/**
 * Reading a draft's lines into the resolution model, for any sequence of lines a merge can leave
 * (concurrent edits are merged line by line, so the lines may stand in any order). This is the one
 * reader of lines (`resolutionOfLines` in `draftLines.ts`): the shared document here, and the
 * editor's document through `renderer/editor/toModel.ts`, whose schema accepts any sequence of
 * lines for the same reason.
 *
 * The rule: the head lines set the number line, title and conference line; a call opens a call;
 * paragraphs and items go under the call before them (items flat with `depth` and `kind`: a depth
 * more than one below the previous item is clamped, an item continuing a list takes that list's
 * kind); footnote bodies are collected in order wherever they stand, so an item after a footnote
 * still goes under the last call. Nothing is dropped:
 *
 * - a paragraph or item before the first call opens a call with an empty phrase (the checks report
 *   it, naming the line, and the export refuses it; nothing is deleted to repair the structure);
 * - only the first number line, title and conference line are the head; a later one is read as a
 *   paragraph where it stands;
 * - an element of a kind the editor does not know, and text standing outside any line, are read as
 *   paragraphs; an inline element other than a footnote reference gives its text;
 * - an attribute out of range reads as the editor's default (depth 0, kind `alpha`, footnote 1).
 *
 * So every character of every line is in the model, and the count of lines and characters of the
 * layout (`toLines`) matches the shared draft's (`test/collab/sharedDraft.test.ts` proves both).
 */

/** One line of the shared draft as the reader takes it. */
export type SharedLine = DraftLine<Y.XmlElement | Y.XmlText>;

/** The text of a `Y.XmlText` (its string runs; an embedded type gives its text). */
function xmlTextText(text: Y.XmlText): string {
  let s = '';
  for (const op of text.toDelta() as Array<{ insert: unknown }>) {
    if (typeof op.insert === 'string') s += op.insert;
    else if (op.insert instanceof Y.XmlElement || op.insert instanceof Y.XmlText) s += inlineText(op.insert);
  }
  return s;
}

/** The layout text of one child of a line: a text run, a footnote reference as `[^k]`, another inline element as its text. */
export function inlineText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return xmlTextText(node);
  if (node.nodeName === FOOTNOTE_REF) return footnoteRef(footnoteIdOf(node.getAttribute('id')));
  return lineText(node);
}

/** The text of a line in the layout: its text runs, each footnote reference as `[^k]`. */
export function lineText(line: Y.XmlElement | Y.XmlText): string {
  if (line instanceof Y.XmlText) return xmlTextText(line);
  let s = '';
  for (const child of line.toArray()) {
    if (child instanceof Y.XmlElement || child instanceof Y.XmlText) s += inlineText(child);
  }
  return s;
}

/** The lines of a shared draft in their order, each with the kind the reader takes it as. */
export function sharedLines(fragment: Y.XmlFragment): SharedLine[] {
  const seenHeads = new Set<LineKind>();
  const out: SharedLine[] = [];
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement || node instanceof Y.XmlText)) continue; // a hook holds no text
    const kind = lineKindRead(node instanceof Y.XmlElement ? node.nodeName : null, seenHeads);
    const attr = (key: string): unknown => (node instanceof Y.XmlElement ? node.getAttribute(key) : undefined);
    out.push({ kind, text: lineText(node), node, depth: depthOf(attr('depth')), listKind: listKindOf(attr('kind')), id: footnoteIdOf(attr('id')), ...(attr('bis') === true ? { bis: true as const } : {}) });
  }
  return out;
}

/** The resolution model of a shared draft (the `Y.XmlFragment` the editor is bound to). */
export function readDraft(fragment: Y.XmlFragment): Resolution {
  return resolutionOfLines(sharedLines(fragment));
}
