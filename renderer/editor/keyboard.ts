import { Extension, type Editor } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { ListKind } from '../../shared/model/resolution';
import { itemPlaces } from './itemLabels';
import { deleteEmptyBackward, deleteEmptyForward } from './emptyBlocks';
import { fromPm, keymapOf } from './commandKeys';

type Dispatch = (tr: Transaction) => void;

interface BlockAt {
  node: PMNode;
  index: number;
  pos: number;
}

/** The top-level block holding the cursor (the document is flat: one textblock per line). */
export function blockAt(state: EditorState): BlockAt | null {
  const { $from } = state.selection;
  if ($from.depth < 1) return null;
  return { node: $from.node(1), index: $from.index(0), pos: $from.before(1) };
}

/** The kind a new sub-list takes under a list of `parent` kind. */
function subKind(parent: ListKind): ListKind {
  return parent === 'roman' ? 'dash' : 'roman';
}

/** Enter: a new item in the same list, leave the list from an empty item, split paragraphs. */
export function enter(state: EditorState, dispatch?: Dispatch): boolean {
  const at = blockAt(state);
  if (!at) return false;
  const { schema } = state;
  const name = at.node.type.name;
  if (name === 'numberLine' || name === 'title' || name === 'conferenceLine' || name === 'footnote') return true;
  let tr = state.tr;
  if (!state.selection.empty) tr = tr.deleteSelection();
  const $from = tr.selection.$from;
  if (name === 'item') {
    if (at.node.content.size === 0) {
      const depth = Number(at.node.attrs.depth);
      if (depth > 0) tr.setNodeMarkup(at.pos, undefined, { ...at.node.attrs, depth: depth - 1 });
      else tr.setNodeMarkup(at.pos, schema.nodes.paragraph);
    } else {
      tr.split($from.pos, 1, [{ type: schema.nodes.item, attrs: { ...at.node.attrs } }]);
    }
  } else if (name === 'call') {
    if ($from.parentOffset === $from.parent.content.size) {
      const after = at.pos + at.node.nodeSize;
      tr.insert(after, schema.nodes.paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
    } else {
      tr.split($from.pos, 1, [{ type: schema.nodes.paragraph }]);
    }
  } else {
    tr.split($from.pos, 1, [{ type: schema.nodes.paragraph }]);
  }
  dispatch?.(tr.scrollIntoView());
  return true;
}

/** Items that belong to the item at `index` (the following items nested deeper). */
function subtreeEnd(doc: PMNode, index: number, depth: number): number {
  let end = index + 1;
  while (end < doc.childCount) {
    const n = doc.child(end);
    if (n.type.name !== 'item' || Number(n.attrs.depth) <= depth) break;
    end++;
  }
  return end;
}

function shiftSubtree(tr: Transaction, doc: PMNode, index: number, delta: number, kind: ListKind): void {
  const depth = Number(doc.child(index).attrs.depth);
  const end = subtreeEnd(doc, index, depth);
  let pos = 0;
  for (let i = 0; i < end; i++) {
    const n = doc.child(i);
    if (i >= index) {
      const attrs: Record<string, unknown> = { ...n.attrs, depth: Math.max(0, Number(n.attrs.depth) + delta) };
      if (i === index) attrs.kind = kind;
      tr.setNodeMarkup(pos, undefined, attrs);
    }
    pos += n.nodeSize;
  }
}

/** Tab: nest the item (and its sub-items) one level; a paragraph becomes an item. */
export function nest(state: EditorState, dispatch?: Dispatch): boolean {
  const at = blockAt(state);
  if (!at) return false;
  const { doc, schema } = state;
  const places = itemPlaces(doc);
  const prev = at.index > 0 ? doc.child(at.index - 1) : null;
  if (at.node.type.name === 'paragraph') {
    const prevPlace = places[at.index - 1];
    const kind: ListKind = prevPlace && prevPlace.depth === 0 ? prevPlace.kind : 'alpha';
    dispatch?.(state.tr.setNodeMarkup(at.pos, schema.nodes.item, { depth: 0, kind }));
    return true;
  }
  if (at.node.type.name !== 'item') return true;
  const place = places[at.index];
  const prevPlace = places[at.index - 1];
  if (!place || !prev || !prevPlace || prevPlace.depth < place.depth) return true;
  // join the previous item's sub-list if there is one at the new depth, else open one
  let kind = subKind(place.kind);
  for (let i = at.index - 1; i >= 0; i--) {
    const p = places[i];
    if (!p || p.depth < place.depth) break;
    if (p.depth === place.depth + 1) {
      kind = p.kind;
      break;
    }
  }
  const tr = state.tr;
  shiftSubtree(tr, doc, at.index, 1, kind);
  dispatch?.(tr);
  return true;
}

/** Shift-Tab: un-nest the item (and its sub-items); a top-level item becomes a paragraph. */
export function unnest(state: EditorState, dispatch?: Dispatch): boolean {
  const at = blockAt(state);
  if (!at) return false;
  if (at.node.type.name !== 'item') return true;
  const { doc, schema } = state;
  const places = itemPlaces(doc);
  const place = places[at.index];
  if (!place) return true;
  const tr = state.tr;
  if (place.depth === 0) {
    const end = subtreeEnd(doc, at.index, 0);
    if (end > at.index + 1) shiftSubtree(tr, doc, at.index, -1, place.kind);
    tr.setNodeMarkup(at.pos, schema.nodes.paragraph);
  } else {
    let kind = place.kind;
    for (let i = at.index - 1; i >= 0; i--) {
      const p = places[i];
      if (!p) break;
      if (p.depth === place.depth - 1) {
        kind = p.kind;
        break;
      }
    }
    shiftSubtree(tr, doc, at.index, -1, kind);
  }
  dispatch?.(tr);
  return true;
}

/** Views where Esc was the last key: the next Tab or Shift-Tab leaves the editor instead of nesting. */
const escaped = new WeakSet<EditorView>();

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    resolutionKeyboard: {
      /** Enter: a new item in the same list (leaving the list from an empty item), a paragraph after a call, a line split. */
      newLine: () => ReturnType;
      /** Tab: nest the item (with its sub-items) one level; a paragraph becomes an item. */
      nestItem: () => ReturnType;
      /** Shift+Tab: un-nest the item (with its sub-items); a top-level item becomes a paragraph. */
      unnestItem: () => ReturnType;
      /** Backspace in an empty line: delete it, the caret to the end of the line before. */
      deleteEmptyLineBackward: () => ReturnType;
      /** Delete in an empty line: delete it, the caret to the start of the line after. */
      deleteEmptyLineForward: () => ReturnType;
    };
  }
}

/** Whether Esc came just before this Tab (then Tab and Shift+Tab leave the editor instead of nesting). */
function leaving(editor: Editor): boolean {
  if (!escaped.has(editor.view)) return false;
  escaped.delete(editor.view);
  return true;
}

/**
 * The drafter's keyboard model as TipTap commands: Enter, Tab / Shift-Tab (nest, un-nest; after
 * Esc they leave the editor, so the keyboard is never trapped), Backspace / Delete in an empty line
 * (delete it). Its keys come from the command table. First of all keymaps (priority), so TipTap's
 * default Enter and Backspace do not run before it.
 */
export const ResolutionKeyboard = Extension.create({
  name: 'resolutionKeyboard',
  priority: 1000,
  addCommands() {
    return {
      newLine: () => fromPm(enter),
      nestItem: () => fromPm(nest),
      unnestItem: () => fromPm(unnest),
      deleteEmptyLineBackward: () => fromPm(deleteEmptyBackward),
      deleteEmptyLineForward: () => fromPm(deleteEmptyForward),
    };
  },
  addKeyboardShortcuts() {
    const editor = this.editor;
    return keymapOf({
      newLine: () => editor.commands.newLine(),
      nestItem: () => !leaving(editor) && editor.commands.nestItem(),
      unnestItem: () => !leaving(editor) && editor.commands.unnestItem(),
      deleteEmptyLineBackward: () => editor.commands.deleteEmptyLineBackward(),
      deleteEmptyLineForward: () => editor.commands.deleteEmptyLineForward(),
    });
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('escapeThenTab'),
        props: {
          handleKeyDown: (view, event) => {
            if (event.key === 'Escape') escaped.add(view);
            else if (event.key !== 'Shift' && event.key !== 'Tab') escaped.delete(view);
            return false;
          },
          handleDOMEvents: {
            focus: (view) => {
              escaped.delete(view);
              return false;
            },
            mousedown: (view) => {
              escaped.delete(view);
              return false;
            },
          },
        },
      }),
    ];
  },
});
