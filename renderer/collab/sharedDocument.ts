import type { Extensions } from '@tiptap/react';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { DRAFT_FIELD } from '../../shared/collab/sharedProposal';
import { keymapOf } from '../editor/commandKeys';
import { HUES, type CoDraftingSession } from './coDraftingSession';
import './sharedDocument.css';

/**
 * The editor bound to a shared proposal's document: TipTap's Collaboration extension (the draft
 * is the document's `draft` fragment; its undo and redo are Yjs' undo manager, which undoes only
 * this participant's edits, on the keys of the command table) and each participant's caret and
 * selection with their name (the collaboration caret, from the provider's awareness).
 */
export function sharedDocument(session: CoDraftingSession): Extensions {
  return [
    Collaboration.extend({
      addKeyboardShortcuts() {
        const editor = this.editor;
        return keymapOf({ undo: () => editor.commands.undo(), redo: () => editor.commands.redo() });
      },
    }).configure({ document: session.doc, field: DRAFT_FIELD, provider: session.provider }),
    CollaborationCaret.configure({
      provider: session.provider,
      user: session.provider.awareness?.getLocalState()?.user ?? { name: session.name },
      // classes, not inline styles: the page's Content-Security-Policy allows no style attribute
      render: (user: Record<string, unknown>) => {
        const caret = document.createElement('span');
        caret.className = `rd-peer-caret ${hueClass(user)}`;
        caret.dataset.peer = String(user.name ?? '');
        const label = document.createElement('span');
        label.className = 'rd-peer-name';
        label.textContent = String(user.name ?? '');
        caret.append(label);
        return caret;
      },
      selectionRender: (user: Record<string, unknown>) => ({ nodeName: 'span', class: `rd-peer-selection ${hueClass(user)}` }),
    }),
  ];
}

/** The colour class of a participant (the hue their session chose from their name). */
function hueClass(user: Record<string, unknown>): string {
  const hue = Number(user.hue);
  return `rd-peer-${Number.isInteger(hue) && hue >= 0 && hue < HUES ? hue : 0}`;
}
