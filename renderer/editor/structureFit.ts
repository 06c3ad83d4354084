import type { Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { Resolution } from '../../shared/model/resolution';
import { differingStretch } from './differingStretch';
import { fromModel } from './fromModel';
import { isResolutionDoc } from './resolutionStructure';
import { toModel } from './toModel';

/** The model laid out as a resolution needs it: a call where there is none, an empty paragraph under a call with nothing under it. */
function fitted(res: Resolution): Resolution {
  const calls = res.calls.length ? res.calls : [{ phrase: '', blocks: [] }];
  return { ...res, calls: calls.map((c) => (c.blocks.length ? c : { ...c, blocks: [{ type: 'paragraph', text: '' }] })) };
}

/**
 * After this window's own edit turned a resolution into lines out of its order (select-all and
 * Delete, a cut across a call line), the lines are laid out again as a resolution, as the model
 * reads them: the head lines first, each call with its lines, footnotes last, an empty line where
 * one is needed. Nothing is deleted; only the stretch that differs is replaced, in the same undo
 * step as the edit. A document that was not a resolution before (a merge left it so) is left as it
 * is: the checks name what is out of place.
 */
export function fitStructure(before: PMNode, state: EditorState): Transaction | null {
  if (!isResolutionDoc(before) || isResolutionDoc(state.doc)) return null;
  const next = state.schema.nodeFromJSON(fromModel(fitted(toModel(state.doc))));
  if (!isResolutionDoc(next)) return null;
  const stretch = differingStretch(state.doc, next);
  if (!stretch) return null;
  const { start, endA, endB } = stretch;
  const tr = state.tr.replace(start, endA, next.slice(start, endB));
  const caret = tr.mapping.map(state.selection.head);
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(caret, tr.doc.content.size))));
  return tr;
}
