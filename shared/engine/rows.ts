import type { AlignStep } from './align';
import type { ChangeRow, RowSide, TextSpan } from './changeSet';
import type { FlatLine } from './flatten';
import { withBaselineRefs } from './footnoteIdentity';
import { diffWords } from './wordDiff';

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

/**
 * The row of one aligned step: an inserted or deleted line, or a pair (unchanged, or modified with
 * its words diffed and its label marked). `originalOf` gives the baseline line as written for a
 * line the aligner saw in the draft's footnote numbering.
 */
export function stepToRow(step: AlignStep, originalOf: (l: FlatLine) => FlatLine): ChangeRow {
  if (step.type === 'insert') return insertedRow(step.b);
  if (step.type === 'delete') return deletedRow(originalOf(step.a));
  const { a, b } = step;
  const base = originalOf(a);
  const labelSpans = labelSpansOf(b.kind, base.label, b.label);
  const relabelled = labelSpans.some((s) => s.op !== 'equal');
  const same = a.text === b.text && !relabelled && a.kind === b.kind;
  return {
    kind: b.kind,
    status: same ? 'unchanged' : 'modified',
    base: sideOf(base),
    draft: sideOf(b),
    relabelled,
    labelSpans,
    spans: withBaselineRefs(diffWords(a.text, b.text), base.text),
  };
}
