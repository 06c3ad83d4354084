import type { RowKind } from '../../shared/engine/changeSet';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';

/** Each kind of line as a reader names it (never the code's name of the kind). */
export const LINE_NAMES: Readonly<Record<RowKind, string>> = {
  numberLine: 'Number line',
  title: 'Title',
  conferenceLine: 'Conference line',
  call: 'Call',
  paragraph: 'Paragraph',
  item: 'Item',
  footnote: 'Footnote',
};

/** Where a line is, as the text shows it: `recognizing a)`, `Footnote 2`, `Number line`. */
export function placeOfLine(kind: RowKind, label: string | undefined, call: string | undefined): string {
  if (kind === 'footnote' && label) return `${LINE_NAMES.footnote} ${footnoteRefNumber(label) ?? label}`;
  if (kind === 'item' && label) return call ? `${call} ${label}` : label;
  if (kind === 'call') return call ? `“${call}”` : LINE_NAMES.call;
  if ((kind === 'paragraph' || kind === 'item') && call) return `${call}: ${LINE_NAMES[kind].toLowerCase()}`;
  return LINE_NAMES[kind];
}
