/**
 * Keys as the command table writes them: ProseMirror's keymap notation (`Mod-Shift-s`, `Alt-F6`,
 * `Alt-Shift-ArrowUp`, `F1`, `?`), where `Mod` is Ctrl (Windows, Linux) or ⌘ (macOS). A key
 * pressed after another is written with a space (`Escape Tab`: Esc, then Tab). From this one
 * notation come TipTap's keymaps, Electron's accelerators, the page's own key handling and
 * every key shown to a user.
 */

/** One key press in keymap notation, or a sequence of them separated by a space. */
export type Chord = string;

/** A platform as it matters for keys: macOS shows ⌘ ⌥ ⇧, the others Ctrl, Alt, Shift. */
export type KeyPlatform = 'mac' | 'other';

interface Parsed {
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parse(press: string): Parsed {
  // the key itself may be '-' only as the last part (`Mod--`); none of ours is
  const parts = press.split('-');
  const key = parts.pop() ?? '';
  const has = (m: string): boolean => parts.includes(m);
  return { mod: has('Mod'), ctrl: has('Ctrl'), alt: has('Alt'), shift: has('Shift'), key };
}

const KEY_NAMES: Record<string, { other: string; mac: string }> = {
  ArrowUp: { other: '↑', mac: '↑' },
  ArrowDown: { other: '↓', mac: '↓' },
  ArrowLeft: { other: '←', mac: '←' },
  ArrowRight: { other: '→', mac: '→' },
  Escape: { other: 'Esc', mac: 'Esc' },
};

function keyName(key: string, platform: KeyPlatform): string {
  const named = KEY_NAMES[key];
  if (named) return named[platform];
  return key.length === 1 ? key.toUpperCase() : key;
}

/** How one key press reads to a user: `Ctrl+Shift+S`, `Alt+Shift+↑` (`⌘⇧S`, `⌥⇧↑` on macOS). */
function pressLabel(press: string, platform: KeyPlatform): string {
  const p = parse(press);
  const key = keyName(p.key, platform);
  if (platform === 'mac') return `${p.ctrl ? '⌃' : ''}${p.mod ? '⌘' : ''}${p.alt ? '⌥' : ''}${p.shift ? '⇧' : ''}${key}`;
  const mods = [p.mod || p.ctrl ? 'Ctrl' : '', p.alt ? 'Alt' : '', p.shift ? 'Shift' : ''].filter(Boolean);
  return [...mods, key].join('+');
}

/** How a chord reads to a user (`Ctrl+Alt+F`; a sequence: `Esc, then Tab`). */
export function chordLabel(chord: Chord, platform: KeyPlatform = 'other'): string {
  return chord
    .split(' ')
    .map((press) => pressLabel(press, platform))
    .join(', then ');
}

/** The chord as an Electron menu accelerator (`CmdOrCtrl+Shift+S`); undefined for a sequence, which menus cannot show. */
export function acceleratorOf(chord: Chord): string | undefined {
  if (chord.includes(' ')) return undefined;
  const p = parse(chord);
  const key = p.key.length === 1 ? p.key.toUpperCase() : p.key === 'ArrowUp' ? 'Up' : p.key === 'ArrowDown' ? 'Down' : p.key;
  return [p.mod ? 'CmdOrCtrl' : '', p.ctrl ? 'Ctrl' : '', p.alt ? 'Alt' : '', p.shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** The parts of a keyboard event a chord is matched against (a DOM `KeyboardEvent` has them). */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key press is this (single-press) chord. Letters and digits are matched by their place
 * on the keyboard (`KeyS`), so Alt and keyboard layouts that change the character still match; a
 * printable sign (`?`, `,`) by the character, whatever Shift it took to type it. `Mod` is Ctrl or ⌘.
 */
export function chordMatches(chord: Chord, e: KeyPress): boolean {
  if (chord.includes(' ')) return false;
  const p = parse(chord);
  const mod = e.ctrlKey || e.metaKey;
  if (p.mod || p.ctrl ? !mod : mod) return false;
  if (p.alt !== e.altKey) return false;
  if (/^[a-z]$/.test(p.key)) return p.shift === e.shiftKey && e.code === `Key${p.key.toUpperCase()}`;
  if (/^[0-9]$/.test(p.key)) return p.shift === e.shiftKey && e.code === `Digit${p.key}`;
  if (p.key.length === 1) return e.key === p.key;
  return p.shift === e.shiftKey && e.key === p.key;
}

/** Whether a chord types a character when pressed alone (`?`): such keys are not commands while the user types in a field. */
export function isPrintable(chord: Chord): boolean {
  const p = parse(chord);
  return !chord.includes(' ') && p.key.length === 1 && !p.mod && !p.ctrl && !p.alt;
}
