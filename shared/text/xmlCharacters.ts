import { ResolutionParseError } from './parseError';

/**
 * THE RULE FOR CHARACTERS A WORD DOCUMENT CANNOT HOLD: XML 1.0 forbids the C0 controls other than
 * tab, line feed and carriage return, the noncharacters U+FFFE and U+FFFF, and unpaired
 * surrogates. A text holding one is refused where it enters the product, with the place named;
 * nothing is dropped or replaced behind the user's back.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A forbidden character found in a string: its UTF-16 index and its code (`U+FFFE`). */
export interface ForbiddenCharacter {
  index: number;
  code: string;
  /** What it is, for a message: `a noncharacter`, `a control character`, `half of a surrogate pair`. */
  kind: string;
}

/** The first character XML 1.0 forbids in `s`, or `null`. */
export function findXmlForbidden(s: string): ForbiddenCharacter | null {
  const m = FORBIDDEN.exec(s);
  if (!m) return null;
  const unit = m[0].charCodeAt(0);
  const kind = unit >= 0xd800 && unit <= 0xdfff ? 'half of a surrogate pair' : unit >= 0xfffe ? 'a noncharacter' : 'a control character';
  return { index: m.index, code: `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`, kind };
}

/** The sentence for a forbidden character: `character U+FFFE (a noncharacter) at column 7 cannot be written to a Word document`. */
export function describeForbidden(f: ForbiddenCharacter, column?: number): string {
  return `character ${f.code} (${f.kind})${column === undefined ? '' : ` at column ${column}`} cannot be written to a Word document; remove it`;
}

/**
 * Check a text in the resolution layout before it is parsed: throws a {@link ResolutionParseError}
 * naming the line (and column) of the first character XML 1.0 forbids.
 */
export function checkXmlCharacters(text: string): void {
  const f = findXmlForbidden(text);
  if (!f) return;
  const before = text.slice(0, f.index);
  const line = before.split('\n').length;
  const column = f.index - (before.lastIndexOf('\n') + 1) + 1;
  throw new ResolutionParseError(line, describeForbidden(f, column));
}
