import { readLabel } from './labels';

/**
 * The labelled-line grammar of pasted text: an item line is its label (`a)`, `12`, `iv)`, `–`),
 * a separator and its text. The layout separates them with a tab; text pasted from Word or a web
 * page may use a no-break space or spaces instead, so a label is only taken as one when it is
 * clearly a label: followed by a tab or a no-break space, or closed by `)`, or the dash.
 */

const LABELLED = /^(\S{1,5}?)([\t\u00A0 ]+)(\S.*)$/;
const STRONG_SEPARATOR = /[\t\u00A0]/;
const CLOSED_LABEL = /\)$|^\u2013$/;
const TABS = /\t+/g;

/** A line split into its item label (when it clearly has one, as its one written form: `а)` is `a)`) and its text; tabs inside the text become spaces. */
export function splitLabelledLine(line: string): { label?: string; text: string } {
  const m = LABELLED.exec(line);
  const label = m ? readLabel(m[1])?.label : undefined;
  if (m && label !== undefined && (STRONG_SEPARATOR.test(m[2]) || CLOSED_LABEL.test(m[1]))) return { label, text: m[3].replace(TABS, ' ') };
  return { text: line.replace(TABS, ' ') };
}
