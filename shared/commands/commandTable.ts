import { chordLabel, chordMatches, type Chord, type KeyPlatform, type KeyPress } from './keys';

/**
 * Every command of the app with a key, a menu item or a toolbar button, declared once. The
 * Electron menu (main/electron/appMenu.ts), the page's own key handling, the editor's keymaps
 * (each TipTap extension binds the keys of its commands from here), the toolbars, the help panel
 * and the README's shortcut table (checked by test/unit/commandTable.test.ts) are all built from it.
 */

/**
 * Where a command shows or is bound: `menu` the desktop menus; `toolbar` a button; `help` the
 * shortcuts panel and the README; `window` the page's key handling (unless the host's menus take
 * the key: see `AppInfo.menuKeys`); `editor` the editor's keymap (a TipTap command of the same id).
 * A command with neither `window` nor `editor` only describes a key the browser or the editor's
 * other commands already answer.
 */
export type CommandPlace = 'menu' | 'toolbar' | 'help' | 'window' | 'editor';

/** The sections of the help panel and of the README table, in order. */
export const COMMAND_GROUPS = ['Contribution', 'Editing a draft', 'Moving around', 'Synopsis and common proposal'] as const;

/** A section of the help panel. */
export type CommandGroup = (typeof COMMAND_GROUPS)[number];

/**
 * The groups of the window's one toolbar, by task, in order (docs/design.md, "What goes where"):
 * each command with `toolbar` in its places names its group.
 */
export const TOOLBAR_GROUPS = ['File', 'Edit', 'Insert', 'Changes', 'Check', 'Panes', 'Contribution', 'Help'] as const;

/** A group of the toolbar. */
export type ToolbarGroup = (typeof TOOLBAR_GROUPS)[number];

/** The commands the window performs (menus, the page's keys, the contribution's buttons). */
export type WindowCommandId =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'createVersion'
  | 'export'
  | 'checks'
  | 'settings'
  | 'help'
  | 'findReplace'
  | 'nextChange'
  | 'previousChange'
  | 'reviewChanges'
  | 'compareVersions'
  | 'versions'
  | 'proposalDetails'
  | 'synopsis'
  | 'shareProposal'
  | 'joinRoom';

/** The editor's own commands (TipTap commands of the same name). */
export type EditorCommandId = 'newLine' | 'nestItem' | 'unnestItem' | 'moveItemUp' | 'moveItemDown' | 'deleteEmptyLineBackward' | 'deleteEmptyLineForward' | 'insertFootnote' | 'insertCall' | 'undo' | 'redo';

/** Keys that only describe what the browser or another command already does. */
export type DescribedKeyId = 'leaveList' | 'leaveEditor' | 'joinLine' | 'moveItems' | 'nextControl' | 'closeDialog' | 'useWording' | 'cancelWording';

/** Every command id. */
export type CommandId = WindowCommandId | EditorCommandId | DescribedKeyId;

/** One command. */
export interface CommandSpec {
  id: CommandId;
  /** What it does, as the help panel, the README, menus and button titles say it. */
  label: string;
  /** The text of its button when shorter than the label. */
  button?: string;
  /** Its keys (alternatives), in keymap notation (see keys.ts); empty when it has none. */
  keys: readonly Chord[];
  /** Its keys on macOS, when they differ. */
  macKeys?: readonly Chord[];
  /** Where the key does this, when only there (`at the end of an item`). */
  context?: string;
  group: CommandGroup;
  places: readonly CommandPlace[];
  /** Its group in the toolbar, when `toolbar` is one of its places. */
  toolbar?: ToolbarGroup;
  /** Its item in the desktop menus: the menu and the label with its access key (`Save &As…`). */
  menu?: { in: 'file' | 'help'; label: string };
}

/** The commands, in the order the help panel, the README and the menus list them. */
export const COMMANDS: readonly CommandSpec[] = [
  { id: 'new', label: 'New contribution', button: 'New', keys: ['Mod-n'], context: 'in the desktop app', group: 'Contribution', places: ['menu', 'toolbar', 'help'], toolbar: 'File', menu: { in: 'file', label: '&New Contribution' } },
  { id: 'open', label: 'Open…', keys: ['Mod-o'], group: 'Contribution', places: ['menu', 'toolbar', 'help', 'window'], toolbar: 'File', menu: { in: 'file', label: '&Open…' } },
  { id: 'save', label: 'Save', keys: ['Mod-s'], group: 'Contribution', places: ['menu', 'toolbar', 'help', 'window'], toolbar: 'File', menu: { in: 'file', label: '&Save' } },
  { id: 'saveAs', label: 'Save as…', keys: ['Mod-Shift-s'], group: 'Contribution', places: ['menu', 'help', 'window'], menu: { in: 'file', label: 'Save &As…' } },
  { id: 'createVersion', label: 'Save a named version', keys: ['Mod-Alt-s'], group: 'Contribution', places: ['menu', 'help', 'window'], menu: { in: 'file', label: 'Save &Version…' } },
  { id: 'settings', label: 'Settings', keys: ['Mod-,'], group: 'Contribution', places: ['menu', 'toolbar', 'help', 'window'], toolbar: 'Contribution', menu: { in: 'file', label: 'Se&ttings…' } },
  { id: 'checks', label: 'Checks before sending', button: 'Checks', keys: ['Mod-Shift-k'], group: 'Contribution', places: ['menu', 'toolbar', 'help', 'window'], toolbar: 'Check', menu: { in: 'file', label: '&Checks Before Sending' } },
  { id: 'export', label: 'Export…', keys: ['Mod-Shift-e'], group: 'Contribution', places: ['menu', 'toolbar', 'help', 'window'], toolbar: 'File', menu: { in: 'file', label: '&Export…' } },
  { id: 'help', label: 'Keyboard shortcuts (this help)', button: 'Shortcuts', keys: ['F1', '?'], group: 'Contribution', places: ['menu', 'toolbar', 'help', 'window'], toolbar: 'Help', menu: { in: 'help', label: '&Keyboard Shortcuts' } },

  { id: 'newLine', label: 'A new item in the same list; the labels after it renumber', keys: ['Enter'], context: 'at the end of an item', group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'leaveList', label: 'Leave the list', keys: ['Enter'], context: 'on an empty item', group: 'Editing a draft', places: ['help'] },
  { id: 'nestItem', label: 'Nest the item (a sub-list counts i), ii) …)', keys: ['Tab'], group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'unnestItem', label: 'Un-nest the item', keys: ['Shift-Tab'], group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'leaveEditor', label: 'Leave the editor (to the next / previous control)', keys: ['Escape Tab', 'Escape Shift-Tab'], group: 'Editing a draft', places: ['help'] },
  { id: 'moveItemUp', label: 'Move the item (with its sub-items) or paragraph up, into the previous call from the top of a list; the move is marked', keys: ['Alt-Shift-ArrowUp'], group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'moveItemDown', label: 'Move the item (with its sub-items) or paragraph down, into the next call from the end of a list', keys: ['Alt-Shift-ArrowDown'], group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'joinLine', label: 'Join it to the previous one', keys: ['Backspace'], context: 'at the start of an item', group: 'Editing a draft', places: ['help'] },
  { id: 'deleteEmptyLineBackward', label: 'Delete the line (the only line under a call goes with its call)', keys: ['Backspace'], context: 'in an empty paragraph, item or call', group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'deleteEmptyLineForward', label: 'Delete the line, the caret going to the next one', keys: ['Delete'], context: 'in an empty paragraph, item or call', group: 'Editing a draft', places: ['help', 'editor'] },
  { id: 'moveItems', label: 'Move whole items (with their footnotes): cut, then paste before the line the caret starts or after the line it is in', keys: ['Mod-x Mod-v'], context: 'with whole items selected', group: 'Editing a draft', places: ['help'] },
  { id: 'insertCall', label: 'Insert the call chosen beside it, with an empty item', button: 'Insert call', keys: [], group: 'Editing a draft', places: ['toolbar'], toolbar: 'Insert' },
  { id: 'insertFootnote', label: 'Insert a footnote', button: 'Footnote', keys: ['Mod-Alt-f'], group: 'Editing a draft', places: ['toolbar', 'help', 'editor'], toolbar: 'Insert' },
  { id: 'undo', label: 'Undo, structure included', button: 'Undo', keys: ['Mod-z'], group: 'Editing a draft', places: ['toolbar', 'help', 'editor'], toolbar: 'Edit' },
  { id: 'redo', label: 'Redo', button: 'Redo', keys: ['Mod-y', 'Mod-Shift-z'], macKeys: ['Mod-Shift-z'], group: 'Editing a draft', places: ['toolbar', 'help', 'editor'], toolbar: 'Edit' },
  { id: 'previousChange', label: 'Previous change', button: 'Previous change', keys: ['Alt-Shift-F6'], group: 'Editing a draft', places: ['toolbar', 'help', 'editor', 'window'], toolbar: 'Changes' },
  { id: 'nextChange', label: 'Next change (a relabel alone is not a change)', button: 'Next change', keys: ['Alt-F6'], group: 'Editing a draft', places: ['toolbar', 'help', 'editor', 'window'], toolbar: 'Changes' },
  { id: 'findReplace', label: 'Find and replace', button: 'Find', keys: ['Mod-h'], group: 'Editing a draft', places: ['toolbar', 'help', 'window'], toolbar: 'Check' },
  { id: 'reviewChanges', label: 'Review the changes one by one: accept or reject each', button: 'Review', keys: [], group: 'Editing a draft', places: ['toolbar'], toolbar: 'Changes' },
  { id: 'compareVersions', label: 'Compare any two versions of the proposal, inline or side by side', button: 'Compare', keys: [], group: 'Editing a draft', places: ['toolbar'], toolbar: 'Changes' },
  { id: 'proposalDetails', label: 'The proposal: its status, co-signatories, suppression', button: 'Proposal', keys: [], group: 'Editing a draft', places: ['toolbar'], toolbar: 'Panes' },
  { id: 'versions', label: 'Versions of the contribution: save a named one, compare, restore', button: 'Versions', keys: [], group: 'Contribution', places: ['toolbar'], toolbar: 'Panes' },
  { id: 'synopsis', label: 'Synopsis of several contributions and a common proposal', button: 'Synopsis', keys: [], group: 'Synopsis and common proposal', places: ['toolbar'], toolbar: 'Contribution' },
  { id: 'shareProposal', label: 'Share for co-drafting…', keys: [], group: 'Contribution', places: ['menu'], menu: { in: 'file', label: 'S&hare for Co-drafting…' } },
  { id: 'joinRoom', label: 'Join a co-drafting room…', keys: [], group: 'Contribution', places: ['menu'], menu: { in: 'file', label: '&Join a Co-drafting Room…' } },

  { id: 'nextControl', label: 'Next / previous control', keys: ['Tab', 'Shift-Tab'], context: 'outside the editor', group: 'Moving around', places: ['help'] },
  { id: 'closeDialog', label: 'Close a dialog', keys: ['Escape'], group: 'Moving around', places: ['help'] },

  { id: 'useWording', label: 'Use my wording for the line', keys: ['Mod-Enter'], context: 'in a wording box', group: 'Synopsis and common proposal', places: ['help'] },
  { id: 'cancelWording', label: 'Cancel, keep the line as it was', keys: ['Escape'], context: 'in a wording box', group: 'Synopsis and common proposal', places: ['help'] },
];

/** The command with this id. */
export function command(id: CommandId): CommandSpec {
  const c = COMMANDS.find((x) => x.id === id);
  if (!c) throw new Error(`no command "${id}"`);
  return c;
}

/** A command's keys on a platform (its macOS keys when it has them). */
export function keysOn(c: CommandSpec, platform: KeyPlatform): readonly Chord[] {
  return platform === 'mac' && c.macKeys ? c.macKeys : c.keys;
}

/** Every key a command answers to, on any platform (what a keymap binds). */
export function allKeysOf(id: CommandId): Chord[] {
  const c = command(id);
  return [...new Set([...c.keys, ...(c.macKeys ?? [])])];
}

/** The toolbar's commands of a group, in table order. */
export function toolbarCommands(group: ToolbarGroup): CommandSpec[] {
  return commandsIn('toolbar').filter((c) => c.toolbar === group);
}

/** The commands shown in a place, in table order. */
export function commandsIn(place: CommandPlace): CommandSpec[] {
  return COMMANDS.filter((c) => c.places.includes(place));
}

/** Whether a key press is one of a command's keys (a key handled where a command runs: a field, a dialog). */
export function isPressOf(id: CommandId, e: KeyPress): boolean {
  return allKeysOf(id).some((k) => chordMatches(k, e));
}

/** A command's first key as a user reads it (`Ctrl+Alt+S`), for a hint or a button's title; undefined when it has none. */
export function keyHint(id: CommandId, platform: KeyPlatform = 'other'): string | undefined {
  const key = keysOn(command(id), platform)[0];
  return key === undefined ? undefined : chordLabel(key, platform);
}
