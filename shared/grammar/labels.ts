import type { List, ListKind } from '../model/resolution';
import { GRAMMARS } from './grammars';

/**
 * The label grammar: labels are data computed from position, never stored. A list's kind gives
 * its sequence (`a)` … `z)`, `aa)` …; `1` …; `1)` …; `i)` …; `–`; and in Arabic texts the abjad
 * letters `أ)`, `ب)`, `ج)` …); an item inserted without renumbering the ones after it (`Item.bis`)
 * takes the label before it with `bis`, `ter` … (`bbis)` after `b)`, `1bis` after `1`).
 *
 * Texts write some labels in other ways that read the same: Russian texts type the Cyrillic
 * letters that look like Latin ones (`а)`, `с)`), Arabic texts put a space or a tatweel before the
 * bracket (`أ )`, `ه)`), a `bis` may stand apart (`b bis)`). {@link readLabel} reads each of them
 * as its one written form, which is what the layout prints.
 */

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** The Arabic letters in abjad order, as ITU's Arabic texts letter their lists (`هـ` with its tatweel). */
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
const LATIN = [...'abcdefghijklmnopqrstuvwxyz'];

/** The words of an item inserted without renumbering: the first is `bis`, the second `ter` … */
const BIS_WORDS = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

/** Lower-case roman numeral for a positive integer (`4` → `iv`). */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (n >= value) {
      out += digits;
      n -= value;
    }
  }
  return out;
}

/** Letters of `alphabet` for a 0-based index, counted bijectively: a … z, aa … az, ba … */
function bijective(index: number, alphabet: readonly string[]): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % alphabet.length;
    out = alphabet[r] + out;
    n = Math.floor((n - 1) / alphabet.length);
  }
  return out;
}

/** Letters for a 0-based index as ITU texts count them: a … z, aa … az, ba … (bijective base 26). */
function toLetters(index: number): string {
  return bijective(index, LATIN);
}

/** The label of the item at 0-based `index` in a list of `kind` (`alpha`, 27 → `ab)`; `abjad`, 2 → `ج)`). */
export function labelFor(kind: ListKind, index: number): string {
  switch (kind) {
    case 'alpha':
      return `${toLetters(index)})`;
    case 'abjad':
      return `${bijective(index, ABJAD)})`;
    case 'numeric':
      return String(index + 1);
    case 'numericParen':
      return `${index + 1})`;
    case 'roman':
      return `${toRoman(index + 1)})`;
    case 'dash':
      return '\u2013';
  }
}

/** The label of the `n`-th item (1 = `bis`) inserted after the item labelled `base`: `bbis)`, `1ter`. */
function bisLabel(base: string, n: number): string {
  const word = BIS_WORDS[n - 1] ?? `${BIS_WORDS[0]}${n}`;
  return base.endsWith(')') ? `${base.slice(0, -1)}${word})` : `${base}${word}`;
}

/** Every list kind, in the order the parser prefers them when a first label is ambiguous. */
export const LIST_KINDS: readonly ListKind[] = ['alpha', 'numeric', 'numericParen', 'roman', 'dash', 'abjad'];

/** The labels of a list's items, in order (`bis` items labelled after the item before them). */
export function listLabels(list: Pick<List, 'kind' | 'items'>): string[] {
  const out: string[] = [];
  let index = -1;
  let bis = 0;
  for (const item of list.items) {
    if (item.bis && index >= 0 && list.kind !== 'dash') out.push(bisLabel(labelFor(list.kind, index), ++bis));
    else {
      index++;
      bis = 0;
      out.push(labelFor(list.kind, index));
    }
  }
  return out;
}

/** The label an item added at the end of a list takes, and the one it takes inserted as `bis` after the last. */
export function nextLabels(list: Pick<List, 'kind' | 'items'>): { label: string; bis?: string } {
  let index = -1;
  let bis = 0;
  for (const item of list.items) {
    if (item.bis && index >= 0) bis++;
    else {
      index++;
      bis = 0;
    }
  }
  const label = labelFor(list.kind, index + 1);
  return index < 0 || list.kind === 'dash' ? { label } : { label, bis: bisLabel(labelFor(list.kind, index), bis + 1) };
}

const KIND_PATTERN: Record<ListKind, RegExp> = {
  alpha: /^[a-z]+\)$/,
  abjad: new RegExp(`^(?:${ABJAD.join('|')})+\\)$`, 'u'),
  numeric: /^[1-9][0-9]*$/,
  numericParen: /^[1-9][0-9]*\)$/,
  roman: /^[ivxlcdm]+\)$/,
  dash: /^\u2013$/,
};

/** Whether `label` (as {@link readLabel} writes it) is a label of `kind`, at any position. */
export function isLabelOfKind(label: string, kind: ListKind): boolean {
  return KIND_PATTERN[kind].test(label);
}

const LOOKALIKES = new Map<string, string>();
for (const g of GRAMMARS) for (const [from, to] of Object.entries(g.letterLookalikes ?? {})) LOOKALIKES.set(from, to);
const BIS_WORD = BIS_WORDS.join('|');
/** `b bis)`, `b) bis`, `bbis)`, `1 bis`: a base, a bracket before or after the word. */
const BIS_APART = new RegExp(`^(.+?)[\\s\\u00A0]*(\\)?)[\\s\\u00A0]*(${BIS_WORD})(\\)?)$`);
const BIS_WRITTEN = new RegExp(`^(.+?)(${BIS_WORD})(\\)?)$`);

function isKindLabel(label: string): boolean {
  return LIST_KINDS.some((kind) => isLabelOfKind(label, kind));
}

/** The label a `bis` label follows and its rank (`bbis)` → `b)`, 1), when `label` is one. */
function bisOf(label: string): { after: string; rank: number } | undefined {
  const m = BIS_WRITTEN.exec(label);
  if (!m) return undefined;
  const after = m[3] === ')' ? `${m[1]})` : m[1];
  return isKindLabel(after) && after !== '\u2013' ? { after, rank: BIS_WORDS.indexOf(m[2]) + 1 } : undefined;
}

/** A label as its one written form: lookalike letters, spaces and tatweels before the bracket, a `bis` apart. */
function writtenForm(label: string): string {
  let s = label.trim().replace(/[\s\u00A0\u202F\u0640]+(?=\))/gu, '');
  if (/^\p{Script=Arabic}/u.test(s)) s = s.replace(/\u0640/g, '').replace(/ه(?=\))/gu, 'هـ');
  else s = [...s].map((c) => LOOKALIKES.get(c) ?? c).join('');
  const apart = BIS_APART.exec(s);
  if (apart) {
    const joined = `${apart[1]}${apart[3]}${apart[2] || apart[4] ? ')' : ''}`;
    if (bisOf(joined)) return joined;
  }
  return s;
}

/** A label read: its written form, and for a `bis` label the label it follows and its rank (1 = `bis`). */
export interface ReadLabel {
  label: string;
  bis?: { after: string; rank: number };
}

/**
 * A label as a text writes it, read: `а)` (Cyrillic) is `a)`, `أ )` is `أ)`, `b bis)` is `bbis)`;
 * undefined when it is no label at all.
 */
export function readLabel(written: string): ReadLabel | undefined {
  const label = writtenForm(written);
  const bis = bisOf(label);
  if (bis) return { label, bis };
  return isKindLabel(label) ? { label } : undefined;
}

/** Whether `label` is a list label at all, as any text writes one (`a)`, `а)`, `أ )`, `bbis)`, `12`, `iv)`, `–`). */
export function isLabel(label: string): boolean {
  return readLabel(label) !== undefined;
}

/** The kind of list a label belongs to at any position (`iv)` roman, `b)` alpha, `bbis)` alpha), if any. */
export function kindOfLabel(label: string): ListKind | undefined {
  const read = readLabel(label);
  const plain = read?.bis?.after ?? read?.label;
  if (plain === undefined) return undefined;
  if (isLabelOfKind(plain, 'roman') && !/^[a-z]\)$/.test(plain)) return 'roman';
  return LIST_KINDS.find((k) => isLabelOfKind(plain, k));
}

/** The list kind whose first label is `label` (`a)`, `1`, `1)`, `i)`, `–`, `أ)`), if any. */
export function kindStartingWith(label: string): ListKind | undefined {
  const read = readLabel(label);
  return read && !read.bis ? LIST_KINDS.find((kind) => labelFor(kind, 0) === read.label) : undefined;
}

/** A list bullet's text as a label: a hyphen, minus or dash bullet is the ITU dash (U+2013); any other stays as it is. */
export function bulletLabel(text: string): string {
  return /^[-\u2010\u2011\u2012\u2013\u2212]$/.test(text) ? '\u2013' : text;
}

/**
 * Source of a label as people type it at the start of a line (`a)`, `12`, `3)`, `iv)`, `–`,
 * `1bis`, `а)`, `أ)`), with at most three letters or digits: what the parser recognises as a
 * label followed by a space by mistake, and the importer turns into `label<TAB>`. Capture 1 is
 * the label.
 */
export const TYPED_LABEL_SOURCE = String.raw`((?:[a-zасеорхуі]{1,3}|[1-9][0-9]{0,2})(?:bis|ter|quater)?\)|[1-9][0-9]{0,2}(?:bis|ter|quater)?|\u2013|[\u0621-\u064A]\u0640?\))`;
