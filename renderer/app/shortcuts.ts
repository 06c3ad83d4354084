import type { HostCommand } from '../../shared/host/hostApi';

/** One shortcut as the help panel lists it. */
export interface Shortcut {
  keys: string;
  what: string;
}

/** A group of shortcuts in the help panel. */
export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

/** The window's command for a key press (the desktop menus' accelerators), or `null`. */
export function commandForKey(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'code'>): HostCommand | null {
  if (!(e.ctrlKey || e.metaKey)) return null;
  if (e.code === 'KeyS') {
    if (e.altKey && !e.shiftKey) return { type: 'createVersion' };
    if (e.shiftKey && !e.altKey) return { type: 'saveAs' };
    if (!e.shiftKey && !e.altKey) return { type: 'save' };
  }
  if (e.code === 'KeyO' && !e.shiftKey && !e.altKey) return { type: 'open' };
  return null;
}

/** Every shortcut of the app, for the help panel (F1 or ?). */
export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Contribution',
    shortcuts: [
      { keys: 'Ctrl+S', what: 'Save' },
      { keys: 'Ctrl+Shift+S', what: 'Save as…' },
      { keys: 'Ctrl+Alt+S', what: 'Save a named version' },
      { keys: 'Ctrl+O', what: 'Open…' },
      { keys: 'Ctrl+Shift+K', what: 'Checks before sending' },
      { keys: 'Ctrl+Shift+E', what: 'Export…' },
      { keys: 'Ctrl+,', what: 'Settings' },
      { keys: 'F1 or ?', what: 'This help' },
    ],
  },
  {
    title: 'Editing a draft',
    shortcuts: [
      { keys: 'Enter (end of an item)', what: 'A new item in the same list; labels renumber' },
      { keys: 'Enter (empty item)', what: 'Leave the list' },
      { keys: 'Tab / Shift+Tab', what: 'Nest / un-nest an item' },
      { keys: 'Esc, then Tab', what: 'Leave the editor (to the next control)' },
      { keys: 'Backspace (start of an item)', what: 'Join it to the previous one' },
      { keys: 'Ctrl+Alt+F', what: 'Insert a footnote' },
      { keys: 'Ctrl+Z / Ctrl+Y', what: 'Undo / redo' },
      { keys: 'Alt+F6', what: 'Next change' },
      { keys: 'Alt+Shift+F6', what: 'Previous change' },
      { keys: 'Ctrl+H', what: 'Find and replace' },
    ],
  },
  {
    title: 'Moving around',
    shortcuts: [
      { keys: 'Tab / Shift+Tab', what: 'Next / previous control (outside the editor)' },
      { keys: 'Esc', what: 'Close a dialog' },
    ],
  },
  {
    title: 'Synopsis and common proposal',
    shortcuts: [
      { keys: 'Ctrl+Enter (in a wording box)', what: 'Use my wording for the line' },
      { keys: 'Esc (in a wording box)', what: 'Cancel, keep the line as it was' },
    ],
  },
];
