import { Extension } from '@tiptap/react';
import { history, redo, undo } from '@tiptap/pm/history';

/** Undo/redo across every edit, including the structure guard's fixes (grouped with the edit). */
export const History = Extension.create({
  name: 'resdraftHistory',
  addProseMirrorPlugins() {
    return [history({ depth: 500, newGroupDelay: 500 })];
  },
  addKeyboardShortcuts() {
    return {
      'Mod-z': ({ editor }) => undo(editor.view.state, editor.view.dispatch),
      'Shift-Mod-z': ({ editor }) => redo(editor.view.state, editor.view.dispatch),
      'Mod-y': ({ editor }) => redo(editor.view.state, editor.view.dispatch),
    };
  },
});
