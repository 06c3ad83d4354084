/** A key the editor answers to, for the keyboard help panel. */
export interface EditorShortcut {
  /** As shown to the user, e.g. `Alt+Shift+↑`. */
  keys: string;
  what: string;
}

/** The editor's own keys (the help panel lists them; each is bound in keyboard.ts, history.ts or commandShortcuts.ts). */
export const EDITOR_SHORTCUTS: readonly EditorShortcut[] = [
  { keys: 'Enter', what: 'New item in the same list (on an empty item: leave the list)' },
  { keys: 'Tab / Shift+Tab', what: 'Nest / un-nest the item' },
  { keys: 'Esc, then Tab / Shift+Tab', what: 'Leave the editor' },
  { keys: 'Alt+Shift+↑ / Alt+Shift+↓', what: 'Move the item (with its sub-items) up / down, also into the previous / next call' },
  { keys: 'Backspace / Delete in an empty line', what: 'Delete the line (the only line under a call goes with its call)' },
  { keys: 'Ctrl+X, Ctrl+V on whole items', what: 'Move the items (with their footnotes)' },
  { keys: 'Ctrl+Alt+F', what: 'Insert a footnote' },
  { keys: 'Ctrl+Z / Ctrl+Y', what: 'Undo / redo' },
];
