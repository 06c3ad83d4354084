import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The printable text a keypress types, or null for keys the browser or other handlers own. */
function typedText(event: KeyboardEvent): string | null {
  if (event.isComposing || (event.ctrlKey && !event.altKey) || event.metaKey) return null;
  const text = event.key;
  // one printable character (a code point; an astral one is two UTF-16 units)
  if ([...text].length !== 1 || /[\r\n\t]/.test(text) || text < ' ') return null;
  return text;
}

/**
 * Typing applied by the editor itself: a printable key inserts its character through a transaction
 * (the same `insertText` ProseMirror uses for other selections, input rules given their say) instead
 * of letting the browser edit the page and reading the change back from the DOM. On a long marked
 * resolution the browser's own edit of the contenteditable and the read-back cost more than the
 * marks; this way a keystroke is one transaction and one redraw. Composition (IME, dead keys), Enter,
 * Tab, shortcuts and everything else keep their usual paths.
 */
export const DirectTyping = Extension.create({
  name: 'directTyping',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('directTyping'),
        props: {
          handleKeyPress: (view: EditorView, event: KeyboardEvent) => {
            if (view.composing) return false;
            const text = typedText(event);
            const sel = view.state.selection;
            if (text === null || !(sel instanceof TextSelection) || !sel.$from.sameParent(sel.$to) || !sel.$from.parent.inlineContent) return false;
            const { from, to } = sel;
            const deflt = () => view.state.tr.insertText(text, from, to).scrollIntoView();
            if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, deflt))) view.dispatch(deflt());
            return true;
          },
        },
      }),
    ];
  },
});
