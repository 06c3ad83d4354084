/**
 * The one change model. `compare(baseline, draft)` produces a {@link ChangeSet}; everything that
 * shows marks (word-diff text, HTML, editor decorations, .docx) renders it and never diffs again.
 *
 * A change set is a list of rows, one per line of the resolution text layout, in reading order:
 * the draft's lines in draft order, with deleted baseline lines placed where they stood.
 */

/** ITU proposal symbols (see `itu-conventions.md`). */
export type ProposalSymbol = 'NOC' | 'MOD' | 'ADD' | 'SUP';

/** What a row is in the resolution layout. */
export type RowKind = 'numberLine' | 'title' | 'conferenceLine' | 'call' | 'paragraph' | 'item' | 'footnote';

/** A row's status: unchanged, changed in place, only in the draft, or only in the baseline. */
export type RowStatus = 'unchanged' | 'modified' | 'inserted' | 'deleted';

/** One side (baseline or draft) of a row. */
export interface RowSide {
  /** The line's text without its label (an item's text after the tab, a footnote's after `: `). */
  text: string;
  /** `b)`, `12`, `iv)`, `–` for items; `[^2]` for footnote bodies; absent otherwise. */
  label?: string;
  /** Nesting depth of an item (0 = top-level list, 1 = sub-item, …); 0 for other rows. */
  depth: number;
  /** 0-based index of the line in its document's text layout. */
  line: number;
}

/** A run of text in a row, equal on both sides, only in the draft, or only in the baseline. */
export interface TextSpan {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One line of the resolution with its marks. */
export interface ChangeRow {
  kind: RowKind;
  status: RowStatus;
  /** Absent when the row was inserted. */
  base?: RowSide;
  /** Absent when the row was deleted. */
  draft?: RowSide;
  /** Both sides present and their labels (or label/no-label) differ: a relabel to mark. */
  relabelled: boolean;
  /**
   * The text (without the label) as marked spans, whole words only. Joining the `equal` and
   * `insert` spans gives `draft.text`; joining `equal` and `delete` gives `base.text`.
   */
  spans: TextSpan[];
  /** Set when the item moved: `from` is the deleted old place, `to` the inserted new one. */
  move?: { id: number; role: 'from' | 'to' };
}

/** Counts a reader (and the benchmark, and the compare view) can show. */
export interface ChangeStats {
  insertedWords: number;
  deletedWords: number;
  relabels: number;
  movedItems: number;
  insertedRows: number;
  deletedRows: number;
  modifiedRows: number;
}

/** The result of comparing a baseline with a draft. */
export interface ChangeSet {
  /** The proposal symbol the edit implies: NOC, MOD, ADD (no baseline) or SUP (suppressed). */
  action: ProposalSymbol;
  rows: ChangeRow[];
  stats: ChangeStats;
}
