import { Extension } from '@tiptap/react';
import { insertFootnote } from './insertCommands';

/** Keyboard shortcuts for the insert commands (the toolbar offers the same). */
export const CommandShortcuts = Extension.create({
  name: 'resolutionCommandShortcuts',
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-f': ({ editor }) => insertFootnote(editor.view.state, (tr) => editor.view.dispatch(tr)),
    };
  },
});
