import { fromPm, keymapOf } from '../commandKeys';
import { insertFootnote } from '../insertCommands';
import { footnoteIdAttribute } from './footnoteId';
import { lineNode } from './lineNode';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Insert a footnote reference at the caret and an empty body for it; the caret goes to the body. */
      insertFootnote: () => ReturnType;
    };
  }
}

/** An editable footnote body (`[^k]: text` at the end of the layout); `id` matches its reference. */
export const Footnote = lineNode('footnote', 'rd-footnote', {
  addAttributes() {
    return {
      id: footnoteIdAttribute,
    };
  },
  addCommands() {
    return {
      insertFootnote: () => fromPm(insertFootnote),
    };
  },
  addKeyboardShortcuts() {
    return keymapOf({ insertFootnote: () => this.editor.commands.insertFootnote() });
  },
});
