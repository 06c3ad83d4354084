/**
 * A source's column of a synopsis read back as text: what the synoptic table shows for that
 * source after accepting (`draft`) or rejecting (`baseline`) its marks. The law every synopsis
 * must keep: the draft column is the source's draft and the baseline column the adopted text,
 * byte for byte, in the resolution text layout.
 */
import { linePrefix } from '../../shared/engine/toWordDiff';
import type { Synopsis } from '../../shared/synopsis/synopsisTypes';

/** The layout lines a source's column holds, top to bottom, on one side of its marks. */
export function columnLines(s: Synopsis, source: number, side: 'draft' | 'baseline'): string[] {
  const out: string[] = [];
  for (const row of s.rows) {
    const e = row.entries.find((x) => x.source === source);
    if (!e) {
      if (row.place === 'baseline') out.push(row.baseline!);
      continue;
    }
    const sideOf = side === 'draft' ? e.row.draft : e.row.base;
    if (sideOf) out.push(`${linePrefix(e.row.kind, sideOf)}${sideOf.text}`);
  }
  return out;
}

/** The column as a text in the resolution layout (one trailing newline). */
export function columnText(s: Synopsis, source: number, side: 'draft' | 'baseline'): string {
  return `${columnLines(s, source, side).join('\n')}\n`;
}

/**
 * A read-back table's column `k` (0 = the adopted text) on one side (`table`: all accepted or all
 * rejected), as layout text: its cells after the header row, where a source's cell that is empty
 * on both sides (`other` is the table of the other side) is the source keeping the row's adopted
 * line; then the non-empty cells, top to bottom.
 */
export function tableColumn(table: string[][], k: number, other: string[][] = table): string {
  return `${table
    .slice(1)
    .map((row, r) => (k > 0 && row[k] === '' && other[r + 1][k] === '' ? row[0] : row[k]))
    .filter((c) => c !== '')
    .join('\n')}\n`;
}
