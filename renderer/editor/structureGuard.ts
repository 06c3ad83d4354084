import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection, type Transaction, type EditorState } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { itemPlaces } from './itemLabels';
import { fromSharedDocument } from '../collab/sharedOrigin';
import { fitStructure } from './structureFit';

/** Meta set on the guard's own transactions. */
export const GUARD_META = 'resdraftStructureGuard';

/**
 * Keeps the document a well-formed resolution after every change (typing, paste, drop, undo):
 * - item depths never jump more than one level, and an item continuing a list has that list's kind;
 * - footnotes are numbered 1, 2 … in order of first reference, each reference has exactly one
 *   body (an empty one is created for a new reference), and a body whose references are all
 *   gone is removed.
 * The schema accepts any order of lines (see nodes/document.ts): the footnote bodies are only
 * renumbered and completed while they all stand after the other lines, so no line is ever moved
 * or deleted to repair an order a merge left; the checks and the export report it.
 */
export function guardStructure(state: EditorState): Transaction | null {
  const { doc } = state;
  let tr: Transaction | null = null;
  const places = itemPlaces(doc);
  let pos = 0;
  doc.forEach((node, offset, index) => {
    pos = offset;
    const place = places[index];
    if (place && (node.attrs.depth !== place.depth || node.attrs.kind !== place.kind)) {
      tr ??= state.tr;
      tr.setNodeMarkup(pos, undefined, { ...node.attrs, depth: place.depth, kind: place.kind });
    }
  });
  const footnotes = footnoteFix(doc);
  if (footnotes) {
    tr ??= state.tr;
    for (const { pos: at, id } of footnotes.refs) tr.setNodeAttribute(at, 'id', id);
    const { $from } = state.selection;
    const inBody = $from.depth === 1 && $from.parent.type.name === 'footnote' ? { old: $from.parent.attrs.id, offset: $from.parentOffset } : null;
    tr.replaceWith(footnotes.from, doc.content.size, footnotes.bodies);
    if (inBody) {
      // keep the cursor in the body it was in, wherever that body moved
      let bodyPos = footnotes.from;
      for (const body of footnotes.bodies) {
        if (footnotes.renumber.get(inBody.old) === body.attrs.id) {
          tr.setSelection(TextSelection.create(tr.doc, bodyPos + 1 + Math.min(inBody.offset, body.content.size)));
          break;
        }
        bodyPos += body.nodeSize;
      }
    }
  }
  if (tr) (tr as Transaction).setMeta(GUARD_META, true).setMeta('addToHistory', true);
  return tr;
}

interface FootnoteFix {
  refs: { pos: number; id: number }[];
  from: number;
  bodies: PMNode[];
  /** old id → new id */
  renumber: Map<number, number>;
}

/** The footnote references in a block: where each stands (offset in the block) and its number. */
const refsOf = new WeakMap<PMNode, { at: number; id: number }[]>();

function blockRefs(block: PMNode): { at: number; id: number }[] {
  let refs = refsOf.get(block);
  if (refs) return refs;
  refs = [];
  block.forEach((child, childOffset) => {
    if (child.type.name === 'footnoteRef') refs!.push({ at: 1 + childOffset, id: Number(child.attrs.id) });
  });
  refsOf.set(block, refs);
  return refs;
}

function footnoteFix(doc: PMNode): FootnoteFix | null {
  const order = new Map<number, number>();
  const refs: { pos: number; old: number }[] = [];
  const bodies = new Map<number, PMNode>();
  const bodyIds: number[] = [];
  let from = doc.content.size;
  const scan = (block: PMNode, offset: number): void => {
    for (const r of blockRefs(block)) {
      if (!order.has(r.id)) order.set(r.id, order.size + 1);
      refs.push({ pos: offset + r.at, old: r.id });
    }
  };
  let bodiesLast = true;
  doc.forEach((block, offset) => {
    if (block.type.name === 'footnote') {
      if (from === doc.content.size) from = offset;
      if (!bodies.has(block.attrs.id)) bodies.set(block.attrs.id, block);
      bodyIds.push(block.attrs.id);
    } else {
      if (from !== doc.content.size) bodiesLast = false;
      scan(block, offset);
    }
  });
  if (!bodiesLast) return null;
  // references inside footnote bodies, in body order
  doc.forEach((block, offset) => {
    if (block.type.name === 'footnote' && order.has(block.attrs.id)) scan(block, offset);
  });
  // nothing to do when every reference keeps its number and the bodies are those numbers, in order
  let changed = refs.some((r) => order.get(r.old) !== r.old) || bodyIds.length !== order.size;
  if (!changed) {
    let i = 0;
    for (const [, id] of order) if (bodyIds[i++] !== id) changed = true;
  }
  if (!changed) return null;
  const footnoteType = doc.type.schema.nodes.footnote;
  const outBodies: PMNode[] = [];
  for (const [old, id] of order) {
    const body = bodies.get(old);
    outBodies.push(body ? footnoteType.create({ id }, body.content) : footnoteType.create({ id }));
  }
  return { refs: refs.map((r) => ({ pos: r.pos, id: order.get(r.old) as number })), from, bodies: outBodies, renumber: order };
}

/** The structure guard as a TipTap extension. */
export const StructureGuard = Extension.create({
  name: 'structureGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('structureGuard'),
        // not for a change that came from a shared proposal's document (a colleague's edit, a merge,
        // Yjs' undo): every participant's guard fixed its own edits, and all of them fixing a merge
        // again would make the same repair several times over
        appendTransaction: (trs, old, state) => {
          if (!trs.some((t) => t.docChanged && !fromSharedDocument(t))) return null;
          const fit = fitStructure(old.doc, state);
          return fit ? fit.setMeta(GUARD_META, true).setMeta('addToHistory', true) : guardStructure(state);
        },
      }),
    ];
  },
});
