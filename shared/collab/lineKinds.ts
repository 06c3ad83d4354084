import type { ListKind } from '../model/resolution';
import { LIST_KINDS } from '../grammar/labels';

/**
 * The line kinds of the shared draft: the node names of the editor's schema
 * (`renderer/editor/nodes/*`), which TipTap's Collaboration extension (`@tiptap/y-tiptap`) writes
 * as the names of the `Y.XmlElement`s it holds the editor's document in.
 */
export const LINE_KINDS = ['numberLine', 'title', 'conferenceLine', 'call', 'paragraph', 'item', 'footnote'] as const;

/** One line kind of the shared draft. */
export type LineKind = (typeof LINE_KINDS)[number];

/** Whether an element name is one of the line kinds. */
export function isLineKind(name: string): name is LineKind {
  return (LINE_KINDS as readonly string[]).includes(name);
}

/** An item's depth as the attribute holds it: a whole number from 0, else 0 (the editor's default). */
export function depthOf(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** An item's list kind as the attribute holds it, else `alpha` (the editor's default). */
export function listKindOf(value: unknown): ListKind {
  return typeof value === 'string' && (LIST_KINDS as readonly string[]).includes(value) ? (value as ListKind) : 'alpha';
}

/** A footnote's number as the attribute holds it, else 1 (the editor's default). */
export function footnoteIdOf(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

