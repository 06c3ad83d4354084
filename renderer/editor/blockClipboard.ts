import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { itemPlaces } from './itemLabels';
import { blockText } from './toModel';
import { keepsResolutionStructure } from './resolutionStructure';

type Dispatch = (tr: Transaction) => void;

/** Clipboard type of whole lines cut or copied in the editor (JSON of the blocks). */
export const BLOCKS_MIME = 'application/x-resdraft-blocks';

const WHOLE = new Set(['item', 'paragraph']);

/** Top-level block range `[from, to)` of a selection that covers whole items or paragraphs, else null. */
export function wholeBlocks(state: EditorState): { from: number; to: number } | null {
  const { $from, $to, empty } = state.selection;
  if (empty || $from.depth !== 1 || $to.depth !== 1 || $from.parentOffset !== 0) return null;
  const from = $from.index(0);
  let to: number;
  if ($to.parentOffset === $to.parent.content.size) to = $to.index(0) + 1;
  else if ($to.parentOffset === 0 && $to.index(0) > from) to = $to.index(0);
  else return null;
  for (let i = from; i < to; i++) if (!WHOLE.has(state.doc.child(i).type.name)) return null;
  return { from, to };
}

function children(doc: PMNode): PMNode[] {
  const out: PMNode[] = [];
  doc.forEach((n) => out.push(n));
  return out;
}

function posOf(nodes: PMNode[], index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += nodes[i].nodeSize;
  return pos;
}

/** What the clipboard holds: the lines, and the bodies of the footnotes they reference. */
interface Payload {
  blocks: unknown[];
  footnotes: unknown[];
}

function refIds(blocks: PMNode[]): Set<number> {
  const ids = new Set<number>();
  for (const b of blocks) b.descendants((n) => void (n.type.name === 'footnoteRef' && ids.add(Number(n.attrs.id))));
  return ids;
}

/** What whole lines put on the clipboard: the blocks (with their footnotes) as JSON, and the lines as text with their labels. */
export function clipboardOf(state: EditorState, range: { from: number; to: number }): { json: string; text: string } {
  const places = itemPlaces(state.doc);
  const all = children(state.doc);
  const blocks = all.slice(range.from, range.to);
  const text = blocks.map((b, k) => {
    const place = places[range.from + k];
    return place ? `${'\t'.repeat(place.depth)}${place.label}\t${blockText(b)}` : blockText(b);
  });
  const ids = refIds(blocks);
  const footnotes = all.filter((n) => n.type.name === 'footnote' && ids.has(Number(n.attrs.id)));
  const payload: Payload = { blocks: blocks.map((b) => b.toJSON()), footnotes: footnotes.map((f) => f.toJSON()) };
  return { json: JSON.stringify(payload), text: text.join('\n') };
}

/** The pasted blocks and footnote bodies, their references renumbered past the document's own (the structure guard then numbers them in order). */
function parsePayload(json: string, state: EditorState): { blocks: PMNode[]; footnotes: PMNode[] } | null {
  try {
    const payload = JSON.parse(json) as Payload;
    if (!Array.isArray(payload.blocks) || payload.blocks.length === 0 || !Array.isArray(payload.footnotes)) return null;
    let max = 0;
    state.doc.descendants((n) => {
      if (n.type.name === 'footnote' || n.type.name === 'footnoteRef') max = Math.max(max, Number(n.attrs.id));
    });
    const fresh = new Map<number, number>();
    const renumber = (j: unknown): unknown => {
      if (Array.isArray(j)) return j.map(renumber);
      if (typeof j !== 'object' || j === null) return j;
      const o = j as { type?: string; attrs?: { id?: number } };
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(o)) out[k] = renumber(v);
      if ((o.type === 'footnoteRef' || o.type === 'footnote') && o.attrs) {
        const old = Number(o.attrs.id);
        if (!fresh.has(old)) fresh.set(old, max + fresh.size + 1);
        out.attrs = { ...o.attrs, id: fresh.get(old) };
      }
      return out;
    };
    const blocks = (renumber(payload.blocks) as unknown[]).map((j) => state.schema.nodeFromJSON(j));
    const footnotes = (renumber(payload.footnotes) as unknown[]).map((j) => state.schema.nodeFromJSON(j));
    if (blocks.some((b) => !WHOLE.has(b.type.name)) || footnotes.some((f) => f.type.name !== 'footnote')) return null;
    return { blocks, footnotes };
  } catch {
    return null;
  }
}

/** Cut of whole lines: the lines go, not only their text (no empty item is left behind). */
export function cutBlocks(state: EditorState, range: { from: number; to: number }, dispatch?: Dispatch): boolean {
  const nodes = children(state.doc);
  if (!keepsResolutionStructure(nodes, [...nodes.slice(0, range.from), ...nodes.slice(range.to)])) return false;
  if (!dispatch) return true;
  const start = posOf(nodes, range.from);
  const tr = state.tr.delete(start, posOf(nodes, range.to));
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(start, tr.doc.content.size)), 1));
  dispatch(tr.scrollIntoView());
  return true;
}

/**
 * Paste of whole lines (cut or copied in the editor) as lines: into an empty line they replace
 * it; with the caret at the start of a line they go before it, otherwise after it. Their footnotes
 * come with them. False when the lines cannot stand there (e.g. before the first call): the
 * caller pastes them as text.
 */
export function pasteBlocks(json: string, state: EditorState, dispatch?: Dispatch): boolean {
  const parsed = parsePayload(json, state);
  if (!parsed) return false;
  const { blocks, footnotes } = parsed;
  const { $from } = state.selection;
  if ($from.depth !== 1) return false;
  const nodes = children(state.doc);
  const index = $from.index(0);
  const here = nodes[index];
  const replace = WHOLE.has(here.type.name) && here.content.size === 0;
  const at = replace || $from.parentOffset === 0 ? index : index + 1;
  const next = [...nodes.slice(0, at), ...blocks, ...nodes.slice(replace ? at + 1 : at)];
  if (!keepsResolutionStructure(nodes, next)) return false;
  if (!dispatch) return true;
  const start = posOf(nodes, at);
  const tr = state.tr;
  if (replace) tr.replaceWith(start, start + here.nodeSize, Fragment.from(blocks));
  else tr.insert(start, Fragment.from(blocks));
  const end = start + blocks.reduce((n, b) => n + b.nodeSize, 0);
  if (footnotes.length) tr.insert(tr.doc.content.size, Fragment.from(footnotes));
  tr.setSelection(TextSelection.create(tr.doc, end - 1));
  dispatch(tr.scrollIntoView());
  return true;
}
