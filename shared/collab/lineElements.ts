import * as Y from 'yjs';
import { footnoteRefPattern } from '../grammar/footnoteRef';
import type { Resolution } from '../model/resolution';
import { flatten } from '../engine/flatten';
import { type LineKind } from './lineKinds';

export { LINE_KINDS, isLineKind, depthOf, listKindOf, footnoteIdOf, type LineKind } from './lineKinds';

/** The inline element of a footnote reference (`[^k]` in the layout), between the `Y.XmlText`s of a line. */
export const FOOTNOTE_REF = 'footnoteRef';

/** The attributes of a line or reference element: numbers (`depth`, `id`), strings (`kind`) and `bis` (an item inserted without renumbering). */
export type LineAttributes = { [key: string]: number | string | boolean };

/**
 * Set an attribute of a line or reference element to its value as the editor's node holds it
 * (y-tiptap writes attribute values as they are: `depth` and `id` are numbers). Yjs' types say
 * string by default, hence the one cast here.
 */
export function setLineAttribute(el: Y.XmlElement, key: string, value: number | string | boolean): void {
  el.setAttribute(key, value as string);
}

/**
 * The children of a line for its text in the layout: runs of text as `Y.XmlText`, each `[^k]` as a
 * `footnoteRef` element with `id` k, as y-tiptap writes a textblock (adjacent text in one
 * `Y.XmlText`; nothing for an empty line). `refs: false` keeps `[^k]` as text (the number line's
 * content is text only in the editor).
 */
export function inlineChildren(text: string, refs = true): Array<Y.XmlText | Y.XmlElement> {
  const out: Array<Y.XmlText | Y.XmlElement> = [];
  const pushText = (s: string): void => {
    if (s) out.push(new Y.XmlText(s));
  };
  if (!refs) {
    pushText(text);
    return out;
  }
  let last = 0;
  for (const m of text.matchAll(footnoteRefPattern())) {
    const at = m.index ?? 0;
    pushText(text.slice(last, at));
    const ref = new Y.XmlElement(FOOTNOTE_REF);
    setLineAttribute(ref, 'id', Number(m[1]));
    out.push(ref);
    last = at + m[0].length;
  }
  pushText(text.slice(last));
  return out;
}

/** A new line element of `kind` holding `text`, with its attributes (an item's `depth` and `kind`, a footnote's `id`). */
export function lineElement(kind: LineKind, text: string, attrs: LineAttributes = {}): Y.XmlElement {
  const el = new Y.XmlElement(kind);
  for (const [key, value] of Object.entries(attrs)) setLineAttribute(el, key, value);
  const children = inlineChildren(text, kind !== 'numberLine');
  if (children.length) el.insert(0, children);
  return el;
}

/**
 * The line elements of a resolution, one per line of the layout in its order (the engine's
 * `flatten`, as the editor's `fromModel` lays the lines out): the three head lines, each call then
 * its paragraphs and items (flat, with `depth` and `kind`), then the footnote bodies.
 */
export function lineElementsOf(res: Resolution): Y.XmlElement[] {
  const { head, body, footnotes } = flatten(res);
  return [
    ...[...head, ...body].map((line) =>
      // the editor's node attributes as y-tiptap writes them (`bis` only on a bis item: null is not written)
      line.kind === 'item' ? lineElement('item', line.text, { depth: line.depth, kind: line.listKind ?? 'alpha', ...(line.bis ? { bis: true } : {}) }) : lineElement(line.kind, line.text),
    ),
    ...footnotes.map((line, i) => lineElement('footnote', line.text, { id: res.footnotes[i].id })),
  ];
}
