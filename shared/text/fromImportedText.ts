import type { Resolution } from '../model/resolution';
import { fromText } from './fromText';
import { TYPED_LABEL_SOURCE } from '../grammar/labels';

/** A label at the start of a pasted line, followed by spaces or a tab (Word pastes either). */
const LEADING_LABEL = new RegExp(`^(${TYPED_LABEL_SOURCE.slice(1, -1)}|-)(?:\\t| +)(?=\\S)`);

/**
 * Bring text copied from Word, a web page or another editor into the resolution text layout:
 * CR/CRLF line ends become `\n`, blank lines and trailing spaces go, a label followed by spaces
 * gets its tab, a hyphen used as a dash label becomes the en dash, and the text ends with one
 * newline. Characters inside lines (no-break spaces, curly quotes, en dashes) are kept exactly.
 */
export function normalizeImportedText(text: string): string {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, '').replace(/^[ \t]+/, ''))
    .filter((line) => line !== '')
    .map((line) => line.replace(LEADING_LABEL, (_m, label: string) => `${label === '-' ? '\u2013' : label}\t`));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** Parse imported text (see {@link normalizeImportedText}); errors name the line of the normalised text. */
export function fromImportedText(text: string): { text: string; resolution: Resolution } {
  const normalized = normalizeImportedText(text);
  return { text: normalized, resolution: fromText(normalized) };
}
