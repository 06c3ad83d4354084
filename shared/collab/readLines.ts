import * as Y from 'yjs';
import { footnoteRef } from '../grammar/footnoteRef';
import type { Call, List, Resolution } from '../model/resolution';
import { FOOTNOTE_REF, depthOf, footnoteIdOf, isLineKind, listKindOf, type LineKind } from './lineElements';

/**
 * Reading the shared draft back into the resolution model, for any sequence of lines a merge can
 * leave (concurrent edits are merged line by line, so the lines may stand in any order).
 *
 * The rule is the editor's `toModel` (`renderer/editor/toModel.ts`): the head lines set the number
 * line, title and conference line; a call opens a call; paragraphs and items go under the call
 * before them (items flat with `depth` and `kind`: a depth more than one below the previous item is
 * clamped, an item continuing a list takes that list's kind); footnote bodies are collected in order
 * wherever they stand, so an item after a footnote still goes under the last call. Where `toModel`
 * would drop text, this reader keeps it, loosened so:
 *
 * - a paragraph or item before the first call opens a call with an empty phrase (the checks report
 *   an empty call; nothing is deleted to repair the structure);
 * - only the first number line, title and conference line are the head; a later one is read as a
 *   paragraph where it stands (`toModel` keeps the last and drops the others);
 * - an element of a kind the editor does not know, and text standing outside any line, are read as
 *   paragraphs; an inline element other than a footnote reference gives its text;
 * - an attribute out of range reads as the editor's default (depth 0, kind `alpha`, footnote 1).
 *
 * So every character of every line is in the model, and the count of lines and characters of the
 * layout (`toLines`) matches the shared draft's (`test/collab/sharedDraft.test.ts` proves both).
 */

/** One line of the shared draft as the reader takes it. */
export interface SharedLine {
  /** The kind it is read as (see the rule above): a stray head line or unknown element is a `paragraph`. */
  kind: LineKind;
  /** Its text in the layout: footnote references as `[^k]`. */
  text: string;
  /** The element (or stray text) it was read from, for edits. */
  node: Y.XmlElement | Y.XmlText;
  /** An item's depth as held (before clamping) and list kind; a footnote's number. */
  depth: number;
  listKind: ReturnType<typeof listKindOf>;
  id: number;
  /** An item inserted without renumbering (`bbis)`, the editor's `bis` attribute). */
  bis?: true;
}

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

const HEAD_KINDS: ReadonlySet<LineKind> = new Set(['numberLine', 'title', 'conferenceLine']);

/** The lines of a shared draft in their order, each with the kind the reader takes it as. */
export function sharedLines(fragment: Y.XmlFragment): SharedLine[] {
  const seenHeads = new Set<LineKind>();
  const out: SharedLine[] = [];
  for (const node of fragment.toArray()) {
    if (!(node instanceof Y.XmlElement || node instanceof Y.XmlText)) continue; // a hook holds no text
    let kind: LineKind = 'paragraph';
    if (node instanceof Y.XmlElement && isLineKind(node.nodeName)) kind = node.nodeName;
    if (HEAD_KINDS.has(kind)) {
      if (seenHeads.has(kind)) kind = 'paragraph';
      else seenHeads.add(kind);
    }
    const attr = (key: string): unknown => (node instanceof Y.XmlElement ? node.getAttribute(key) : undefined);
    out.push({ kind, text: lineText(node), node, depth: depthOf(attr('depth')), listKind: listKindOf(attr('kind')), id: footnoteIdOf(attr('id')), ...(attr('bis') === true ? { bis: true as const } : {}) });
  }
  return out;
}

/** The resolution model of the shared draft's lines, by the rule in this module's comment. */
export function resolutionOfLines(lines: readonly SharedLine[]): Resolution {
  const res: Resolution = { numberLine: '', title: '', conferenceLine: '', calls: [], footnotes: [] };
  let call: Call | undefined;
  let stack: List[] = [];
  const currentCall = (): Call => {
    if (!call) {
      call = { phrase: '', blocks: [] };
      res.calls.push(call);
    }
    return call;
  };
  for (const line of lines) {
    switch (line.kind) {
      case 'numberLine':
        res.numberLine = line.text;
        break;
      case 'title':
        res.title = line.text;
        break;
      case 'conferenceLine':
        res.conferenceLine = line.text;
        break;
      case 'call':
        call = { phrase: line.text, blocks: [] };
        res.calls.push(call);
        stack = [];
        break;
      case 'paragraph':
        currentCall().blocks.push({ type: 'paragraph', text: line.text });
        stack = [];
        break;
      case 'item': {
        const owner = currentCall();
        const depth = Math.min(line.depth, stack.length);
        const item = line.bis ? { text: line.text, bis: true as const } : { text: line.text };
        if (depth === stack.length) {
          const list: List = { type: 'list', kind: line.listKind, items: [item] };
          if (depth === 0) owner.blocks.push(list);
          else {
            const parent = stack[depth - 1];
            parent.items[parent.items.length - 1].sublist = list;
          }
          stack.push(list);
        } else {
          stack = stack.slice(0, depth + 1);
          stack[depth].items.push(item);
        }
        break;
      }
      case 'footnote':
        res.footnotes.push({ id: line.id, text: line.text });
        break;
    }
  }
  return res;
}

/** The resolution model of a shared draft (the `Y.XmlFragment` the editor is bound to). */
export function readDraft(fragment: Y.XmlFragment): Resolution {
  return resolutionOfLines(sharedLines(fragment));
}
