import { footnoteRef, parseFootnoteLine } from '../../shared/grammar/footnoteRef';
import type { Synopsis, SynopsisRow } from '../../shared/synopsis/synopsisTypes';
import { placeOfLine } from '../review/lineNames';

/** The label a line of the text layout carries (`b)` of `b)\ttext`, `[^2]` of `[^2]: text`), if any. */
function labelOf(row: SynopsisRow): string | undefined {
  if (row.place === 'inserted') return row.entries[0]?.row.draft?.label;
  const line = row.baseline ?? '';
  if (row.kind === 'footnote') {
    const id = parseFootnoteLine(line)?.id;
    return id === undefined ? undefined : footnoteRef(id);
  }
  if (row.kind !== 'item') return undefined;
  const tab = line.indexOf('\t');
  return tab > 0 ? line.slice(0, tab) : undefined;
}

/** Where a row of the synopsis is, as the text shows it: `recognizing d)`, `Number line`, `considering g) (inserted)`. */
export function rowPlaces(s: Synopsis): string[] {
  let call: string | undefined;
  return s.rows.map((row) => {
    if (row.kind === 'call' && row.place === 'baseline') call = row.baseline;
    const place = placeOfLine(row.kind, labelOf(row), row.kind === 'call' ? (row.baseline ?? row.entries[0]?.row.draft?.text) : call);
    return row.place === 'inserted' ? `${place} (inserted)` : place;
  });
}
