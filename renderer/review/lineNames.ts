import type { RowKind } from '../../shared/engine/changeSet';
import { footnoteRefNumber } from '../../shared/grammar/footnoteRef';
import { t } from '../app/uiLanguage';

/** Each kind of line as a reader names it (never the code's name of the kind). */
export const LINE_NAMES: Readonly<Record<RowKind, string>> = {
  get numberLine() {
    return t('line.numberLine');
  },
  get title() {
    return t('line.title');
  },
  get conferenceLine() {
    return t('line.conferenceLine');
  },
  get call() {
    return t('line.call');
  },
  get paragraph() {
    return t('line.paragraph');
  },
  get item() {
    return t('line.item');
  },
  get footnote() {
    return t('line.footnote');
  },
};

/** Where a line is, as the text shows it: `recognizing a)`, `Footnote 2`, `Number line`. */
export function placeOfLine(kind: RowKind, label: string | undefined, call: string | undefined): string {
  if (kind === 'footnote' && label) return t('line.footnoteN', { n: footnoteRefNumber(label) ?? label });
  if (kind === 'item' && label) return call ? `${call} ${label}` : label;
  if (kind === 'call') return call ? t('line.callQuoted', { call }) : LINE_NAMES.call;
  if (kind === 'paragraph' && call) return t('line.paragraphIn', { call });
  if (kind === 'item' && call) return t('line.itemIn', { call });
  return LINE_NAMES[kind];
}
