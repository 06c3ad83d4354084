import type { ListKind } from './resolution';

const ROMAN: ReadonlyArray<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

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

/** Letters for a 0-based index as ITU texts count them: a … z, aa … az, ba … (bijective base 26). */
export function toLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The label of the item at 0-based `index` in a list of `kind` (`alpha`, 27 → `ab)`). */
export function labelFor(kind: ListKind, index: number): string {
  switch (kind) {
    case 'alpha':
      return `${toLetters(index)})`;
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

/** Every list kind, in the order the parser prefers them when a first label is ambiguous. */
export const LIST_KINDS: readonly ListKind[] = ['alpha', 'numeric', 'numericParen', 'roman', 'dash'];

/** Whether `label` is syntactically a label of `kind` (any position). */
export function isLabelOfKind(label: string, kind: ListKind): boolean {
  switch (kind) {
    case 'alpha':
      return /^[a-z]+\)$/.test(label);
    case 'numeric':
      return /^[1-9][0-9]*$/.test(label);
    case 'numericParen':
      return /^[1-9][0-9]*\)$/.test(label);
    case 'roman':
      return /^[ivxlcdm]+\)$/.test(label);
    case 'dash':
      return label === '\u2013';
  }
}

/** Whether `label` looks like any list label at all. */
export function isLabel(label: string): boolean {
  return LIST_KINDS.some((kind) => isLabelOfKind(label, kind));
}

/** The list kind whose first label is `label` (`a)`, `1`, `1)`, `i)`, `–`), if any. */
export function kindStartingWith(label: string): ListKind | undefined {
  return LIST_KINDS.find((kind) => labelFor(kind, 0) === label);
}

/**
 * Source of a label as people type it at the start of a line (`a)`, `12`, `3)`, `iv)`, `–`), with
 * at most three letters or digits: what the parser recognises as a label followed by a space by
 * mistake, and the importer turns into `label<TAB>`. Capture 1 is the label.
 */
export const TYPED_LABEL_SOURCE = String.raw`([a-z]{1,3}\)|[1-9][0-9]{0,2}\)?|\u2013)`;
