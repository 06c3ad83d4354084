import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { itemPlaces } from './itemLabels';
import { blockText } from './toModel';

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

/** What whole lines put on the clipboard: the blocks as JSON, and the lines as text with their labels. */
export function clipboardOf(state: EditorState, range: { from: number; to: number }): { json: string; text: string } {
  const places = itemPlaces(state.doc);
  const blocks = children(state.doc).slice(range.from, range.to);
  const text = blocks.map((b, k) => {
    const place = places[range.from + k];
    return place ? `${'\t'.repeat(place.depth)}${place.label}\t${blockText(b)}` : blockText(b);
  });
  return { json: JSON.stringify(blocks.map((b) => b.toJSON())), text: text.join('\n') };
}

/** Cut of whole lines: the lines go, not only their text (no empty item is left behind). */
export function cutBlocks(state: EditorState, range: { from: number; to: number }, dispatch?: Dispatch): boolean {
  const nodes = children(state.doc);
  if (!state.doc.type.validContent(Fragment.from([...nodes.slice(0, range.from), ...nodes.slice(range.to)]))) return false;
  if (!dispatch) return true;
  const start = posOf(nodes, range.from);
  const tr = state.tr.delete(start, posOf(nodes, range.to));
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(start, tr.doc.content.size)), 1));
  dispatch(tr.scrollIntoView());
  return true;
}

/**
 * Paste of whole lines (cut or copied in the editor) as lines: into an empty line they replace
 * it; with the caret at the start of a line they go before it, otherwise after it. False when the
 * lines cannot stand there (e.g. before the first call): the caller pastes them as text.
 */
export function pasteBlocks(json: string, state: EditorState, dispatch?: Dispatch): boolean {
  let blocks: PMNode[];
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!Array.isArray(parsed) || parsed.length === 0) return false;
    blocks = parsed.map((j) => state.schema.nodeFromJSON(j));
  } catch {
    return false;
  }
  if (blocks.some((b) => !WHOLE.has(b.type.name))) return false;
  const { $from } = state.selection;
  if ($from.depth !== 1) return false;
  const nodes = children(state.doc);
  const index = $from.index(0);
  const here = nodes[index];
  const replace = WHOLE.has(here.type.name) && here.content.size === 0;
  const at = replace || $from.parentOffset === 0 ? index : index + 1;
  const next = [...nodes.slice(0, at), ...blocks, ...nodes.slice(replace ? at + 1 : at)];
  if (!state.doc.type.validContent(Fragment.from(next))) return false;
  if (!dispatch) return true;
  const start = posOf(nodes, at);
  const tr = state.tr;
  if (replace) tr.replaceWith(start, start + here.nodeSize, Fragment.from(blocks));
  else tr.insert(start, Fragment.from(blocks));
  const end = start + blocks.reduce((n, b) => n + b.nodeSize, 0);
  tr.setSelection(TextSelection.create(tr.doc, end - 1));
  dispatch(tr.scrollIntoView());
  return true;
}
