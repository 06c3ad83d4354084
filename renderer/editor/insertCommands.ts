import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { listKindForCall } from '../../shared/grammar/callPhrase';
import { blockAt } from './keyboard';

type Dispatch = (tr: Transaction) => void;

/**
 * Insert a call after the call section holding the cursor (or before the footnotes), with one
 * empty item, and put the cursor in that item.
 */
export function insertCall(phrase: string, state: EditorState, dispatch?: Dispatch): boolean {
  const text = phrase.replace(/\s+/g, ' ').trim();
  if (!text) return false;
  const { doc, schema } = state;
  const at = blockAt(state);
  let index = at ? at.index + 1 : doc.childCount;
  while (index < doc.childCount && ['paragraph', 'item'].includes(doc.child(index).type.name)) index++;
  while (index > 0 && doc.child(index - 1).type.name === 'footnote') index--;
  if (index < 3) index = 3;
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  const call = schema.nodes.call.create(null, schema.text(text));
  const item = schema.nodes.item.create({ depth: 0, kind: listKindForCall(text) });
  const tr = state.tr.insert(pos, [call, item]);
  tr.setSelection(TextSelection.create(tr.doc, pos + call.nodeSize + 1)).scrollIntoView();
  dispatch?.(tr);
  return true;
}

/**
 * Insert a footnote reference at the cursor and an empty body for it; the structure guard
 * numbers it in order of first reference. The cursor moves to the new body.
 */
export function insertFootnote(state: EditorState, dispatch?: Dispatch): boolean {
  const { schema } = state;
  const at = blockAt(state);
  if (!at || ['numberLine', 'footnote'].includes(at.node.type.name)) return false;
  const marker = 1_000_000 + Math.floor(Math.random() * 1_000_000);
  const tr = state.tr.replaceSelectionWith(schema.nodes.footnoteRef.create({ id: marker }), false);
  const end = tr.doc.content.size;
  tr.insert(end, schema.nodes.footnote.create({ id: marker }));
  tr.setSelection(TextSelection.create(tr.doc, end + 1)).scrollIntoView();
  dispatch?.(tr);
  return true;
}
