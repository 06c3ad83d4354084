import type { ChangeRow, RowSide, TextSpan } from './changeSet';
import type { FlatLine } from './flatten';

/** One side of a row from a layout line. */
export function sideOf(l: FlatLine): RowSide {
  return l.label === undefined ? { text: l.text, depth: l.depth, line: l.line } : { text: l.text, label: l.label, depth: l.depth, line: l.line };
}

/** A row for a line only in the draft: all of it inserted. */
export function insertedRow(b: FlatLine): ChangeRow {
  return {
    kind: b.kind,
    status: 'inserted',
    draft: sideOf(b),
    relabelled: false,
    labelSpans: b.label === undefined ? [] : [{ op: 'insert', text: b.label }],
    spans: b.text ? [{ op: 'insert', text: b.text }] : [],
  };
}

/** A row for a line only in the baseline: all of it deleted. */
export function deletedRow(a: FlatLine): ChangeRow {
  return {
    kind: a.kind,
    status: 'deleted',
    base: sideOf(a),
    relabelled: false,
    labelSpans: a.label === undefined ? [] : [{ op: 'delete', text: a.label }],
    spans: a.text ? [{ op: 'delete', text: a.text }] : [],
  };
}

/**
 * The label of a paired row as marked spans: kept, a footnote renumbered (one equal span with its
 * baseline number), relabelled (old deleted, new inserted), added or removed.
 */
export function labelSpansOf(kind: ChangeRow['kind'], before: string | undefined, after: string | undefined): TextSpan[] {
  if (before === after) return before === undefined ? [] : [{ op: 'equal', text: before }];
  if (kind === 'footnote' && before !== undefined && after !== undefined) return [{ op: 'equal', text: after, baseText: before }];
  const out: TextSpan[] = [];
  if (before !== undefined) out.push({ op: 'delete', text: before });
  if (after !== undefined) out.push({ op: 'insert', text: after });
  return out;
}
